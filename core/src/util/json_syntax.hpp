// Where and why a JSON text is malformed, for the message a person reads.
// Poco's parser says only why, in English, with no position ("expected ','
// or '}' after member value"); a study file edited by hand needs the line and
// column. This reader runs only after Poco has refused a text, follows
// RFC 8259 with an explicit stack (no recursion, any depth), and stops at the
// first fault.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sonda::json_detail {

struct SyntaxFault {
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in characters (UTF-8 code points)
    std::string reason;      // in the message language
};

// The first fault of `text`, or nothing when it is well-formed JSON.
std::optional<SyntaxFault> find_syntax_fault(std::string_view text);

}  // namespace sonda::json_detail
