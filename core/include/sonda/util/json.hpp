// Parsing of JSON that comes from outside (form files, study files, NDJSON
// lines, later HTTP bodies): UTF-8 checked first, nesting depth limited (Poco's
// parser has no limit by default), a key repeated in one object refused (Poco
// would keep the last value silently), errors carrying where they happened.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "sonda/error.hpp"

namespace sonda {

constexpr std::size_t kMaxJsonDepth = 64;

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Parses one JSON document. Throws InvalidInput at `where` (its reason names
// the byte offset of invalid UTF-8, the JSON path of a duplicate key such as
// $.answers.places[2].name, the JSON path of a number no 64-bit type
// holds (an integer beyond -2^63..2^64-1, which Poco would wrap, or a number
// beyond the range of a double), or the parser's message).
Poco::Dynamic::Var parse_json(const std::string& text, const Location& where,
                              std::size_t max_depth = kMaxJsonDepth);

// As parse_json, and the document must be an object.
Poco::JSON::Object::Ptr parse_json_object(const std::string& text, const Location& where,
                                          std::size_t max_depth = kMaxJsonDepth);

// Appends `key` to a JSON path as messages write it: `.key` for plain keys
// (letters, digits, _ and -), `["key"]` with quotes and backslashes escaped
// for anything else. forms/json_path.hpp builds on it.
void append_json_path_key(std::string& path, const std::string& key);

// Short description of a JSON value's type for messages: "a string", "an array", ...
std::string json_type_name(const Poco::Dynamic::Var& value);

// The array or object a value holds, by pointer or by value (as parsed JSON
// and JSON built in code hold them); null when it holds something else.
Poco::JSON::Array::Ptr array_of(const Poco::Dynamic::Var& value);
Poco::JSON::Object::Ptr object_of(const Poco::Dynamic::Var& value);

}  // namespace sonda
