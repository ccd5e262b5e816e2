#include "sonda/util/json.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace sonda {

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

Poco::Dynamic::Var parse_json(const std::string& text, const Location& where, std::size_t max_depth) {
    const std::size_t bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos)
        throw InvalidInput(where, "invalid UTF-8 at byte " + std::to_string(bad + 1) +
                                      " (save the file as UTF-8)");
    Poco::JSON::Parser parser;
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
                throw InvalidInput(where, "malformed JSON: more than one value");
            return wrapper->get(0);
        }
        parser.setDepth(max_depth);
        return parser.parse(text);
    } catch (const InvalidInput&) {
        throw;
    } catch (const Poco::Exception& error) {
        throw InvalidInput(where, "malformed JSON: " + error.message());
    } catch (const std::exception& error) {
        throw InvalidInput(where, std::string("malformed JSON: ") + error.what());
    }
}

Poco::JSON::Object::Ptr parse_json_object(const std::string& text, const Location& where,
                                          std::size_t max_depth) {
    Poco::Dynamic::Var value = parse_json(text, where, max_depth);
    if (value.type() != typeid(Poco::JSON::Object::Ptr))
        throw InvalidInput(where, "expected a JSON object, found " + json_type_name(value));
    return value.extract<Poco::JSON::Object::Ptr>();
}

std::string json_type_name(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return "null";
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) return "an object";
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) return "an array";
    if (value.isString()) return "a string";
    if (value.isBoolean()) return "a boolean";
    if (value.isNumeric()) return "a number";
    return "a value of another type";
}

}  // namespace sonda
