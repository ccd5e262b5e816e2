#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

TEST_CASE("number definition: bounds and the integer flag", "[forms][number]") {
    Registry registry;
    const Item item = load_item(
        registry, R"({"id": "hours", "type": "number", "label": "Ore", "min": 0, "max": 37.5})");
    CHECK(*item.min == 0);
    CHECK(*item.max == 37.5);
    CHECK_NOTHROW(load_item(registry, R"({"id": "free", "type": "number", "label": "Libero"})"));

    auto issues = definition_issues(
        registry,
        R"({"id": "a", "type": "number", "label": "A", "min": 10, "max": 2, "integer": 1})");
    CHECK(has_issue(issues, "$.items[0].max", "max (2) must be greater than min (10)"));
    CHECK(has_issue(issues, "$.items[0].integer", "must be true or false, found a number"));
    CHECK(issues.size() == 2);
    CHECK(has_issue(
        definition_issues(registry, R"({"id": "a", "type": "number", "label": "A", "min": "0"})"),
        "$.items[0].min", "must be a number, found a string"));
    // Whole-number bounds a double cannot hold exactly are refused, not rounded.
    issues = definition_issues(registry, R"({"id": "a", "type": "number", "label": "A",
        "integer": true, "min": 0, "max": 9223372036854775807})");
    CHECK(has_issue(issues, "$.items[0].max",
                    "must be from -9007199254740992 to 9007199254740992 for whole numbers"));
    CHECK_NOTHROW(load_item(registry, R"({"id": "a", "type": "number", "label": "A",
        "integer": true, "min": -9007199254740992, "max": 9007199254740992})"));
}

TEST_CASE("number answers: numbers in range, whole when asked", "[forms][number]") {
    Registry registry;
    const Item hours = load_item(
        registry, R"({"id": "hours", "type": "number", "label": "Ore", "min": 0, "max": 37.5})");
    CHECK(answer_issues(registry, hours, "0").empty());
    CHECK(answer_issues(registry, hours, "37.5").empty());
    CHECK(answer_issues(registry, hours, "12.25").empty());
    CHECK(answer_issues(registry, hours, "-1")[0].reason == "-1 is below the minimum 0");
    CHECK(answer_issues(registry, hours, "38")[0].reason == "38 is above the maximum 37.5");
    CHECK(answer_issues(registry, hours, "\"12\"")[0].reason == "must be a number, found \"12\"");
    CHECK(answer_issues(registry, hours, "false")[0].reason == "must be a number, found false");

    const Item people = load_item(
        registry, R"({"id": "people", "type": "number", "label": "Persone", "integer": true})");
    CHECK(answer_issues(registry, people, "12").empty());
    CHECK(answer_issues(registry, people, "12.0").empty());
    auto issues = answer_issues(registry, people, "12.5");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.people");
    CHECK(issues[0].reason == "must be a whole number, found 12.5");

    // Integers a double cannot hold exactly are refused, not stored to be
    // rounded (or to fail an export) later.
    const Item free = load_item(registry, R"({"id": "free", "type": "number", "label": "F"})");
    CHECK(answer_issues(registry, free, "9007199254740992").empty());
    CHECK(answer_issues(registry, free, "1e300").empty());  // a double, as written
    CHECK(answer_issues(registry, free, "9007199254740993")[0].reason ==
          "must lie within -9007199254740992..9007199254740992 to be held exactly, found "
          "9007199254740993");
    CHECK(answer_issues(registry, free, "18446744073709551615").size() == 1);
    CHECK(answer_issues(registry, free, "-9223372036854775808").size() == 1);
    CHECK(answer_issues(registry, people, "18446744073709551615").size() == 1);
}
