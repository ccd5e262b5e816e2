#include "text_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sonda/error.hpp"

namespace sonda {

std::string read_definition_file(const std::string& path, const std::string& what) {
    const Location where{path, 0, "", ""};
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InvalidInput(where, "cannot read the " + what + ": the file does not exist");
    if (std::filesystem::is_directory(status))
        throw InvalidInput(where, "cannot read the " + what + ": this is a folder, not a file");
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxDefinitionFileBytes)
        throw InvalidInput(where, "the " + what + " is " + std::to_string(size) +
                                      " bytes long; at most " +
                                      std::to_string(kMaxDefinitionFileBytes) + " are accepted");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput(where, "cannot read the " + what + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw InvalidInput(where, "cannot read the " + what + ": " + std::strerror(errno));
    return without_bom(text.str());
}

std::string without_bom(const std::string& text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) return text.substr(3);
    return text;
}

}  // namespace sonda
