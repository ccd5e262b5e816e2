// Looking at JSON values the way the item types need to: numbers that are
// whole, arrays and objects whichever way they were built (parsed documents
// hold Ptrs, values built in code may hold the containers themselves), and
// what counts as "answered".
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sonda/util/json_text.hpp"  // json_text: a value as compact JSON text

namespace sonda {

// A JSON number (never a boolean or a string) as double.
std::optional<double> number_value(const Poco::Dynamic::Var& value);
// A JSON number with no fractional part (3 and 3.0), within +-2^53.
std::optional<long long> integral_value(const Poco::Dynamic::Var& value);

Poco::JSON::Object::Ptr as_object(const Poco::Dynamic::Var& value);  // null when not an object
Poco::JSON::Array::Ptr as_array(const Poco::Dynamic::Var& value);    // null when not an array

// Unanswered: null, a blank string, an empty array, an object whose values are
// all unanswered. Everything else counts as an answer.
bool is_answered(const Poco::Dynamic::Var& value);

// Characters as users count them: UTF-8 code points (the text is valid UTF-8).
std::size_t utf8_length(std::string_view text);

// A value as it appears in JSON, cut short for messages.
std::string describe_value(const Poco::Dynamic::Var& value);

// "a, b, c" with at most `max_shown` names, then "and N more".
std::string join_names(const std::vector<std::string>& names, std::size_t max_shown = 20);

// Strips ASCII white space at both ends.
std::string_view trim(std::string_view text);

}  // namespace sonda
