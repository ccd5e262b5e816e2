#include "sonda/util/json.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include "json_syntax.hpp"
#include "sonda/i18n/message_language.hpp"

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

// What a hand-edited study or form file gets wrong, with where: Poco says
// neither line nor column.
TEST_CASE("parse_json: malformed text is placed by line and column, with why", "[model][json]") {
    const auto reason = [](const std::string& text) {
        return parse_error(text).issues()[0].reason;
    };
    CHECK(reason("{\n  \"a\": 1,\n  \"b\": 2,\n}") ==
          "malformed JSON at line 4, column 1: a ',' right before '}': remove it");
    CHECK(reason("{\n  \"a\": 1\n  \"b\": 2\n}") ==
          "malformed JSON at line 3, column 3: expected ',' or '}' after a value in an object, "
          "found '\"' (a ',' missing before it?)");
    CHECK(reason("{'a': 1}") ==
          "malformed JSON at column 2: texts and keys take double quotes (\"), not single "
          "quotes (')");
    CHECK(reason("{\"label\": \"Società\", \"min\": 3,5}") ==
          "malformed JSON at column 31: expected a key in double quotes, found '5'");
    CHECK(reason("{\"città\": è}") ==
          "malformed JSON at column 11: 'è' cannot start a value (a value is a number, a "
          "\"text\", true, false, null, {...} or [...])");
    CHECK(reason("{\"a\": yes}") ==
          "malformed JSON at column 7: unknown word 'yes' (texts take double quotes; the words "
          "JSON knows are true, false and null)");
    CHECK(reason("[01]") ==
          "malformed JSON at column 2: '01' is not a JSON number (numbers take a dot, such as "
          "2.5, and no leading zeros)");
    CHECK(reason("{\"a\": \"x\\q\"}") ==
          "malformed JSON at column 10: a backslash followed by 'q' inside a text (write a "
          "backslash as \\\\)");
    CHECK(reason("{\"a\": \"two\nlines\"}") ==
          "malformed JSON at line 1, column 11: a line break or control character inside a text "
          "(write a line break as \\n)");
    CHECK(reason("{\"a\": \"open}") ==
          "malformed JSON at column 7: a text opened with \" is never closed");
    CHECK(reason("{\"a\": 1} x") ==
          "malformed JSON at column 10: more text after the end of the JSON value");
    CHECK(reason("[1, [2, {\"a\": [3]") ==
          "malformed JSON at column 18: the text ends before the JSON is complete (a closing '}', "
          "']' or '\"' missing?)");
    CHECK(reason(nested_arrays(kMaxJsonDepth + 1)) ==
          "malformed JSON: nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
    {
        const sonda::i18n::MessageLanguage italian("it");
        CHECK(reason("{\n  \"a\": 1,\n}") ==
              "JSON non valido alla riga 3, colonna 1: una ',' subito prima di '}': toglietela");
    }
}

// The reader behind those messages accepts what Poco accepts (it runs only
// on refused text, so a false fault would misplace the message).
TEST_CASE("parse_json: the syntax reader finds no fault in well-formed JSON", "[model][json]") {
    for (const char* text : {"{}", "[]", " [ ] ", "0", "-0.5e+10", "\"\\u00e8\\n\"", "true",
                             "{\"a\": [1, {\"b\": null}, \"c\"], \"d\": {}}", "[[[[]]]]"})
        CHECK_FALSE(sonda::json_detail::find_syntax_fault(text).has_value());
    CHECK(sonda::json_detail::find_syntax_fault(std::string(1000000, '[')).has_value());
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

namespace {
std::string duplicate_reason(const std::string& text) {
    const InvalidInput error = parse_error(text);
    REQUIRE(error.issues().size() == 1);
    return error.issues()[0].reason;
}
}  // namespace

TEST_CASE("parse_json: a repeated key is refused at its JSON path", "[model][json]") {
    CHECK(duplicate_reason(R"({"min_cell": 5, "min_cell": 1})") ==
          R"(duplicate key "min_cell" at $.min_cell (keys must be unique in an object))");
    CHECK(duplicate_reason(R"({"a": 1, "b": {"c": 1, "d": 2, "c": 3}})") ==
          R"(duplicate key "c" at $.b.c (keys must be unique in an object))");
    // Not only when the values are equal, and whatever their types.
    CHECK(duplicate_reason(R"({"x": {"k": [1]}, "x": {"k": [1]}})").find("at $.x ") !=
          std::string::npos);
    CHECK(duplicate_reason(R"({"x": null, "x": "s"})").find("at $.x ") != std::string::npos);
}

TEST_CASE("parse_json: a repeated key inside an array names the element", "[model][json]") {
    CHECK(duplicate_reason(R"({"answers": {"network_map": [{"actor": "a"}, 7, )"
                           R"({"actor": "b", "ring": 1, "actor": "c"}]}})") ==
          R"(duplicate key "actor" at $.answers.network_map[2].actor )"
          R"((keys must be unique in an object))");
    CHECK(duplicate_reason(R"([[], [{"a": 1}, {"a": 1, "a": 2}]])").find("at $[1][1].a ") !=
          std::string::npos);
}

TEST_CASE("parse_json: the same key in different objects is fine", "[model][json]") {
    const Location where{"in.json", 0, "", ""};
    CHECK_NOTHROW(parse_json(R"([{"actor": "a", "ring": 1}, {"actor": "b", "ring": 2}])", where));
    CHECK_NOTHROW(parse_json(R"({"a": {"a": {"a": 1}}, "b": {"a": 2}})", where));
    CHECK_NOTHROW(parse_json(R"({"x": {"k": 1}, "y": {"k": 2, "z": {"k": 3}}, "k": 4})", where));
    // Keys differing in case, or only by a prefix, are different keys.
    CHECK_NOTHROW(parse_json(R"({"key": 1, "Key": 2, "ke": 3, "key ": 4})", where));
    const Poco::JSON::Object::Ptr object =
        parse_json_object(R"({"a": {"k": 1}, "b": [{"k": 2}], "c": 3})", where);
    CHECK(object->getObject("a")->getValue<int>("k") == 1);
    CHECK(object->getArray("b")->getObject(0)->getValue<int>("k") == 2);
    CHECK(object->getValue<int>("c") == 3);
}

TEST_CASE("parse_json: large objects, awkward keys, the caller's location", "[model][json]") {
    // Past the handler's linear search: the duplicate far from the first.
    std::string many = "{";
    for (int i = 0; i < 200; ++i)
        many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
    CHECK_NOTHROW(parse_json(many + "\"end\": 0}", Location{}));
    CHECK(duplicate_reason("{\"inner\": " + many + "\"k3\": 0}}") ==
          R"(duplicate key "k3" at $.inner.k3 (keys must be unique in an object))");
    CHECK(duplicate_reason(many + "\"end\": 0, \"end\": 1}").find("at $.end ") !=
          std::string::npos);

    // Keys that are not plain words are quoted in the path as elsewhere.
    CHECK(duplicate_reason(R"({"a b": {"x\"y": 1, "x\"y": 2}})") ==
          R"(duplicate key "x\"y" at $["a b"]["x\"y"] (keys must be unique in an object))");
    CHECK(duplicate_reason(R"({"": 1, "": 2})") ==
          R"(duplicate key "" at $[""] (keys must be unique in an object))");
    CHECK(duplicate_reason(R"({"città": 1, "città": 2})").find("at $[\"città\"] ") !=
          std::string::npos);
    CHECK(duplicate_reason("{\"a\\nb\": 1, \"a\\nb\": 2}").find("duplicate key \"a\\u000ab\" at") ==
          0);

    const InvalidInput error = parse_error(R"({"a": 1, "a": 2})", Location{"s.json", 4, "$", "q"});
    CHECK(error.kind() == ErrorKind::InvalidInput);
    CHECK(error.issues()[0].where.file == "s.json");
    CHECK(error.issues()[0].where.line == 4);
    CHECK(error.issues()[0].where.path == "$");
    CHECK(error.issues()[0].where.item == "q");
    CHECK_THROWS_AS(parse_json_object(R"({"a": 1, "a": 2})", Location{}), InvalidInput);
}

TEST_CASE("parse_json: a parser that refused a duplicate parses the next document",
          "[model][json]") {
    const Location where;
    for (int i = 0; i < 3; ++i) {
        CHECK_THROWS_AS(parse_json(R"({"a": [{"b": 1, "b": 2}]})", where), InvalidInput);
        CHECK(parse_json_object(R"({"a": [{"b": 1}], "b": 2})", where)->getValue<int>("b") == 2);
    }
}
