// Whole numbers read from untrusted input (JSON documents, CSV cells) reach a
// typed field only through this check: the value must be a JSON integer, or a
// number with no fractional part (3.0), and must lie within the range the
// destination allows (the item's own range, then what the type holds). Nothing
// wraps and nothing is clamped: a value outside is an error that names where it
// was found. parse_json has already refused integer literals that no 64-bit
// type holds, so a value reaching this check is exactly the one written.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"

namespace sonda {

// The largest magnitude every double holds exactly: answers, item bounds and
// scores travel as doubles, so integers beyond it cannot be told apart.
constexpr long long kLargestExactInteger = 9007199254740992LL;  // 2^53

enum class IntegerProblem { None, NotANumber, NotWhole, OutOfRange };

struct CheckedInteger {
    long long value = 0;
    IntegerProblem problem = IntegerProblem::None;
    explicit operator bool() const { return problem == IntegerProblem::None; }
};

// The value when it is a whole JSON number in [min, max]; booleans and strings
// are not numbers (Poco counts true as the integer 1).
CheckedInteger checked_integer(const Poco::Dynamic::Var& value, long long min, long long max);

// "must be a whole number from MIN to MAX, found VALUE" (VALUE quoted safely).
std::string integer_problem_reason(const Poco::Dynamic::Var& value, long long min, long long max);

// The value, or an Issue at `where` with integer_problem_reason() and nothing.
std::optional<long long> read_integer(const Poco::Dynamic::Var& value, const Location& where,
                                      long long min, long long max, std::vector<Issue>& issues);

// The value, or InvalidInput at `where`.
long long require_integer(const Poco::Dynamic::Var& value, const Location& where, long long min,
                          long long max);

// A JSON value as compact JSON text for messages, cut short, control characters escaped.
std::string describe_json_value(const Poco::Dynamic::Var& value);

}  // namespace sonda
