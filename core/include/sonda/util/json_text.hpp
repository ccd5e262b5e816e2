// Compact JSON text of a parsed or built value, as sonda stores and exports
// it: keys in sorted order, no spaces, strings escaped as Poco's Stringifier
// escapes them (control characters, '"' and '\\'; '/' and UTF-8 kept as is).
// It writes byte for byte what Poco::JSON::Stringifier::condense writes for
// the values sonda holds (tests/core/model/json_text_test.cpp compares the
// two): the stored content of every response is compared on re-import, so
// the text must not change. It is written into one string, without Poco's
// per-character ostream writes, which were a fifth of an import's CPU.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <string_view>

namespace sonda {

// Appends the value's JSON text to `out`.
void append_json_text(std::string& out, const Poco::Dynamic::Var& value);

// Appends a JSON string literal: quotes included.
void append_json_string(std::string& out, std::string_view text);

inline std::string json_text(const Poco::Dynamic::Var& value) {
    std::string out;
    append_json_text(out, value);
    return out;
}

}  // namespace sonda
