#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
const char* kRole = R"({"id": "role", "type": "choice", "label": "Ruolo",
    "choices": [{"value": "social", "label": {"it": "Servizio sociale", "en": "Social service"}},
                {"value": "employment", "label": {"it": "Centro per l'impiego", "en": "Employment centre"}},
                {"value": "third_sector", "label": "Cooperativa"}]})";
const char* kTools = R"({"id": "tools", "type": "choice", "label": "Strumenti", "multiple": true,
    "choices": [{"value": "protocol", "label": "Protocollo"}, {"value": "database", "label": "Banca dati"},
                {"value": "meetings", "label": "Riunioni"}]})";
}  // namespace

TEST_CASE("choice definition: choices are read in order", "[forms][choice]") {
    Registry registry;
    const Item item = load_item(registry, kRole);
    REQUIRE(item.choices.size() == 3);
    CHECK(item.choices[1].value == "employment");
    CHECK(item.choices[1].label.get("it") == "Centro per l'impiego");
    CHECK_FALSE(item.multiple);
    CHECK(load_item(registry, kTools).multiple);
}

TEST_CASE("choice definition: each kind of bad definition is located", "[forms][choice]") {
    Registry registry;
    SECTION("no choices") {
        auto issues = definition_issues(registry, R"({"id": "a", "type": "choice", "label": "A"})");
        REQUIRE(issues.size() == 1);
        CHECK(has_issue(issues, "$.items[0].choices", "missing 'choices'"));
    }
    SECTION("empty list") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "choice", "label": "A", "choices": []})");
        CHECK(has_issue(issues, "$.items[0].choices", "at least one"));
    }
    SECTION("duplicate values, missing label, bad values") {
        auto issues =
            definition_issues(registry, R"({"id": "a", "type": "choice", "label": "A", "choices": [
            {"value": "x", "label": "X"}, {"value": "x", "label": "X again"}, {"value": "y"},
            {"value": "a|b", "label": "bar"}, {"value": " z", "label": "space"}, {"value": 3, "label": "three"},
            "plain"]})");
        CHECK(has_issue(issues, "$.items[0].choices[1].value",
                        "duplicate value 'x' (also at $.items[0].choices[0])"));
        CHECK(has_issue(issues, "$.items[0].choices[2].label", "missing 'label'"));
        CHECK(has_issue(issues, "$.items[0].choices[3].value", "contains '|'"));
        CHECK(has_issue(issues, "$.items[0].choices[4].value", "white space"));
        CHECK(has_issue(issues, "$.items[0].choices[5].value", "must be a string, found a number"));
        CHECK(has_issue(issues, "$.items[0].choices[6]", "must be an object"));
    }
    SECTION("multiple not a boolean") {
        auto issues = definition_issues(
            registry, R"({"id": "a", "type": "choice", "label": "A", "multiple": "yes",
            "choices": [{"value": "x", "label": "X"}]})");
        CHECK(has_issue(issues, "$.items[0].multiple", "must be true or false, found a string"));
    }
}

TEST_CASE("choice answers: single", "[forms][choice]") {
    Registry registry;
    const Item item = load_item(registry, kRole);
    CHECK(answer_issues(registry, item, R"("social")").empty());
    auto issues = answer_issues(registry, item, R"("Social service")");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.role");
    CHECK(issues[0].reason ==
          "'Social service' is not one of the values social, employment, third_sector");
    CHECK(answer_issues(registry, item, R"(["social"])")[0].reason.find(
              "must be one of the values") == 0);
    CHECK(answer_issues(registry, item, "1").size() == 1);
}

TEST_CASE("choice answers: multiple", "[forms][choice]") {
    Registry registry;
    const Item item = load_item(registry, kTools);
    CHECK(answer_issues(registry, item, R"(["protocol", "meetings"])").empty());
    CHECK(answer_issues(registry, item, R"([])").empty());
    auto issues = answer_issues(registry, item, R"(["protocol", "protocol", "email", 4])");
    CHECK(has_issue(issues, "$.answers.tools[1]", "chosen twice"));
    CHECK(has_issue(issues, "$.answers.tools[2]",
                    "'email' is not one of the values protocol, database, meetings"));
    CHECK(has_issue(issues, "$.answers.tools[3]", "must be a value (a string), found 4"));
    CHECK(issues.size() == 3);
    CHECK(has_issue(answer_issues(registry, item, R"("protocol")"), "$.answers.tools",
                    "must be an array of values"));
}
