#include "answer_values.hpp"

#include <cmath>

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

std::optional<double> number_value(const Poco::Dynamic::Var& value) {
    // Booleans report themselves numeric (and integer) in Poco: rule them out first.
    if (value.isEmpty() || value.isBoolean() || value.isString() || !value.isNumeric())
        return std::nullopt;
    return value.convert<double>();
}

std::optional<long long> integral_value(const Poco::Dynamic::Var& value) {
    const CheckedInteger whole =
        checked_integer(value, -kLargestExactInteger, kLargestExactInteger);
    if (!whole) return std::nullopt;
    return whole.value;
}

Poco::JSON::Object::Ptr as_object(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr))
        return value.extract<Poco::JSON::Object::Ptr>();
    if (value.type() == typeid(Poco::JSON::Object))
        return new Poco::JSON::Object(value.extract<Poco::JSON::Object>());
    return nullptr;
}

Poco::JSON::Array::Ptr as_array(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::JSON::Array::Ptr))
        return value.extract<Poco::JSON::Array::Ptr>();
    if (value.type() == typeid(Poco::JSON::Array))
        return new Poco::JSON::Array(value.extract<Poco::JSON::Array>());
    return nullptr;
}

bool is_answered(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return false;
    if (value.isString()) return !trim(value.extract<std::string>()).empty();
    if (Poco::JSON::Array::Ptr array = as_array(value)) return array->size() > 0;
    if (Poco::JSON::Object::Ptr object = as_object(value)) {
        for (const auto& [key, member] : *object)
            if (is_answered(member)) return true;
        return false;
    }
    return true;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

std::string describe_value(const Poco::Dynamic::Var& value) {
    // Control characters in a quoted answer must not reach the terminal.
    return describe_json_value(value);
}

std::string join_names(const std::vector<std::string>& names, std::size_t max_shown) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < max_shown; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > max_shown)
        out = i18n::message("input.list_more", out, names.size() - max_shown);
    return out.empty() ? i18n::message("input.list_none") : out;
}

std::string_view trim(std::string_view text) {
    const char* spaces = " \t\r\n\f\v";
    const std::size_t first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    const std::size_t last = text.find_last_not_of(spaces);
    return text.substr(first, last - first + 1);
}

}  // namespace sonda
