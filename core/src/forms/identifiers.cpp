#include "identifiers.hpp"

#include "sonda/i18n/message_language.hpp"

namespace sonda {

namespace {
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_ascii_alnum(char c) { return is_lower_or_digit(c) || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
}  // namespace

bool is_item_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    for (const char c : id)
        if (!is_lower_or_digit(c) && c != '_') return false;
    return true;
}

bool is_entity_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    for (const char c : id)
        if (!is_lower_or_digit(c) && c != '_' && c != '-') return false;
    return true;
}

bool is_language_code(std::string_view code) {
    const std::size_t dash = code.find('-');
    const std::string_view language = code.substr(0, dash);
    if (language.size() < 2 || language.size() > 3) return false;
    for (const char c : language)
        if (c < 'a' || c > 'z') return false;
    if (dash == std::string_view::npos) return true;
    const std::string_view region = code.substr(dash + 1);
    if (region.size() < 2 || region.size() > 8) return false;
    for (const char c : region)
        if (!is_ascii_alnum(c)) return false;
    return true;
}

bool is_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash_here = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash_here ? text[i] != '-' : !is_hex(text[i])) return false;
    }
    return true;
}

std::optional<std::string> respondent_code_problem(std::string_view code) {
    if (code.empty()) return i18n::message("input.respondent_empty");
    if (code.find(' ') != std::string_view::npos) return i18n::message("input.respondent_space");
    std::size_t characters = 0;
    for (const char c : code) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
        if (!is_ascii_alnum(c) && c != '-' && c != '_' && c != '.')
            return i18n::message("input.respondent_characters");
    }
    if (characters > 64) return i18n::message("input.respondent_too_long", characters);
    return std::nullopt;
}

}  // namespace sonda
