// Integers from JSON never wrap: parse_json refuses literals no 64-bit type
// holds (Poco 1.11 read 2^64+3 as 3 and -2^63-1 as -2^63), and
// checked_integer compares a value with its destination's range before any
// conversion.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <limits>

#include "sonda/model/response.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/json.hpp"

using namespace sonda;

namespace {
std::string parse_reason(const std::string& text) {
    try {
        parse_json(text, Location{"in.ndjson", 4, "", ""});
    } catch (const InvalidInput& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues()[0].where.file == "in.ndjson");
        CHECK(error.issues()[0].where.line == 4);
        return error.issues()[0].reason;
    }
    return "accepted";
}

Poco::Dynamic::Var element(const std::string& literal) {
    return parse_json("[" + literal + "]", Location{}).extract<Poco::JSON::Array::Ptr>()->get(0);
}
}  // namespace

TEST_CASE("parse_json: integers past 64 bits are refused at their JSON path", "[model][numbers]") {
    CHECK(parse_reason(R"({"answers": {"sharing_1": 18446744073709551619}})") ==
          "number 18446744073709551619 at $.answers.sharing_1 is out of range: a JSON integer "
          "must lie between -9223372036854775808 and 18446744073709551615");
    CHECK(parse_reason(R"({"answers": {"sharing_1": 18446744073709551616}})")
              .find("at $.answers.sharing_1 is out of range") != std::string::npos);
    CHECK(parse_reason(R"({"m": [{"ring": 1}, {"ring": -9223372036854775809}]})")
              .find("number -9223372036854775809 at $.m[1].ring is out of range") == 0);
    CHECK(parse_reason("99999999999999999999999999").find("at $ is out of range") !=
          std::string::npos);
    // The edges of Int64 and UInt64 are still read exactly.
    CHECK(parse_reason("[18446744073709551615, -9223372036854775808, 9223372036854775808]") ==
          "accepted");
    CHECK(element("18446744073709551615").convert<unsigned long long>() == 18446744073709551615ULL);
    CHECK(element("-9223372036854775808").convert<long long>() ==
          std::numeric_limits<long long>::min());
}

TEST_CASE("parse_json: numbers beyond a double are refused at their JSON path",
          "[model][numbers]") {
    CHECK(parse_reason(R"({"a": {"b": 1e400}})") ==
          "number 1e400 at $.a.b is out of range: a JSON number must lie within "
          "+-1.7976931348623157e308");
    CHECK(parse_reason(R"([-1E+400])").find("at $[0] is out of range") != std::string::npos);
    CHECK(parse_reason(R"([1.8e308])").find("at $[0] is out of range") != std::string::npos);
    CHECK(parse_reason(R"([1.7e308, 1e-5, 0.0e999, 123.456e2])") == "accepted");
    // Digits inside strings and keys are not numbers.
    CHECK(parse_reason(R"({"18446744073709551619": "1e400 and 99999999999999999999"})") ==
          "accepted");
}

TEST_CASE("checked_integer: range checked before conversion, no wrap, no clamp",
          "[model][numbers]") {
    const long long int_max = std::numeric_limits<int>::max();
    CHECK(checked_integer(element("3"), 1, 5).value == 3);
    CHECK(checked_integer(element("3.0"), 1, 5).value == 3);
    CHECK(checked_integer(element("3.5"), 1, 5).problem == IntegerProblem::NotWhole);
    CHECK(checked_integer(element("6"), 1, 5).problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("0"), 1, 5).problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("true"), 0, 5).problem == IntegerProblem::NotANumber);
    CHECK(checked_integer(element("\"3\""), 0, 5).problem == IntegerProblem::NotANumber);
    CHECK(checked_integer(element("null"), 0, 5).problem == IntegerProblem::NotANumber);
    // 2^63 and 2^64-1 arrive as UInt64: compared unsigned, never cast to a negative.
    CHECK(checked_integer(element("9223372036854775808"), std::numeric_limits<long long>::min(),
                          std::numeric_limits<long long>::max())
              .problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("18446744073709551615"), 0, int_max).problem ==
          IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("4294967297"), 0, int_max).problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("-9223372036854775808"), -int_max, int_max).problem ==
          IntegerProblem::OutOfRange);
    // Doubles: 2^63 itself is out of the range of long long, not converted.
    CHECK(checked_integer(element("9.223372036854775808e18"), std::numeric_limits<long long>::min(),
                          std::numeric_limits<long long>::max())
              .problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("1e300"), 0, int_max).problem == IntegerProblem::OutOfRange);
    CHECK(checked_integer(element("-2.0"), -3, -1).value == -2);

    std::vector<Issue> issues;
    CHECK_FALSE(read_integer(element("18446744073709551615"), Location{"f", 2, "$.ring", ""}, 1, 5,
                             issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].to_string() ==
          "f:2: $.ring: must be a whole number from 1 to 5, found 18446744073709551615");
    CHECK_THROWS_AS(require_integer(element("2.5"), Location{}, 1, 5), InvalidInput);
    CHECK(require_integer(element("5"), Location{}, 1, 5) == 5);
}

TEST_CASE("response: form_version never wraps", "[model][numbers]") {
    const std::string head =
        R"({"id": "r1", "form": "f", "wave": "w1", "territory": "t",)"
        R"( "role": "r", "respondent": "PT-1", "answers": {}, "form_version": )";
    for (const char* version :
         {"9223372036854775808", "18446744073709551615", "4294967297", "1000001", "3.5"}) {
        INFO(version);
        CHECK_THROWS_AS(Response::from_json(*parse_json_object(head + version + "}", Location{})),
                        InvalidInput);
    }
    // 2^64+1 would have been read as version 1.
    CHECK_THROWS_WITH(
        Response::from_json(*parse_json_object(head + "18446744073709551617}", Location{})),
        Catch::Contains("at $.form_version is out of range"));
    CHECK(Response::from_json(*parse_json_object(head + "2.0}", Location{})).form_version == 2);
}

TEST_CASE("describe_json_value: JSON text for messages, control characters escaped once",
          "[model][numbers]") {
    CHECK(describe_json_value(element(R"("a\\b\u0085\u001b")")) == R"("a\\b\u0085\u001B")");
    CHECK(describe_json_value(element("18446744073709551615")) == "18446744073709551615");
    CHECK(describe_json_value(element("\"" + std::string(100, 'x') + "\"")) ==
          "\"" + std::string(59, 'x') + "...");
}
