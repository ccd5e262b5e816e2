#include "json_path.hpp"

namespace sonda {

namespace {
bool is_plain_key(const std::string& key) {
    if (key.empty()) return false;
    for (const char c : key) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!plain) return false;
    }
    return true;
}
}  // namespace

std::string json_path_key(const std::string& parent, const std::string& key) {
    if (is_plain_key(key)) return parent + "." + key;
    std::string quoted = parent + "[\"";
    for (const char c : key) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\"]";
}

std::string json_path_index(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

std::string answer_path(const std::string& item_id) { return json_path_key("$.answers", item_id); }

}  // namespace sonda
