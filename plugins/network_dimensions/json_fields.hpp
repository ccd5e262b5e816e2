// Reading typed fields out of untrusted JSON (form definitions, answers). Poco
// treats a boolean as a number and an integer-valued double as a double; these
// helpers say exactly what a form author or a respondent meant.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <optional>
#include <string>

#include "sonda/model/localized_text.hpp"

namespace sonda::network_dimensions {

// A JSON number (not a boolean), or nothing.
std::optional<double> number_value(const Poco::Dynamic::Var& value);

// A JSON number with an integral value (3 or 3.0), or nothing.
std::optional<long long> integer_value(const Poco::Dynamic::Var& value);

// A label: a plain string, or an object of language -> string. False (and
// `out` untouched) for anything else.
bool read_localized_text(const Poco::Dynamic::Var& value, LocalizedText& out);

}  // namespace sonda::network_dimensions
