#include "json_syntax.hpp"

#include <cctype>
#include <cstdio>
#include <vector>

#include "sonda/i18n/message_language.hpp"

namespace sonda::json_detail {

namespace {

// The character at `at` as the message quotes it: a printable one as itself
// (a whole UTF-8 sequence: 'è'), a space or control byte by its code.
std::string shown(std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x21 && byte < 0x7F) return std::string("'") + static_cast<char>(byte) + "'";
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (length > 1 && at + length <= text.size())
        return "'" + std::string(text.substr(at, length)) + "'";
    char code[8];
    std::snprintf(code, sizeof code, "0x%02X", byte);
    return code;
}

class SyntaxReader {
  public:
    explicit SyntaxReader(std::string_view text) : m_text(text) {}

    std::optional<SyntaxFault> read() {
        Expect expect = Expect::Value;
        for (;;) {
            skip_space();
            bool ok = true;
            switch (expect) {
                case Expect::Value:
                    ok = value(expect);
                    break;
                case Expect::Key:
                    ok = member_key();
                    expect = Expect::Value;
                    break;
                case Expect::Next:
                    if (m_stack.empty()) {
                        if (more()) return fail("input.json.syntax.excess");
                        return std::nullopt;
                    }
                    ok = next_in_container(expect);
                    break;
            }
            if (!ok) return m_fault;
        }
    }

  private:
    enum class Frame { Object, Array };
    // What the text must hold next: a value, an object's key, or what
    // follows a value (',' or a close; the end of the text at the top).
    enum class Expect { Value, Key, Next };

    bool more() const { return m_at < m_text.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(m_text[m_at]); }

    void skip_space() {
        while (more() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    template <typename... Args>
    bool fail_with(const char* key, const Args&... args) {
        SyntaxFault fault;
        fault.reason = i18n::message(key, args...);
        for (std::size_t i = 0; i < m_at && i < m_text.size(); ++i) {
            const auto byte = static_cast<unsigned char>(m_text[i]);
            if (byte == '\n') {
                ++fault.line;
                fault.column = 1;
            } else if ((byte & 0xC0) != 0x80) {  // not a continuation byte
                ++fault.column;
            }
        }
        m_fault = fault;
        return false;
    }
    std::optional<SyntaxFault> fail(const char* key) {
        fail_with(key);
        return m_fault;
    }
    bool unexpected() {
        if (!more()) return fail_with("input.json.syntax.end");
        if (peek() == '\'') return fail_with("input.json.syntax.single_quote");
        return fail_with("input.json.syntax.unexpected", shown(m_text, m_at));
    }

    // A scalar, or an object or array opened (its members follow).
    bool value(Expect& expect) {
        expect = Expect::Next;
        if (!more()) return unexpected();
        const unsigned char c = peek();
        if (c == '{' || c == '[') {
            ++m_at;
            skip_space();
            const bool object = c == '{';
            if (more() && peek() == (object ? '}' : ']')) {
                ++m_at;
                return true;
            }
            m_stack.push_back(object ? Frame::Object : Frame::Array);
            expect = object ? Expect::Key : Expect::Value;
            return true;
        }
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (c >= 'a' && c <= 'z') return literal();
        return unexpected();
    }

    // After a value inside the innermost container: ',' and the next, or its close.
    bool next_in_container(Expect& expect) {
        const bool object = m_stack.back() == Frame::Object;
        if (more() && peek() == (object ? '}' : ']')) {
            ++m_at;
            m_stack.pop_back();
            return true;
        }
        if (!more()) return unexpected();
        if (peek() != ',')
            return fail_with(
                object ? "input.json.syntax.after_member" : "input.json.syntax.after_element",
                shown(m_text, m_at));
        ++m_at;
        skip_space();
        if (more() && (peek() == '}' || peek() == ']'))
            return fail_with("input.json.syntax.trailing_comma", shown(m_text, m_at));
        expect = object ? Expect::Key : Expect::Value;
        return true;
    }

    bool member_key() {
        if (!more()) return unexpected();
        if (peek() != '"') {
            if (peek() == '\'') return unexpected();
            return fail_with("input.json.syntax.key", shown(m_text, m_at));
        }
        if (!string()) return false;
        skip_space();
        if (!more()) return unexpected();
        if (peek() != ':') return fail_with("input.json.syntax.colon", shown(m_text, m_at));
        ++m_at;
        return true;
    }

    bool string() {
        const std::size_t opening = m_at;
        ++m_at;
        while (more()) {
            const unsigned char c = peek();
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20) return fail_with("input.json.syntax.control");
            if (c == '\\') {
                ++m_at;
                if (!more()) return unexpected();
                const unsigned char e = peek();
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k) {
                        const std::size_t at = m_at + static_cast<std::size_t>(k);
                        const char h = at < m_text.size() ? m_text[at] : '\0';
                        if (!std::isxdigit(static_cast<unsigned char>(h))) {
                            m_at = at;
                            return fail_with("input.json.syntax.unicode_escape");
                        }
                    }
                    m_at += 5;
                    continue;
                }
                if (std::string_view("\"\\/bfnrt").find(static_cast<char>(e)) ==
                    std::string_view::npos)
                    return fail_with("input.json.syntax.escape", shown(m_text, m_at));
            }
            ++m_at;
        }
        m_at = opening;  // where the text to close begins
        return fail_with("input.json.syntax.open_string");
    }

    bool number() {
        const std::size_t start = m_at;
        if (peek() == '-') ++m_at;
        auto digits = [&] {
            const std::size_t from = m_at;
            while (more() && peek() >= '0' && peek() <= '9') ++m_at;
            return m_at > from;
        };
        const bool leading_zero = more() && peek() == '0';
        if (!digits()) return fail_number(start);
        if (leading_zero && m_at - start > (m_text[start] == '-' ? 2u : 1u))
            return fail_number(start);
        if (more() && peek() == '.') {
            ++m_at;
            if (!digits()) return fail_number(start);
        }
        if (more() && (peek() == 'e' || peek() == 'E')) {
            ++m_at;
            if (more() && (peek() == '+' || peek() == '-')) ++m_at;
            if (!digits()) return fail_number(start);
        }
        // "3,5" in a number's place reads as two members; say what it is.
        if (more() &&
            (peek() == '.' || (peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z')))
            return fail_number(start);
        return true;
    }
    bool fail_number(std::size_t start) {
        std::size_t end = m_at;
        while (end < m_text.size() && end - start < 24 &&
               std::string_view(" \t\r\n,]}").find(m_text[end]) == std::string_view::npos)
            ++end;
        const std::string written(m_text.substr(start, end - start));
        m_at = start;
        return fail_with("input.json.syntax.number", written);
    }

    bool literal() {
        const std::size_t start = m_at;
        while (more() && ((peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z')))
            ++m_at;
        const std::string_view word = m_text.substr(start, m_at - start);
        if (word == "true" || word == "false" || word == "null") return true;
        m_at = start;
        return fail_with("input.json.syntax.word", std::string(word.substr(0, 24)));
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::vector<Frame> m_stack;
    std::optional<SyntaxFault> m_fault;
};

}  // namespace

std::optional<SyntaxFault> find_syntax_fault(std::string_view text) {
    return SyntaxReader(text).read();
}

}  // namespace sonda::json_detail
