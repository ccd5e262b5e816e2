#include "text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "sonda/error.hpp"

namespace sonda {

namespace {
// Closes the descriptor on every way out.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

std::string too_long(const std::string& what, const std::string& size) {
    return "the " + what + " is " + size + " bytes long; at most " +
           std::to_string(kMaxDefinitionFileBytes) + " are accepted";
}
}  // namespace

std::string read_definition_file(const std::string& path, const std::string& what) {
    const Location where{path, 0, "", ""};
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InvalidInput(where, "cannot read the " + what + ": the file does not exist");
    if (std::filesystem::is_directory(status))
        throw InvalidInput(where, "cannot read the " + what + ": this is a folder, not a file");
    // O_NONBLOCK so that opening a FIFO with no writer cannot hang; reads then
    // block again as usual. A file named on purpose may be a pipe or a device
    // (`--study <(...)`), so those are read too, but never past the limit:
    // checking the size after reading let /dev/zero fill the memory.
    Descriptor file{::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        throw InvalidInput(where, "cannot read the " + what + ": " + std::strerror(errno));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        throw InvalidInput(where, "cannot read the " + what + ": " + std::strerror(errno));
    if (S_ISREG(info.st_mode) &&
        static_cast<unsigned long long>(info.st_size) > kMaxDefinitionFileBytes)
        throw InvalidInput(where, too_long(what, std::to_string(info.st_size)));
    const int flags = ::fcntl(file.fd, F_GETFL);
    if (flags >= 0) ::fcntl(file.fd, F_SETFL, flags & ~O_NONBLOCK);

    std::string text;
    text.reserve(S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 4096);
    char buffer[65536];
    for (;;) {
        const ::ssize_t got = ::read(file.fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw InvalidInput(where, "cannot read the " + what + ": " + std::strerror(errno));
        }
        if (got == 0) break;
        if (text.size() + static_cast<std::size_t>(got) > kMaxDefinitionFileBytes)
            throw InvalidInput(
                where, too_long(what, "more than " + std::to_string(kMaxDefinitionFileBytes)));
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return without_bom(text);
}

std::string without_bom(const std::string& text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) return text.substr(3);
    return text;
}

}  // namespace sonda
