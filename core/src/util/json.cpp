#include "sonda/util/json.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "json_syntax.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda {

void append_json_path_key(std::string& path, const std::string& key) {
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
    if (plain) {
        path += '.';
        path += key;
        return;
    }
    path += "[\"";
    for (const char c : key) {
        if (c == '"' || c == '\\') path += '\\';
        path += c;
    }
    path += "\"]";
}

namespace {

// A key as a JSON string, so that quotes and control characters in it cannot
// break the message's line.
std::string quoted(const std::string& key) {
    std::string out = "\"";
    for (const char c : key) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// Poco 1.11 reads an integer literal past 64 bits without a word: 2^64+3
// becomes 3, -2^63-1 becomes -2^63 ("sharing_1": 18446744073709551619 was
// stored as 3). Its handler only sees the wrapped value, so the literals are
// checked in the text before Poco parses it: an integer must fit Int64 or
// UInt64 (range checks against the destination come later, see
// checked_integer.hpp), a number with a fraction or an exponent must be finite
// as a double. The scan follows objects and arrays just enough to name the
// JSON path; malformed text is left to the parser.
struct ScanFrame {
    bool object;
    std::string_view key;  // objects: the current key, as written (escapes kept)
    std::size_t index;     // arrays: the current element
    bool expect_key;       // objects: the next string is a key
};

std::string scan_path(const std::vector<ScanFrame>& frames) {
    std::string path = "$";
    for (const ScanFrame& frame : frames) {
        if (frame.object) {
            append_json_path_key(path, std::string(frame.key));
        } else {
            path += '[';
            path += std::to_string(frame.index);
            path += ']';
        }
    }
    return path;
}

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Empty when the literal is acceptable, else why not.
std::string number_literal_problem(std::string_view literal) {
    const bool negative = !literal.empty() && literal[0] == '-';
    const std::string_view digits = literal.substr(negative ? 1 : 0);
    if (digits.empty()) return {};
    if (digits.find_first_of(".eE") == std::string_view::npos) {
        if (digits.find_first_not_of("0123456789") != std::string_view::npos) return {};
        unsigned long long magnitude = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
        const bool fits = error == std::errc() && end == digits.data() + digits.size() &&
                          (!negative || magnitude <= 9223372036854775808ULL);
        if (fits) return {};
        return i18n::message("input.json.integer_range");
    }
    // A fraction or an exponent: too large for a double is refused here (Poco
    // says only "not a valid floating-point number"); too small is Poco's call.
    const std::size_t e = digits.find_first_of("eE");
    const std::string_view mantissa = digits.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view text = digits.substr(e + 1);
        const bool minus = !text.empty() && text[0] == '-';
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), exponent);
        if (error == std::errc::result_out_of_range)
            exponent = 1000000;  // huge either way
        else if (error != std::errc() || end != text.data() + text.size())
            return {};
        if (minus) exponent = -exponent;
        // Beyond a million either way the number is huge or zero whatever its
        // mantissa, and order + exponent below must not overflow.
        exponent = std::clamp(exponent, -1000000LL, 1000000LL);
    }
    // Decimal magnitude: the position of the first significant digit.
    const std::size_t point = mantissa.find('.');
    const std::string_view whole = mantissa.substr(0, point);
    long long order = 0;
    const std::size_t first = whole.find_first_not_of('0');
    if (first != std::string_view::npos) {
        order = static_cast<long long>(whole.size() - first);
    } else if (point != std::string_view::npos) {
        const std::string_view fraction = mantissa.substr(point + 1);
        const std::size_t significant = fraction.find_first_not_of('0');
        if (significant == std::string_view::npos) return {};  // zero
        order = -static_cast<long long>(significant);
    } else {
        return {};  // zero
    }
    if (order + exponent <= 308) return {};
    if (order + exponent == 309) {
        double value = 0;
        const auto [end, error] =
            std::from_chars(literal.data(), literal.data() + literal.size(), value);
        if (error == std::errc() && std::isfinite(value)) return {};
    }
    return i18n::message("input.json.number_range");
}

void check_number_literals(const std::string& text, const Location& where) {
    std::vector<ScanFrame> frames;
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const char c = text[i];
        if (c == '"') {
            std::size_t end = i + 1;
            while (end < size && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
            if (!frames.empty() && frames.back().object && frames.back().expect_key)
                frames.back().key =
                    std::string_view(text).substr(i + 1, std::min(end, size) - (i + 1));
            i = end + 1;
        } else if (c == '{') {
            frames.push_back(ScanFrame{true, {}, 0, true});
            ++i;
        } else if (c == '[') {
            frames.push_back(ScanFrame{false, {}, 0, false});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!frames.empty()) frames.pop_back();
            ++i;
        } else if (c == ':') {
            if (!frames.empty()) frames.back().expect_key = false;
            ++i;
        } else if (c == ',') {
            if (!frames.empty()) {
                if (frames.back().object)
                    frames.back().expect_key = true;
                else
                    ++frames.back().index;
            }
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < size && is_number_char(text[end])) ++end;
            const std::string_view literal = std::string_view(text).substr(i, end - i);
            const std::string problem = number_literal_problem(literal);
            if (!problem.empty()) {
                constexpr std::size_t kShown = 40;
                const std::string shown = literal.size() > kShown
                                              ? std::string(literal.substr(0, kShown)) + "..."
                                              : std::string(literal);
                throw InvalidInput(where, i18n::message("input.json.number_at", shown,
                                                        scan_path(frames), problem));
            }
            i = end;
        } else {
            ++i;
        }
    }
}

// Poco's handler keeps the last of two equal keys without a word (a study file
// with "min_cell": 5, "min_cell": 1 would store 1): this one refuses the second
// at its JSON path. The keys of the open objects sit on one stack of strings
// whose slots are reused from object to object, so a parse allocates about as
// many strings as the deepest chain of open keys; an object is searched
// linearly until it has kLinearKeys keys, then through a hash of slot numbers.
class UniqueKeyHandler final : public Poco::JSON::ParseHandler {
  public:
    explicit UniqueKeyHandler(const Location& where) : m_where(where) {
        // One allocation each for a typical response instead of a growth series.
        m_frames.reserve(8);
        m_keys.reserve(32);
    }

    void reset() override {
        ParseHandler::reset();
        m_frames.clear();
        m_key_count = 0;
    }

    void startObject() override {
        element();
        ParseHandler::startObject();
        m_frames.push_back(Frame{true, m_key_count, 0, nullptr});
    }

    void endObject() override {
        ParseHandler::endObject();
        if (m_frames.empty()) return;
        m_key_count = m_frames.back().first_key;
        m_frames.pop_back();
    }

    void startArray() override {
        element();
        ParseHandler::startArray();
        m_frames.push_back(Frame{false, m_key_count, 0, nullptr});
    }

    void endArray() override {
        ParseHandler::endArray();
        if (!m_frames.empty()) m_frames.pop_back();
    }

    void key(const std::string& key) override {
        if (!m_frames.empty() && m_frames.back().object) add_key(key);
        ParseHandler::key(key);
    }

    void null() override {
        element();
        ParseHandler::null();
    }
    void value(int v) override {
        element();
        ParseHandler::value(v);
    }
    void value(unsigned v) override {
        element();
        ParseHandler::value(v);
    }
#if defined(POCO_HAVE_INT64)
    void value(Poco::Int64 v) override {
        element();
        ParseHandler::value(v);
    }
    void value(Poco::UInt64 v) override {
        element();
        ParseHandler::value(v);
    }
#endif
    void value(const std::string& v) override {
        element();
        ParseHandler::value(v);
    }
    void value(double v) override {
        element();
        ParseHandler::value(v);
    }
    void value(bool v) override {
        element();
        ParseHandler::value(v);
    }

  private:
    static constexpr std::size_t kLinearKeys = 16;

    // Slot numbers into m_keys, hashed and compared by the key they hold.
    struct SlotHash {
        const std::vector<std::string>* keys;
        std::size_t operator()(std::size_t slot) const {
            return std::hash<std::string>{}((*keys)[slot]);
        }
    };
    struct SlotEqual {
        const std::vector<std::string>* keys;
        bool operator()(std::size_t a, std::size_t b) const { return (*keys)[a] == (*keys)[b]; }
    };
    using SlotSet = std::unordered_set<std::size_t, SlotHash, SlotEqual>;

    struct Frame {
        bool object;
        std::size_t first_key;           // objects: slot of the first key in m_keys
        std::size_t count;               // objects: keys so far; arrays: elements so far
        std::unique_ptr<SlotSet> slots;  // objects past kLinearKeys keys
    };

    // A value starts: inside an array it is the next element.
    void element() {
        if (!m_frames.empty() && !m_frames.back().object) ++m_frames.back().count;
    }

    void add_key(const std::string& key) {
        Frame& frame = m_frames.back();
        const std::size_t slot = frame.first_key + frame.count;
        if (slot < m_keys.size())
            m_keys[slot] = key;  // reuses the slot's buffer
        else
            m_keys.push_back(key);
        m_key_count = slot + 1;
        if (frame.slots) {
            if (!frame.slots->insert(slot).second) duplicate(key);
        } else {
            for (std::size_t i = frame.first_key; i < slot; ++i)
                if (m_keys[i] == key) duplicate(key);
            if (frame.count + 1 == kLinearKeys) {
                frame.slots = std::make_unique<SlotSet>(2 * kLinearKeys, SlotHash{&m_keys},
                                                        SlotEqual{&m_keys});
                for (std::size_t i = frame.first_key; i <= slot; ++i) frame.slots->insert(i);
            }
        }
        ++frame.count;
    }

    [[noreturn]] void duplicate(const std::string& key) const {
        std::string path = "$";
        for (std::size_t f = 0; f + 1 < m_frames.size(); ++f) {
            const Frame& frame = m_frames[f];
            if (frame.object) {
                append_json_path_key(path, m_keys[frame.first_key + frame.count - 1]);
            } else {
                path += '[';
                path += std::to_string(frame.count - 1);
                path += ']';
            }
        }
        append_json_path_key(path, key);
        throw InvalidInput(m_where, i18n::message("input.json.duplicate_key", quoted(key), path));
    }

    const Location& m_where;
    std::vector<Frame> m_frames;      // the open objects and arrays, outermost first
    std::vector<std::string> m_keys;  // keys of the open objects; slots past m_key_count are spare
    std::size_t m_key_count = 0;
};

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned int code_point = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code_point = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code_point = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code_point = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return i;
            code_point = (code_point << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        static constexpr unsigned int kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code_point < kSmallest[length] || code_point > 0x10FFFF ||
            (code_point >= 0xD800 && code_point <= 0xDFFF))
            return i;
        i += length;
    }
    return std::string_view::npos;
}

namespace {

// Why Poco refused `text`, with the line and column where the fault is. Poco
// gives neither, and its reason is English; it stays only for what the
// syntax reader passes (a lone UTF-16 surrogate escape).
std::string malformed_json_reason(const std::string& text, const std::string& poco_reason,
                                  std::size_t max_depth) {
    if (const auto fault = json_detail::find_syntax_fault(text)) {
        if (text.find('\n') == std::string::npos)
            return i18n::message("input.json.malformed_at_column", fault->column, fault->reason);
        return i18n::message("input.json.malformed_at", fault->line, fault->column, fault->reason);
    }
    if (poco_reason == "Maximum depth exceeded")
        return i18n::message("input.json.too_deep", max_depth);
    return i18n::message("input.json.malformed", poco_reason);
}

}  // namespace

Poco::Dynamic::Var parse_json(const std::string& text, const Location& where,
                              std::size_t max_depth) {
    const std::size_t bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos)
        throw InvalidInput(where, i18n::message("input.json.invalid_utf8", bad + 1));
    check_number_literals(text, where);
    Poco::JSON::Parser parser(new UniqueKeyHandler(where));
    try {
        // Poco 1.11's handler cannot hold a document that is a lone scalar (3,
        // "text", null): parse it as the only element of an array. Text after
        // the scalar cannot hide in the wrapper: the parser refuses excess text.
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && text[first] != '{' && text[first] != '[') {
            parser.setDepth(max_depth + 1);
            Poco::JSON::Array::Ptr wrapper =
                parser.parse("[" + text + "]").extract<Poco::JSON::Array::Ptr>();
            if (wrapper->size() != 1)
                throw InvalidInput(where, i18n::message("input.json.several_values"));
            return wrapper->get(0);
        }
        parser.setDepth(max_depth);
        return parser.parse(text);
    } catch (const InvalidInput&) {
        throw;
    } catch (const Poco::Exception& error) {
        // Malformed text has no JSON path: "$" would only stand in the way.
        Location at = where;
        if (at.path == "$") at.path.clear();
        throw InvalidInput(at, malformed_json_reason(text, error.message(), max_depth));
    } catch (const std::exception& error) {
        throw InvalidInput(where, i18n::message("input.json.malformed", error.what()));
    }
}

Poco::JSON::Object::Ptr parse_json_object(const std::string& text, const Location& where,
                                          std::size_t max_depth) {
    Poco::Dynamic::Var value = parse_json(text, where, max_depth);
    if (value.type() != typeid(Poco::JSON::Object::Ptr))
        throw InvalidInput(where, i18n::message("input.json.not_object", json_type_name(value)));
    return value.extract<Poco::JSON::Object::Ptr>();
}

std::string json_type_name(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return "null";
    if (value.type() == typeid(Poco::JSON::Object::Ptr))
        return i18n::message("input.json.an_object");
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) return i18n::message("input.json.an_array");
    if (value.isString()) return i18n::message("input.json.a_string");
    if (value.isBoolean()) return i18n::message("input.json.a_boolean");
    if (value.isNumeric()) return i18n::message("input.json.a_number");
    return i18n::message("input.json.another_type");
}

Poco::JSON::Array::Ptr array_of(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::JSON::Array::Ptr))
        return value.extract<Poco::JSON::Array::Ptr>();
    if (value.type() == typeid(Poco::JSON::Array))
        return new Poco::JSON::Array(value.extract<Poco::JSON::Array>());
    return nullptr;
}

Poco::JSON::Object::Ptr object_of(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr))
        return value.extract<Poco::JSON::Object::Ptr>();
    if (value.type() == typeid(Poco::JSON::Object))
        return new Poco::JSON::Object(value.extract<Poco::JSON::Object>());
    return nullptr;
}

}  // namespace sonda
