#include "sonda/util/json_text.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <charconv>
#include <cstdint>
#include <sstream>

namespace sonda {

namespace {

// Poco's escape of one byte, or null when the byte is written as it is.
// Poco 1.11 escapes bytes 0x00-0x1F, '"' and '\\'; '/', DEL and UTF-8 stay.
const char* escape_of(unsigned char byte, char (&spelled)[7]) {
    switch (byte) {
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case '\b':
            return "\\b";
        case '\f':
            return "\\f";
        case '\n':
            return "\\n";
        case '\r':
            return "\\r";
        case '\t':
            return "\\t";
        default:
            break;
    }
    if (byte >= 0x20) return nullptr;
    static constexpr char kHex[] = "0123456789ABCDEF";
    spelled[0] = '\\';
    spelled[1] = 'u';
    spelled[2] = '0';
    spelled[3] = '0';
    spelled[4] = kHex[byte >> 4];
    spelled[5] = kHex[byte & 0xF];
    spelled[6] = '\0';
    return spelled;
}

template <typename Integer>
void append_integer(std::string& out, Integer value) {
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr);
}

// Anything this writer does not spell itself goes through Poco, so the text
// is Poco's by construction: doubles (its shortest form), an object or array
// that escapes all Unicode, dates.
void append_through_poco(std::string& out, const Poco::Dynamic::Var& value) {
    std::ostringstream text;
    Poco::JSON::Stringifier::condense(value, text);
    out += text.str();
}

void append_object(std::string& out, const Poco::JSON::Object& object) {
    out += '{';
    bool first = true;
    for (const auto& [key, member] : object) {  // the map's order: sorted keys
        if (!first) out += ',';
        first = false;
        append_json_string(out, key);
        out += ':';
        append_json_text(out, member);
    }
    out += '}';
}

void append_array(std::string& out, const Poco::JSON::Array& array) {
    out += '[';
    bool first = true;
    for (const Poco::Dynamic::Var& element : array) {
        if (!first) out += ',';
        first = false;
        append_json_text(out, element);
    }
    out += ']';
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    std::size_t plain_from = 0;  // plain bytes are copied in runs
    char spelled[7];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* escape = escape_of(static_cast<unsigned char>(text[i]), spelled);
        if (!escape) continue;
        out.append(text.data() + plain_from, i - plain_from);
        out += escape;
        plain_from = i + 1;
    }
    out.append(text.data() + plain_from, text.size() - plain_from);
    out += '"';
}

void append_json_text(std::string& out, const Poco::Dynamic::Var& value) {
    const std::type_info& type = value.type();
    if (type == typeid(std::string)) return append_json_string(out, value.extract<std::string>());
    if (type == typeid(int)) return append_integer(out, value.extract<int>());
    if (type == typeid(Poco::Int64)) return append_integer(out, value.extract<Poco::Int64>());
    if (type == typeid(unsigned)) return append_integer(out, value.extract<unsigned>());
    if (type == typeid(Poco::UInt64)) return append_integer(out, value.extract<Poco::UInt64>());
    if (type == typeid(long long)) return append_integer(out, value.extract<long long>());
    if (type == typeid(bool)) {
        out += value.extract<bool>() ? "true" : "false";
        return;
    }
    if (type == typeid(Poco::JSON::Object::Ptr)) {
        const Poco::JSON::Object::Ptr& object = value.extract<Poco::JSON::Object::Ptr>();
        if (object && !object->getEscapeUnicode()) return append_object(out, *object);
    } else if (type == typeid(Poco::JSON::Array::Ptr)) {
        const Poco::JSON::Array::Ptr& array = value.extract<Poco::JSON::Array::Ptr>();
        if (array && !array->getEscapeUnicode()) return append_array(out, *array);
    } else if (type == typeid(Poco::JSON::Object)) {
        const auto& object = value.extract<Poco::JSON::Object>();
        if (!object.getEscapeUnicode()) return append_object(out, object);
    } else if (type == typeid(Poco::JSON::Array)) {
        const auto& array = value.extract<Poco::JSON::Array>();
        if (!array.getEscapeUnicode()) return append_array(out, array);
    } else if (value.isEmpty()) {
        out += "null";
        return;
    }
    append_through_poco(out, value);
}

}  // namespace sonda
