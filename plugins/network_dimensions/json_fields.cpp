#include "json_fields.hpp"

#include <Poco/JSON/Object.h>

#include <cmath>
#include <limits>

#include "sonda/util/checked_integer.hpp"

namespace sonda::network_dimensions {

std::optional<double> number_value(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || value.isBoolean() || value.isString() || !value.isNumeric())
        return std::nullopt;
    const double number = value.convert<double>();
    if (!std::isfinite(number)) return std::nullopt;
    return number;
}

std::optional<long long> integer_value(const Poco::Dynamic::Var& value) {
    // Rings, intensities and scale bounds are ints: a larger value is refused,
    // never wrapped (see sonda/util/checked_integer.hpp).
    const CheckedInteger whole =
        checked_integer(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!whole) return std::nullopt;
    return whole.value;
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

}  // namespace sonda::network_dimensions
