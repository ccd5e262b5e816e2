#include "json_fields.hpp"

#include <Poco/JSON/Object.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace sonda::network_dimensions {

std::optional<double> number_value(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || value.isBoolean() || value.isString() || !value.isNumeric())
        return std::nullopt;
    const double number = value.convert<double>();
    if (!std::isfinite(number)) return std::nullopt;
    return number;
}

std::optional<long long> integer_value(const Poco::Dynamic::Var& value) {
    const std::optional<double> number = number_value(value);
    if (!number || std::trunc(*number) != *number ||
        std::fabs(*number) > static_cast<double>(std::numeric_limits<int>::max()))
        return std::nullopt;
    return static_cast<long long>(*number);
}

bool read_localized_text(const Poco::Dynamic::Var& value, LocalizedText& out) {
    if (value.isString()) {
        out = LocalizedText(value.extract<std::string>());
        return true;
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) return false;
    const auto object = value.extract<Poco::JSON::Object::Ptr>();
    if (!object || object->size() == 0) return false;
    LocalizedText text;
    for (const auto& [language, translation] : *object) {
        if (!translation.isString()) return false;
        text.set(language, translation.extract<std::string>());
    }
    out = std::move(text);
    return true;
}

std::string format_number(double value) {
    std::ostringstream out;
    out.precision(6);
    out << value;
    return out.str();
}

}  // namespace sonda::network_dimensions
