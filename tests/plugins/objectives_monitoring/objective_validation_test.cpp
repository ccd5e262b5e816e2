#include <catch2/catch.hpp>

#include "form_fixture.hpp"
#include "objectives_monitoring/objective.hpp"
#include "objectives_monitoring/objective_list_type.hpp"
#include "suite_registry.hpp"

using namespace sonda;
using namespace sonda::objectives;

namespace {

std::vector<Issue> issues_of(const std::string& answer_json, std::size_t max_entries = 50) {
    Item item;
    item.id = "objectives";
    item.type = "objective_list";
    item.max_entries = max_entries;
    std::vector<Issue> issues;
    ObjectiveListType().validate_answer(item, parse_json(answer_json, Location{}), issues);
    return issues;
}

std::string texts(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

std::string entry(const std::string& id, const std::string& status, const std::string& progress,
                  const std::string& extra = "") {
    return R"({"id": ")" + id +
           R"(", "title": "Systems interoperability", "dimension": "integration",
               "owner": "social_service", "status": ")" +
           status + R"(", "progress": )" + progress + extra + "}";
}

}  // namespace

TEST_CASE("[objectives-monitoring] a well-formed list passes and parses") {
    const std::string answer =
        "[" +
        entry("interop", "in_progress", "40",
              R"(, "target_date": "2024-02-29", "evidence": "Bozza inviata")") +
        ", " + entry("formal", "achieved", "100") + "]";
    CHECK(issues_of(answer).empty());
    std::vector<Issue> issues;
    const auto objectives =
        parse_objectives(parse_json(answer, Location{}), "objectives", {}, issues);
    REQUIRE(objectives.size() == 2);
    CHECK(objectives[0].target_date == std::string("2024-02-29"));
    CHECK(objectives[0].evidence == std::string("Bozza inviata"));
    CHECK(objectives[0].progress == 40);
    CHECK_FALSE(objectives[1].target_date);
}

TEST_CASE("[objectives-monitoring] an unknown status names the objective and the valid ones") {
    const auto issues = issues_of("[" + entry("interop", "done", "40") + "]");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].to_string() ==
          "$.answers.objectives[0].status: item objectives: objective [0] 'interop': unknown "
          "status 'done'; "
          "expected planned, in_progress, achieved or dropped");
}

TEST_CASE("[objectives-monitoring] progress outside 0-100 is refused") {
    const auto issues = issues_of(
        "[" + entry("a", "planned", "0") + ", " + entry("b", "in_progress", "120") + ", " +
        entry("c", "in_progress", "-5") + ", " + entry("d", "in_progress", "\"50\"") + "]");
    INFO(texts(issues));
    REQUIRE(issues.size() == 3);
    CHECK(issues[0].to_string() ==
          "$.answers.objectives[1].progress: item objectives: objective [1] 'b': progress 120 is "
          "outside 0-100");
    CHECK(issues[1].reason == "objective [2] 'c': progress -5 is outside 0-100");
    CHECK(issues[2].reason ==
          "objective [3] 'd': 'progress' must be a number from 0 to 100, found a string");
}

TEST_CASE("[objectives-monitoring] a duplicate objective id is refused with both positions") {
    const auto issues =
        issues_of("[" + entry("interop", "planned", "0") + ", " + entry("other", "planned", "0") +
                  ", " + entry("interop", "in_progress", "10") + "]");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].to_string() ==
          "$.answers.objectives[2].id: item objectives: objective [2] 'interop': duplicate id "
          "'interop' "
          "(also objective [0]); each objective needs its own id");
}

TEST_CASE("[objectives-monitoring] achieved with progress below 100 is a contradiction") {
    const auto issues = issues_of("[" + entry("x", "achieved", "80") + "]");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason ==
          "objective [0] 'x': status achieved with progress 80: an achieved objective has progress "
          "100 "
          "(set progress to 100, or the status to in_progress)");
}

TEST_CASE("[objectives-monitoring] dates, dimensions, owners and keys are checked") {
    const auto issues = issues_of(
        R"([{"id": "x", "title": "T", "dimension": "networking", "owner": "  ", "status": "planned",
             "progress": 0, "target_date": "2024-02-30", "deadline": "soon"},
            {"title": "No id", "dimension": "sharing", "owner": "ss", "status": "planned", "progress": 0},
            {"id": "bad id!", "title": "T", "dimension": "sharing", "owner": "ss", "status": "planned", "progress": 0},
            "just a text",
            {"id": "y", "title": "T", "dimension": "sharing", "owner": "ss", "status": "planned",
             "progress": 0, "target_date": "31/12/2024"}])");
    INFO(texts(issues));
    REQUIRE(issues.size() == 8);
    CHECK(issues[0].reason ==
          "objective [0] 'x': unknown key 'deadline' (expected id, title, dimension, owner, "
          "target_date, "
          "status, progress, evidence)");
    CHECK(issues[1].reason ==
          "objective [0] 'x': unknown dimension 'networking'; expected sharing, integration, "
          "consolidation_development or capacity_building");
    CHECK(issues[2].reason ==
          "objective [0] 'x': 'owner' is empty (the service or role that carries it)");
    CHECK(issues[3].to_string() ==
          "$.answers.objectives[0].target_date: item objectives: objective [0] 'x': target_date "
          "'2024-02-30' is not a date written YYYY-MM-DD");
    CHECK(issues[4].to_string() ==
          "$.answers.objectives[1].id: item objectives: objective [1]: missing 'id' (a stable id "
          "that "
          "names the objective in every wave)");
    CHECK(issues[5].reason ==
          "objective [2] 'bad id!': id 'bad id!' must be 1-64 characters of letters, digits, '-', "
          "'_' or '.'");
    CHECK(issues[6].to_string() ==
          "$.answers.objectives[3]: item objectives: objective [3]: must be an object, found a "
          "string");
    CHECK(issues[7].reason ==
          "objective [4] 'y': target_date '31/12/2024' is not a date written YYYY-MM-DD");
}

TEST_CASE("[objectives-monitoring] the answer must be an array within max_entries") {
    auto issues = issues_of(R"({"id": "x"})");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].to_string() ==
          "$.answers.objectives: item objectives: must be an array of objectives, found an object");
    issues =
        issues_of("[" + entry("a", "planned", "0") + ", " + entry("b", "planned", "0") + "]", 1);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason == "2 objectives, more than the 1 this item accepts");
}

TEST_CASE("[objectives-monitoring] calendar dates") {
    CHECK(is_iso_date("2024-02-29"));
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));
    CHECK_FALSE(is_iso_date("2024-13-01"));
    CHECK_FALSE(is_iso_date("2024-04-31"));
    CHECK_FALSE(is_iso_date("2024-4-01"));
    CHECK_FALSE(is_iso_date("2024-04-01T00"));
}

TEST_CASE(
    "[objectives-monitoring] an objective_list definition with other types' keys is refused") {
    // Through the real form loader: the item type's check is part of loading a form.
    try {
        test::form_from_json(
            R"({"id": "f", "version": 1, "title": "t", "plugin": "objectives-monitoring", "items": [
                {"id": "objectives", "type": "objective_list", "label": "o",
                 "rows": [{"value": "a", "label": "A"}]}]})",
            test::objective_types_registry());
        FAIL("the form loaded");
    } catch (const InvalidInput& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues()[0].to_string() ==
              "test-form.json: $.items[0].rows: item objectives: an objective_list item has no "
              "'rows'; "
              "its objectives carry their own dimension, status and progress");
    }
}

TEST_CASE("[objectives-monitoring] numbers past 64 bits never wrap into a valid progress") {
    // 2^64+50 was parsed as 50, a valid progress.
    CHECK_THROWS_WITH(
        issues_of("[" + entry("interop", "in_progress", "18446744073709551666") + "]"),
        Catch::Contains("at $[0].progress is out of range"));
    CHECK_THROWS_AS(issues_of("[" + entry("interop", "in_progress", "1e400") + "]"), InvalidInput);
    CHECK(texts(issues_of("[" + entry("interop", "in_progress", "18446744073709551615") + "]"))
              .find("is outside 0-100") != std::string::npos);
}

TEST_CASE("[objectives-monitoring] control characters are refused in every text field") {
    for (const char* field : {"id", "title", "owner", "evidence"}) {
        INFO(field);
        const std::string extra = std::string(R"(, ")") + field + R"(": "bad\u001b[2J")";
        std::string answer = "[" + entry("interop", "in_progress", "40", extra) + "]";
        // The entry's own key comes first: replace it rather than repeat it.
        if (std::string(field) != "evidence") {
            answer = "[" + entry("interop", "in_progress", "40") + "]";
            const std::string key = std::string("\"") + field + "\": \"";
            const std::size_t at = answer.find(key) + key.size();
            answer.insert(at, "bad\\u001b[2J");
        }
        const std::string text = texts(issues_of(answer));
        CHECK(text.find(std::string(".") + field) != std::string::npos);
        CHECK(text.find("U+001B") != std::string::npos);
        CHECK(text.find('\x1b') == std::string::npos);
    }
    // Evidence is a free text: it may span lines, but the title may not.
    CHECK(issues_of("[" + entry("interop", "in_progress", "40", R"(, "evidence": "a\nb")") + "]")
              .empty());
    CHECK(texts(issues_of(R"([{"id": "x", "title": "two\nlines", "dimension": "integration",
        "owner": "o", "status": "planned", "progress": 0}])"))
              .find("single-line") != std::string::npos);
}
