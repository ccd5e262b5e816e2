#include "sonda/util/text_safety.hpp"

#include <cstdio>

#include "sonda/i18n/message_language.hpp"

namespace sonda {

namespace {

// The code point at `i` and its length in bytes; length 0 for a byte that
// does not start a valid sequence.
struct CodePoint {
    unsigned int value;
    std::size_t length;
};

CodePoint code_point_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return {lead, 1};
    std::size_t length = 0;
    unsigned int value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return {lead, 0};
    }
    if (i + length > text.size()) return {lead, 0};
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {lead, 0};
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr unsigned int kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {lead, 0};
    return {value, length};
}

bool is_control(unsigned int code_point) {
    return code_point < 0x20 || code_point == 0x7F || (code_point >= 0x80 && code_point <= 0x9F);
}

const char* control_name(unsigned int code_point) {
    static const char* const kC0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                      "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                      "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                      "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    if (code_point < 0x20) return kC0[code_point];
    if (code_point == 0x7F) return "DEL";
    return "a C1 control";
}

std::string hex_code(unsigned int code_point) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", code_point);
    return buffer;
}

std::string escape(std::string_view text, std::size_t max_characters, bool keep_lines,
                   bool double_backslashes) {
    std::string out;
    out.reserve(text.size() < 256 ? text.size() + 8 : 256);
    std::size_t characters = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (characters == max_characters) {
            out += "...";
            break;
        }
        const CodePoint point = code_point_at(text, i);
        char buffer[16];
        if (point.length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", point.value);
            out += buffer;
            i += 1;
        } else if (keep_lines && point.value == '\n') {
            out += '\n';
            i += 1;
        } else if (is_control(point.value)) {
            std::snprintf(buffer, sizeof buffer, "\\u%04X", point.value);
            out += buffer;
            i += point.length;
        } else if (point.value == '\\' && double_backslashes) {
            out += "\\\\";
            i += 1;
        } else {
            out.append(text.substr(i, point.length));
            i += point.length;
        }
        ++characters;
    }
    return out;
}

}  // namespace

std::optional<std::size_t> find_control_character(std::string_view text, TextKind kind) {
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        // Fast path: printable ASCII and the lead bytes of characters past U+07FF.
        if (byte >= 0x20 && byte < 0x7F) {
            ++i;
            continue;
        }
        if (byte == '\t') {
            ++i;
            continue;
        }
        if (kind == TextKind::MultiLine) {
            if (byte == '\n') {
                ++i;
                continue;
            }
            if (byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                i += 2;
                continue;
            }
        }
        const CodePoint point = code_point_at(text, i);
        if (point.length == 0) {
            ++i;  // not UTF-8: the parser's check reports it
            continue;
        }
        if (is_control(point.value)) return i;
        i += point.length;
    }
    return std::nullopt;
}

std::optional<std::string> control_character_problem(std::string_view text, TextKind kind) {
    const std::optional<std::size_t> at = find_control_character(text, kind);
    if (!at) return std::nullopt;
    const CodePoint point = code_point_at(text, *at);
    std::size_t character = 1;
    for (std::size_t k = 0; k < *at; ++k)
        if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) ++character;
    const std::string name = point.value >= 0x80 && point.value < 0xA0
                                 ? i18n::message("input.control.c1")
                                 : std::string(control_name(point.value));
    return i18n::message(
        kind == TextKind::SingleLine ? "input.control.single_line" : "input.control.multi_line",
        hex_code(point.value), name, character);
}

std::string escape_for_message(std::string_view text, std::size_t max_characters) {
    return escape(text, max_characters, false, true);
}

std::string escape_controls(std::string_view text, bool keep_line_breaks) {
    return escape(text, std::string_view::npos, keep_line_breaks, false);
}

}  // namespace sonda
