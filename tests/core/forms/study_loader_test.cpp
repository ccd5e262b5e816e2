#include "sonda/forms/study_loader.hpp"

#include "forms_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
const char* kMinimal = R"({"id": "s", "title": "S", "territories": [{"id": "t", "name": "T"}],
    "roles": [{"id": "r", "name": "R"}], "services": [], "waves": [{"id": "w", "date": "2024-02-29"}]})";
}

TEST_CASE("study loader: the demo study, waves ordered by date", "[forms][study]") {
    const Study study = load_study_file(data_path("study/demo_study.json"));
    CHECK(study.id == "reticulate-tuscany");
    CHECK(study.min_cell == 3);
    CHECK(study.languages == std::vector<std::string>{"it", "en"});
    REQUIRE(study.territories.size() == 4);
    CHECK(study.territory("pistoia")->name.get("it") == "Società della Salute Pistoiese");
    CHECK(study.territory("livorno")->name.get("en") == "Municipality of Livorno");
    CHECK(study.roles.size() == 3);
    CHECK(study.service("neuropsychiatry")->name.get("it") == "Neuropsichiatria infantile");
    REQUIRE(study.waves.size() == 3);
    CHECK(study.waves[0].id == "w1");
    CHECK(study.waves[0].order == 1);
    CHECK(study.waves[1].id == "w2");
    CHECK(study.waves[1].order == 2);
    CHECK(study.waves[1].label.get("it") == "Secondo laboratorio");
    CHECK(study.waves[2].id == "w3");
    CHECK(study.waves[2].label.empty());
}

TEST_CASE("study loader: explicit orders win over dates, defaults", "[forms][study]") {
    const Study study =
        load_study_json(R"({"id": "s", "title": "S", "territories": [{"id": "t", "name": "T"}],
        "roles": [{"id": "r", "name": "R"}], "services": [],
        "waves": [{"id": "late", "date": "2020-01-01", "order": 2}, {"id": "early", "date": "2024-01-01", "order": 1}]})",
                        "s.json");
    CHECK(study.waves[0].id == "early");
    CHECK(study.waves[1].id == "late");
    const Study minimal = load_study_json(kMinimal, "s.json");
    CHECK(minimal.min_cell == 5);
    CHECK(minimal.languages == std::vector<std::string>{"it", "en"});
    CHECK(minimal.waves[0].date == "2024-02-29");  // a leap day
}

TEST_CASE("study loader: a wave order is never narrowed into another order", "[forms][study]") {
    // 2^32+1 narrowed to int is 1: it was reported as a clash with the wave of order 1.
    const auto issues = issues_thrown([] {
        load_study_json(R"({"id": "s", "title": "S", "territories": [{"id": "t", "name": "T"}],
        "roles": [{"id": "r", "name": "R"}], "services": [],
        "waves": [{"id": "a", "date": "2020-01-01", "order": 4294967297},
                  {"id": "b", "date": "2024-01-01", "order": 1},
                  {"id": "c", "date": "2024-02-01", "order": 18446744073709551615}]})",
                        "s.json");
    });
    REQUIRE(issues.size() == 2);
    // 2^64+5 was read as a min_cell of 5.
    CHECK(issues_thrown([] {
              load_study_json(R"({"id": "s", "title": "S", "min_cell": 18446744073709551621})",
                              "s.json");
          })[0]
              .reason.find("at $.min_cell is out of range") != std::string::npos);
    CHECK(issues[0].where.path == "$.waves[0].order");
    CHECK(issues[0].reason == "must be a whole number from 1 to 1000000, found 4294967297");
    CHECK(issues[1].where.path == "$.waves[2].order");
    CHECK(issues[1].reason.find("must be a whole number from -9007199254740992 to "
                                "9007199254740992, found 18446744073709551615") == 0);
}

TEST_CASE("study loader: every issue of a bad study, with JSON paths", "[forms][study]") {
    const std::string file = data_path("study/bad_study.json");
    const auto issues = issues_thrown([&] { load_study_file(file); });
    INFO(all_text(issues));
    for (const Issue& issue : issues) CHECK(issue.where.file == file);
    CHECK(has_issue(issues, "$.teritories",
                    "unknown key 'teritories' (expected id, title, languages, min_cell, "
                    "territories, roles, services, waves, respondent_code)"));
    CHECK(has_issue(issues, "$.id", "'Study One' is not a valid study id"));
    CHECK(has_issue(issues, "$.title", "must not be empty"));
    CHECK(has_issue(issues, "$.min_cell", "must be a whole number from 1 to 1000, found 0"));
    CHECK(has_issue(issues, "$.territories", "missing 'territories'"));
    CHECK(has_issue(issues, "$.roles[1].id", "duplicate role id 'social' (also at $.roles[0])"));
    CHECK(has_issue(issues, "$.roles[2].nome", "unknown key 'nome' (expected id, name)"));
    CHECK(has_issue(issues, "$.roles[2].name", "missing 'name'"));
    CHECK(has_issue(issues, "$.services", "must be an array, found a string"));
    CHECK(has_issue(issues, "$.waves[0].date", "'2023-02-30' is not a date written YYYY-MM-DD"));
    CHECK(has_issue(issues, "$.waves[1].date", "'05/03/2024' is not a date written YYYY-MM-DD"));
    CHECK(has_issue(issues, "$.waves[1].order", "order 1 is also given at $.waves[0]"));
    CHECK(has_issue(issues, "$.waves[2]", "has no 'order' while other waves have one"));
    CHECK(issues.size() == 13);
}

TEST_CASE("study loader: dates must exist", "[forms][study]") {
    for (const char* date : {"2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "0000-01-01",
                             "2024-1-01", "2024-01-01T00:00"}) {
        std::string text = kMinimal;
        text.replace(text.find("2024-02-29"), 10, date);
        auto issues = issues_thrown([&] { load_study_json(text, "s.json"); });
        CHECK(has_issue(issues, "$.waves[0].date", "is not a date written YYYY-MM-DD"));
    }
}

TEST_CASE("study loader: malformed files and the JSON guard", "[forms][study]") {
    CHECK(issues_thrown([] { load_study_json("{\"id\": ", "s.json"); })[0].reason.find(
              "malformed JSON") == 0);
    CHECK(issues_thrown([] { load_study_json("{\"id\": \"caf\xC3\"}", "s.json"); })[0].reason ==
          "invalid UTF-8 at byte 12 (save the file as UTF-8)");
    CHECK(issues_thrown([] { load_study_file("/no/such/study.json"); })[0].reason ==
          "cannot read the study file: the file does not exist");
    // `init --study /dev/zero` read until memory ran out: the limit holds while reading.
    CHECK(issues_thrown([] { load_study_file("/dev/zero"); })[0].reason ==
          "the study file is more than 16777216 bytes long; at most 16777216 are accepted");
}

TEST_CASE("study loader: study_to_json is the inverse", "[forms][study]") {
    const Study study = load_study_file(data_path("study/demo_study.json"));
    const std::string text = study_to_json(study);
    CHECK(text.find("Società della Salute Pistoiese") !=
          std::string::npos);                                      // UTF-8, not \u escapes
    CHECK(text.find("\n  \"territories\"") != std::string::npos);  // pretty printed
    CHECK(text.find("\"id\"") < text.find("\"title\""));           // in file order
    const Study again = load_study_json(text, "again.json");
    CHECK(study_to_json(again) == text);
    CHECK(again.id == study.id);
    CHECK(again.min_cell == study.min_cell);
    REQUIRE(again.waves.size() == study.waves.size());
    for (std::size_t i = 0; i < study.waves.size(); ++i) {
        CHECK(again.waves[i].id == study.waves[i].id);
        CHECK(again.waves[i].order == study.waves[i].order);
        CHECK(again.waves[i].date == study.waves[i].date);
        CHECK(again.waves[i].label.all() == study.waves[i].label.all());
    }
    CHECK(again.territory("amiata-grosseto")->name.all() ==
          study.territory("amiata-grosseto")->name.all());
}

TEST_CASE("study loader: a key given twice is refused, not the last one kept", "[forms][study]") {
    std::string text = kMinimal;
    text.replace(text.find("\"title\""), 0, "\"min_cell\": 5, \"min_cell\": 1, ");
    const auto issues = issues_thrown([&] { load_study_json(text, "s.json"); });
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.file == "s.json");
    CHECK(issues[0].reason ==
          R"(duplicate key "min_cell" at $.min_cell (keys must be unique in an object))");
    CHECK(issues[0].to_string() == "s.json: $: " + issues[0].reason);

    std::string nested = kMinimal;
    nested.replace(nested.find("\"name\": \"R\""), 0, "\"name\": \"X\", ");
    CHECK(issues_thrown([&] { load_study_json(nested, "s.json"); })[0].reason.find(
              "duplicate key \"name\" at $.roles[0].name ") == 0);
}
