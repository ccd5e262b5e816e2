#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
const char* kLikert =
    R"({"id": "sharing_1", "type": "likert", "label": {"it": "Condivisione", "en": "Sharing"},
        "min": 1, "max": 5, "labels": {"1": {"it": "Per niente", "en": "Not at all"}, "5": "Molto"}})";
}

TEST_CASE("likert definition: bounds and point labels are read", "[forms][likert]") {
    Registry registry;
    const Item item = load_item(registry, kLikert);
    CHECK(item.type == "likert");
    CHECK(*item.min == 1);
    CHECK(*item.max == 5);
    REQUIRE(item.scale.size() == 2);
    CHECK(item.scale[0].value == "1");
    CHECK(item.scale[0].label.get("it") == "Per niente");
    CHECK(item.scale[1].label.get("en") == "Molto");
}

TEST_CASE("likert definition: each kind of bad definition is located", "[forms][likert]") {
    Registry registry;
    SECTION("missing min and max") {
        auto issues = definition_issues(registry, R"({"id": "a", "type": "likert", "label": "A"})");
        CHECK(has_issue(issues, "$.items[0].min", "missing 'min'"));
        CHECK(has_issue(issues, "$.items[0].max", "missing 'max'"));
    }
    SECTION("min equal to max") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 3, "max": 3})");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.path == "$.items[0].max");
        CHECK(issues[0].where.file == "test.json");
        CHECK(issues[0].reason == "max (3) must be greater than min (3)");
    }
    SECTION("min above max") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 5, "max": 1})");
        CHECK(has_issue(issues, "$.items[0].max", "must be greater than min"));
    }
    SECTION("more than 11 points") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 0, "max": 11})");
        CHECK(has_issue(issues, "$.items[0].max", "at most 11 points; 0..11 has 12"));
    }
    SECTION("eleven points are fine") {
        CHECK_NOTHROW(load_item(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 0, "max": 10})"));
    }
    SECTION("fractional and non-numeric bounds") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 1.5, "max": "5"})");
        CHECK(has_issue(issues, "$.items[0].min", "must be a whole number"));
        CHECK(has_issue(issues, "$.items[0].max", "must be a number, found a string"));
        CHECK(issues.size() == 2);  // the wrong type is not reported again as missing
    }
    SECTION("bounds beyond what the type holds are refused, never printed wrapped") {
        // 2^63-1 read as a double is 2^63; cast back it printed as -2^63.
        auto issues = definition_issues(registry, R"({"id": "a", "type": "likert", "label": "A",
                           "min": 9223372036854775800, "max": 9223372036854775807})");
        CHECK(has_issue(issues, "$.items[0].max",
                        "must be a whole number from -9007199254740992 to 9007199254740992, "
                        "found 9223372036854775808"));
        CHECK(has_issue(issues, "$.items[0].min", "must be a whole number from"));
        CHECK(all_text(issues).find("-9223372036854775808") == std::string::npos);
        issues =
            definition_issues(registry, R"({"id": "a", "type": "likert", "label": "A", "min": 1,
                           "max": 18446744073709551615})");
        CHECK(has_issue(issues, "$.items[0].max", "must be a whole number from"));
        issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": -9007199254740994,
                           "max": -9007199254740990})");
        CHECK(has_issue(issues, "$.items[0].min", "must be a whole number from"));
    }
    SECTION("labels outside the scale or not points") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 1, "max": 5,
                           "labels": {"0": "zero", "x": "ics", "3": ""}})");
        CHECK(has_issue(issues, "$.items[0].labels.0", "outside the scale 1..5"));
        CHECK(has_issue(issues, "$.items[0].labels.x", "not a point of the scale"));
        CHECK(has_issue(issues, "$.items[0].labels.3", "must not be empty"));
    }
    SECTION("the same point labelled twice") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "likert", "label": "A", "min": 1, "max": 5,
                           "labels": {"3": "tre", "03": "tre ancora"}})");
        CHECK(has_issue(issues, "$.items[0].labels.3", "labelled twice"));
    }
}

TEST_CASE("likert answers: whole points of the scale only", "[forms][likert]") {
    Registry registry;
    const Item item = load_item(registry, kLikert);
    CHECK(answer_issues(registry, item, "1").empty());
    CHECK(answer_issues(registry, item, "5").empty());
    CHECK(answer_issues(registry, item, "4.0").empty());

    auto issues = answer_issues(registry, item, "6");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.sharing_1");
    CHECK(issues[0].where.item == "sharing_1");
    CHECK(issues[0].reason == "6 is outside the scale 1 to 5");
    CHECK(answer_issues(registry, item, "0")[0].reason == "0 is outside the scale 1 to 5");
    CHECK(answer_issues(registry, item, "2.5")[0].reason ==
          "must be a whole number from 1 to 5, found 2.5");
    CHECK(answer_issues(registry, item, "\"3\"")[0].reason ==
          "must be a whole number from 1 to 5, found \"3\"");
    CHECK(answer_issues(registry, item, "true")[0].reason ==
          "must be a whole number from 1 to 5, found true");
    CHECK(answer_issues(registry, item, "[3]").size() == 1);
    CHECK(answer_issues(registry, item, "18446744073709551615").size() == 1);
    CHECK(answer_issues(registry, item, "-9223372036854775808").size() == 1);
    CHECK(answer_issues(registry, item, "1e300").size() == 1);
    // Past 64 bits the parser itself refuses: 2^64+3 was read as 3, a valid point.
    CHECK_THROWS_WITH(json(R"({"sharing_1": 18446744073709551619})"),
                      Catch::Contains("at $.sharing_1 is out of range"));
    CHECK_THROWS_AS(json("1e400"), InvalidInput);
    CHECK(answer_issues(registry, item, "3.0").empty());
    CHECK(answer_issues(registry, item, "3.5").size() == 1);
    CHECK(answer_issues(registry, item, "9223372036854775808").size() == 1);
    CHECK(answer_issues(registry, item, "-9223372036854775808").size() == 1);
}

TEST_CASE("likert definition: point labels as a scale list", "[forms][likert]") {
    Registry registry;
    const Item item =
        load_item(registry, R"({"id": "c", "type": "likert", "label": "C", "min": 1, "max": 3,
        "scale": [{"value": "1", "label": {"it": "Assente", "en": "Absent"}}, {"value": "3", "label": "Ottima"}]})");
    REQUIRE(item.scale.size() == 2);
    CHECK(item.scale[0].label.get("en") == "Absent");
    auto issues = definition_issues(
        registry, R"({"id": "c", "type": "likert", "label": "C", "min": 1, "max": 3,
        "scale": [{"value": "4", "label": "Quattro"}]})");
    CHECK(has_issue(issues, "$.items[0].scale[0].value", "outside the scale 1..3"));
    issues = definition_issues(registry,
                               R"({"id": "c", "type": "likert", "label": "C", "min": 1, "max": 3,
        "labels": {"1": "uno"}, "scale": [{"value": "1", "label": "uno"}]})");
    CHECK(has_issue(issues, "$.items[0].scale", "not both"));
}
