#include "text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"

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
    return i18n::message("definition.file.too_long", what, size, kMaxDefinitionFileBytes);
}

std::string unreadable(const std::string& what, const std::string& why) {
    return i18n::message("definition.file.unreadable", what, why);
}

// The OS's reason is English; the catalogue's sentence says which step failed.
std::string os_failure(const char* key) {
    return i18n::message(key, std::string(std::strerror(errno)));
}
}  // namespace

std::string read_definition_file(const std::string& path, const std::string& what) {
    const Location where{path, 0, "", ""};
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InvalidInput(where, unreadable(what, i18n::message("definition.file.missing")));
    if (std::filesystem::is_directory(status))
        throw InvalidInput(where, unreadable(what, i18n::message("definition.file.folder")));
    // O_NONBLOCK so that opening a FIFO with no writer cannot hang; reads then
    // block again as usual. A file named on purpose may be a pipe or a device
    // (`--study <(...)`), so those are read too, but never past the limit:
    // checking the size after reading let /dev/zero fill the memory.
    Descriptor file{::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        throw InvalidInput(where, unreadable(what, os_failure("definition.file.cannot_open")));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        throw InvalidInput(where, unreadable(what, os_failure("definition.file.cannot_read")));
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
            throw InvalidInput(where, unreadable(what, os_failure("definition.file.cannot_read")));
        }
        if (got == 0) break;
        if (text.size() + static_cast<std::size_t>(got) > kMaxDefinitionFileBytes)
            throw InvalidInput(where, too_long(what, i18n::message("definition.file.more_than",
                                                                   kMaxDefinitionFileBytes)));
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return without_bom(text);
}

std::string without_bom(const std::string& text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) return text.substr(3);
    return text;
}

}  // namespace sonda
