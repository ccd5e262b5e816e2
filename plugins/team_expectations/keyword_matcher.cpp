#include "team_expectations/keyword_matcher.hpp"

#include "sonda/util/text_safety.hpp"
#include "team_expectations/messages.hpp"

namespace sonda::team_expectations {

namespace {

// Decodes one UTF-8 code point at `i`, advancing it; invalid bytes come back as
// U+FFFD so they separate words instead of gluing them.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80             ? 1
                         : (lead & 0xE0) == 0xC0 ? 2
                         : (lead & 0xF0) == 0xE0 ? 3
                         : (lead & 0xF8) == 0xF0 ? 4
                                                 : 0;
    if (length == 0 || i + length > text.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t code = length == 1   ? lead
                    : length == 2 ? (lead & 0x1F)
                    : length == 3 ? (lead & 0x0F)
                                  : (lead & 0x07);
    for (std::size_t k = 1; k < length; ++k) {
        const auto byte = static_cast<unsigned char>(text[i + k]);
        if ((byte & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        code = (code << 6) | (byte & 0x3F);
    }
    i += length;
    return code;
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// The Latin-1 letters with their accent-free lower-case spelling; Italian and
// English only need these (plus the ligature œ).
const char* fold_latin1(char32_t code) {
    static const char* const kFolded[64] = {"a", "a", "a", "a", "a", "a", "ae", "c",
                                            "e", "e", "e", "e", "i", "i", "i",  "i",  // C0-CF
                                            "d", "n", "o", "o", "o", "o", "o",  nullptr,
                                            "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
                                            "a", "a", "a", "a", "a", "a", "ae", "c",
                                            "e", "e", "e", "e", "i", "i", "i",  "i",  // E0-EF
                                            "d", "n", "o", "o", "o", "o", "o",  nullptr,
                                            "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
    return code >= 0xC0 && code <= 0xFF ? kFolded[code - 0xC0] : nullptr;
}

bool separates_words(char32_t code) {
    if (code < 0x80) {
        const char c = static_cast<char>(code);
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    return (code >= 0x80 && code <= 0xBF) || code == 0xD7 || code == 0xF7 ||
           (code >= 0x2000 && code <= 0x206F) || code == 0xFFFD || code == 0x3000;
}

}  // namespace

std::vector<std::string> normalized_words(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) words.push_back(std::move(current));
        current.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t code = next_code_point(text, i);
        if (separates_words(code)) {
            flush();
        } else if (code < 0x80) {
            current += static_cast<char>(code >= 'A' && code <= 'Z' ? code - 'A' + 'a' : code);
        } else if (const char* folded = fold_latin1(code)) {
            current += folded;
        } else if (code == 0x152 || code == 0x153) {
            current += "oe";
        } else {
            append_utf8(current, code);  // a letter of another script: kept as written
        }
    }
    flush();
    return words;
}

std::optional<std::string> keyword_problem(std::string_view keyword) {
    if (auto problem = control_character_problem(keyword, TextKind::SingleLine))
        return message("codebook.keyword_control", escape_for_message(keyword), *problem);
    static constexpr std::string_view kRegexCharacters = "\\^$.|?*+()[]{}";
    const std::size_t bad = keyword.find_first_of(kRegexCharacters);
    if (bad != std::string_view::npos)
        return message("codebook.keyword_regex", escape_for_message(keyword),
                       std::string(1, keyword[bad]));
    if (normalized_words(keyword).empty())
        return keyword.empty() ? message("codebook.keyword_empty")
                               : message("codebook.keyword_no_word", escape_for_message(keyword));
    return std::nullopt;
}

KeywordRule::KeywordRule(std::string keyword)
    : m_keyword(std::move(keyword)), m_words(normalized_words(m_keyword)) {}

bool KeywordRule::matches(const std::vector<std::string>& text_words) const {
    if (m_words.empty() || text_words.size() < m_words.size()) return false;
    for (std::size_t start = 0; start + m_words.size() <= text_words.size(); ++start) {
        bool all = true;
        for (std::size_t k = 0; k < m_words.size() && all; ++k)
            all = text_words[start + k].starts_with(m_words[k]);
        if (all) return true;
    }
    return false;
}

}  // namespace sonda::team_expectations
