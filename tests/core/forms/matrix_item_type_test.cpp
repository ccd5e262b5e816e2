#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
// The team-expectations grid: specialised services x the four facets of the report.
const char* kExpectations = R"({"id": "expectations", "type": "matrix",
    "label": {"it": "Cosa chiedo ai servizi specialistici", "en": "What I ask of the specialised services"},
    "rows": [{"value": "counselling", "label": {"it": "Consultorio", "en": "Counselling"}},
             {"value": "addiction", "label": {"it": "SerD", "en": "Addiction service"}},
             {"value": "mental_health", "label": {"it": "Salute mentale", "en": "Mental health"}},
             {"value": "neuropsychiatry", "label": {"it": "Neuropsichiatria", "en": "Neuropsychiatry"}}],
    "columns": [{"value": "what_i_ask", "label": "Cosa chiedo"},
                {"value": "involvement", "label": "Modalità di coinvolgimento"},
                {"value": "tools", "label": "Strumenti"},
                {"value": "concerns", "label": "Preoccupazioni e aspettative"}],
    "cell": {"type": "text_list", "max_entries": 2, "max_length": 200}})";
const char* kRating = R"({"id": "rating", "type": "matrix", "label": "Collaborazione",
    "rows": [{"value": "counselling", "label": "Consultorio"}, {"value": "addiction", "label": "SerD"}],
    "columns": [{"value": "now", "label": "Oggi"}],
    "cell": {"type": "likert", "min": 1, "max": 4}})";
}  // namespace

TEST_CASE("matrix definition: rows, columns and the cell's keys", "[forms][matrix]") {
    Registry registry;
    const Item item = load_item(registry, kExpectations);
    CHECK(item.rows.size() == 4);
    CHECK(item.columns.size() == 4);
    CHECK(item.cell_type == "text_list");
    CHECK(item.max_entries == 2);
    CHECK(item.max_length == 200);
    CHECK(item.rows[1].label.get("en") == "Addiction service");
    const Item rating = load_item(registry, kRating);
    CHECK(rating.cell_type == "likert");
    CHECK(*rating.max == 4);
}

TEST_CASE("matrix definition: each kind of bad definition is located", "[forms][matrix]") {
    Registry registry;
    SECTION("nothing but the generic keys") {
        auto issues = definition_issues(registry, R"({"id": "m", "type": "matrix", "label": "M"})");
        CHECK(has_issue(issues, "$.items[0].rows", "missing 'rows'"));
        CHECK(has_issue(issues, "$.items[0].columns", "missing 'columns'"));
        CHECK(has_issue(issues, "$.items[0].cell", "missing 'cell'"));
    }
    SECTION("a cell type that cannot be a cell") {
        auto issues = definition_issues(registry, R"({"id": "m", "type": "matrix", "label": "M",
            "rows": [{"value": "r", "label": "R"}], "columns": [{"value": "c", "label": "C"}],
            "cell": {"type": "matrix"}})");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.path == "$.items[0].cell.type");
        CHECK(issues[0].reason ==
              "a matrix cell cannot be of type 'matrix'; it may be choice, likert, number, text, "
              "text_list");
    }
    SECTION("the cell's own keys are checked by the cell's type") {
        auto issues = definition_issues(registry, R"({"id": "m", "type": "matrix", "label": "M",
            "rows": [{"value": "r", "label": "R"}, {"value": "r", "label": "R2"}], "columns": [],
            "cell": {"type": "likert", "min": 4, "max": 2}})");
        CHECK(has_issue(issues, "$.items[0].cell.max", "must be greater than min"));
        CHECK(has_issue(issues, "$.items[0].rows[1].value", "duplicate value 'r'"));
        CHECK(has_issue(issues, "$.items[0].columns", "at least one"));
    }
    SECTION("a cell without a type") {
        auto issues = definition_issues(registry, R"({"id": "m", "type": "matrix", "label": "M",
            "rows": [{"value": "r", "label": "R"}], "columns": [{"value": "c", "label": "C"}], "cell": {}})");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.path == "$.items[0].cell.type");
    }
}

TEST_CASE("matrix answers: services x facets of text lists", "[forms][matrix]") {
    Registry registry;
    const Item item = load_item(registry, kExpectations);
    CHECK(answer_issues(registry, item, R"({
        "counselling": {"what_i_ask": ["Un referente stabile e raggiungibile"], "tools": ["Protocollo d'intesa"]},
        "addiction": {"concerns": ["Continuità della presa in carico"]},
        "mental_health": null})")
              .empty());

    auto issues = answer_issues(registry, item, R"({
        "counselling": {"what_i_ask": ["a", "b", "c"], "wishes": ["x"]},
        "school": {"tools": ["x"]},
        "addiction": ["x"],
        "neuropsychiatry": {"tools": "Banca dati comune"}})");
    CHECK(has_issue(issues, "$.answers.expectations.counselling.what_i_ask",
                    "has 3 entries; at most 2"));
    CHECK(has_issue(issues, "$.answers.expectations.counselling.wishes",
                    "'wishes' is not a column of the matrix; columns are what_i_ask, involvement, "
                    "tools, concerns"));
    CHECK(has_issue(issues, "$.answers.expectations.school",
                    "'school' is not a row of the matrix; rows are counselling, addiction, "
                    "mental_health, neuropsychiatry"));
    CHECK(
        has_issue(issues, "$.answers.expectations.addiction", "must be an object {column: value}"));
    CHECK(has_issue(issues, "$.answers.expectations.neuropsychiatry.tools",
                    "must be an array of texts"));
    CHECK(issues.size() == 5);
    for (const Issue& issue : issues) CHECK(issue.where.item == "expectations");
    CHECK(answer_issues(registry, item, R"(["x"])")[0].reason.find(
              "must be an object {row: {column: value}}") == 0);
}

TEST_CASE("matrix answers: entry paths inside a cell and likert cells", "[forms][matrix]") {
    Registry registry;
    const Item item = load_item(registry, kExpectations);
    auto issues = answer_issues(registry, item, R"({"counselling": {"tools": ["ok", ""]}})");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.expectations.counselling.tools[1]");

    const Item rating = load_item(registry, kRating);
    CHECK(answer_issues(registry, rating, R"({"counselling": {"now": 4}, "addiction": {"now": 1}})")
              .empty());
    issues = answer_issues(registry, rating, R"({"counselling": {"now": 5}})");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.rating.counselling.now");
    CHECK(issues[0].reason == "5 is outside the scale 1 to 4");
}

TEST_CASE("matrix definition: the flat form with cell_type on the item", "[forms][matrix]") {
    Registry registry;
    const Item item =
        load_item(registry, R"({"id": "expectations", "type": "matrix", "cell_type": "text_list",
        "label": "E", "max_entries": 20, "max_length": 1000,
        "rows": [{"value": "counselling", "label": "Consultorio"}], "columns": [{"value": "ask", "label": "Chiedo"}]})");
    CHECK(item.cell_type == "text_list");
    CHECK(item.max_entries == 20);
    CHECK(item.max_length == 1000);
    CHECK(answer_issues(registry, item, R"({"counselling": {"ask": ["Un referente"]}})").empty());

    const Item rating =
        load_item(registry, R"({"id": "r", "type": "matrix", "cell_type": "number", "integer": true,
        "label": "R", "rows": [{"value": "a", "label": "A"}], "columns": [{"value": "b", "label": "B"}]})");
    CHECK(has_issue(answer_issues(registry, rating, R"({"a": {"b": 1.5}})"), "$.answers.r.a.b",
                    "whole number"));

    auto issues = definition_issues(
        registry, R"({"id": "m", "type": "matrix", "cell_type": "slider", "label": "M",
        "rows": [{"value": "r", "label": "R"}], "columns": [{"value": "c", "label": "C"}]})");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.items[0].cell_type");
    issues = definition_issues(registry,
                               R"({"id": "m", "type": "matrix", "cell_type": "text", "label": "M",
        "cell": {"type": "text"}, "rows": [{"value": "r", "label": "R"}], "columns": [{"value": "c", "label": "C"}]})");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.items[0].cell_type");
    CHECK(issues[0].reason.find("not both") != std::string::npos);
    issues = definition_issues(
        registry, R"({"id": "m", "type": "matrix", "cell_type": "likert", "min": 3, "max": 1,
        "label": "M", "rows": [{"value": "r", "label": "R"}], "columns": [{"value": "c", "label": "C"}]})");
    CHECK(has_issue(issues, "$.items[0].max", "must be greater than min"));
}
