#include "sonda/util/json.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

using namespace sonda;

namespace {
std::string nested_arrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

InvalidInput parse_error(const std::string& text,
                         const Location& where = Location{"in.json", 3, "", ""},
                         std::size_t depth = kMaxJsonDepth) {
    try {
        parse_json(text, where, depth);
    } catch (const InvalidInput& error) {
        return error;
    }
    FAIL("expected InvalidInput for " << text);
    throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("find_invalid_utf8: valid text", "[model][json]") {
    CHECK(find_invalid_utf8("") == std::string_view::npos);
    CHECK(find_invalid_utf8("plain ASCII") == std::string_view::npos);
    CHECK(find_invalid_utf8("Società della Salute Pistoiese") == std::string_view::npos);
    CHECK(find_invalid_utf8("€ 5, 😀, \xF4\x8F\xBF\xBF") ==
          std::string_view::npos);  // up to U+10FFFF
}

TEST_CASE("find_invalid_utf8: each kind of invalid sequence, at its offset", "[model][json]") {
    CHECK(find_invalid_utf8("Societ\xE0") == 6);        // Latin-1 à
    CHECK(find_invalid_utf8("ab\x80") == 2);            // lone continuation byte
    CHECK(find_invalid_utf8("\xFF") == 0);              // never in UTF-8
    CHECK(find_invalid_utf8("x\xC3") == 1);             // truncated at the end
    CHECK(find_invalid_utf8("\xC3(") == 0);             // bad continuation
    CHECK(find_invalid_utf8("\xC0\x80") == 0);          // overlong NUL
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);      // overlong '/'
    CHECK(find_invalid_utf8("ok \xED\xA0\x80") == 3);   // UTF-16 surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
    CHECK(find_invalid_utf8(std::string_view("a\0b", 3)) == std::string_view::npos);
}

TEST_CASE("parse_json: documents of every kind, scalars included", "[model][json]") {
    const Location where{"in.json", 0, "", ""};
    CHECK(parse_json(R"({"a": [1, 2]})", where).type() == typeid(Poco::JSON::Object::Ptr));
    CHECK(parse_json("[1, 2]", where).type() == typeid(Poco::JSON::Array::Ptr));
    CHECK(parse_json("3", where).convert<int>() == 3);
    CHECK(parse_json(" -2.5 ", where).convert<double>() == -2.5);
    CHECK(parse_json("\"città\"", where).extract<std::string>() == "città");
    CHECK(parse_json("true", where).extract<bool>());
    CHECK(parse_json("null", where).isEmpty());
}

TEST_CASE("parse_json: malformed text keeps the caller's location", "[model][json]") {
    const InvalidInput error = parse_error("{\"a\": ");
    REQUIRE(error.issues().size() == 1);
    CHECK(error.issues()[0].where.file == "in.json");
    CHECK(error.issues()[0].where.line == 3);
    CHECK(error.issues()[0].reason.find("malformed JSON") == 0);
    CHECK(error.kind() == ErrorKind::InvalidInput);
    CHECK(error.exit_code() == 2);
    CHECK(parse_error("").issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error("1 2").issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error("1, 2").issues()[0].reason == "malformed JSON: more than one value");
    CHECK(parse_error("1] [2").issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error("{\"a\": 1} x").issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error("{'a': 1}").issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error("[1, 2,]").issues()[0].reason.find("malformed JSON") == 0);
}

TEST_CASE("parse_json: invalid UTF-8 is refused before parsing, with its byte", "[model][json]") {
    const InvalidInput error = parse_error("{\"name\": \"Societ\xE0\"}");
    CHECK(error.issues()[0].reason == "invalid UTF-8 at byte 17 (save the file as UTF-8)");
    CHECK(error.issues()[0].where.line == 3);
}

TEST_CASE("parse_json: nesting is limited", "[model][json]") {
    const Location where{"deep.json", 0, "", ""};
    CHECK_NOTHROW(parse_json(nested_arrays(kMaxJsonDepth), where));
    CHECK(parse_error(nested_arrays(kMaxJsonDepth + 1)).issues()[0].reason.find("malformed JSON") ==
          0);
    // Far deeper than any stack would take without the limit.
    CHECK(parse_error(nested_arrays(100000)).issues()[0].reason.find("malformed JSON") == 0);
    CHECK(parse_error(std::string(100000, '[')).issues()[0].reason.find("malformed JSON") == 0);
    CHECK_NOTHROW(parse_json(nested_arrays(3), where, 3));
    CHECK_THROWS_AS(parse_json(nested_arrays(4), where, 3), InvalidInput);
}

TEST_CASE("parse_json_object: anything but an object is named", "[model][json]") {
    const Location where{"x.json", 0, "$", ""};
    CHECK(parse_json_object(R"({"a": 1})", where)->getValue<int>("a") == 1);
    for (const auto& [text, name] :
         std::vector<std::pair<std::string, std::string>>{{"[1]", "an array"},
                                                          {"\"s\"", "a string"},
                                                          {"5", "a number"},
                                                          {"true", "a boolean"},
                                                          {"null", "null"}}) {
        try {
            parse_json_object(text, where);
            FAIL("no error for " << text);
        } catch (const InvalidInput& error) {
            CHECK(error.issues()[0].reason == "expected a JSON object, found " + name);
            CHECK(error.issues()[0].where.path == "$");
        }
    }
}

TEST_CASE("json_type_name names every JSON type", "[model][json]") {
    const Location where;
    CHECK(json_type_name(parse_json("{}", where)) == "an object");
    CHECK(json_type_name(parse_json("[]", where)) == "an array");
    CHECK(json_type_name(parse_json("\"\"", where)) == "a string");
    CHECK(json_type_name(parse_json("false", where)) == "a boolean");
    CHECK(json_type_name(parse_json("1.5", where)) == "a number");
    CHECK(json_type_name(parse_json("7", where)) == "a number");
    CHECK(json_type_name(parse_json("null", where)) == "null");
}
