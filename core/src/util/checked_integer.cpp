#include "sonda/util/checked_integer.hpp"

#include <cmath>

#include "sonda/util/json_text.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

CheckedInteger checked_integer(const Poco::Dynamic::Var& value, long long min, long long max) {
    CheckedInteger result;
    // Booleans report themselves numeric (and integer) in Poco: rule them out first.
    if (value.isEmpty() || value.isBoolean() || value.isString() || !value.isNumeric()) {
        result.problem = IntegerProblem::NotANumber;
        return result;
    }
    if (value.isInteger()) {
        // Compare in the value's own signedness: converting an unsigned past
        // LLONG_MAX to long long is exactly the wrap this check exists to stop.
        if (value.isSigned()) {
            const long long whole = value.convert<long long>();
            if (whole < min || whole > max)
                result.problem = IntegerProblem::OutOfRange;
            else
                result.value = whole;
        } else {
            const unsigned long long whole = value.convert<unsigned long long>();
            if (max < 0 || whole > static_cast<unsigned long long>(max) ||
                (min > 0 && whole < static_cast<unsigned long long>(min)))
                result.problem = IntegerProblem::OutOfRange;
            else
                result.value = static_cast<long long>(whole);
        }
        return result;
    }
    const double number = value.convert<double>();
    if (!std::isfinite(number)) {
        result.problem = IntegerProblem::OutOfRange;
        return result;
    }
    if (std::trunc(number) != number) {
        result.problem = IntegerProblem::NotWhole;
        return result;
    }
    // 2^63 is exactly representable; (double)LLONG_MAX rounds up to it, so the
    // comparison must be strict before converting.
    if (number < -9223372036854775808.0 || number >= 9223372036854775808.0) {
        result.problem = IntegerProblem::OutOfRange;
        return result;
    }
    const long long whole = static_cast<long long>(number);
    if (whole < min || whole > max)
        result.problem = IntegerProblem::OutOfRange;
    else
        result.value = whole;
    return result;
}

std::string integer_problem_reason(const Poco::Dynamic::Var& value, long long min, long long max) {
    return "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
           ", found " + describe_json_value(value);
}

std::optional<long long> read_integer(const Poco::Dynamic::Var& value, const Location& where,
                                      long long min, long long max, std::vector<Issue>& issues) {
    const CheckedInteger checked = checked_integer(value, min, max);
    if (checked) return checked.value;
    issues.push_back(Issue{where, integer_problem_reason(value, min, max)});
    return std::nullopt;
}

long long require_integer(const Poco::Dynamic::Var& value, const Location& where, long long min,
                          long long max) {
    const CheckedInteger checked = checked_integer(value, min, max);
    if (!checked) throw InvalidInput(where, integer_problem_reason(value, min, max));
    return checked.value;
}

std::string describe_json_value(const Poco::Dynamic::Var& value) {
    constexpr std::size_t kLongest = 60;
    std::string text;
    try {
        text = json_text(value);
    } catch (const std::exception&) {
        text = "(a value that is not JSON)";
    }
    // JSON text already escapes quotes and backslashes: only control
    // characters that it may carry raw (C1, DEL) are escaped, not doubled.
    if (text.size() > kLongest) {
        std::size_t cut = kLongest;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "...";
    }
    return escape_controls(text);
}

}  // namespace sonda
