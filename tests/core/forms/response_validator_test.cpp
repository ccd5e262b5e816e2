#include "sonda/forms/response_validator.hpp"

#include "forms_test_support.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/model/response.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
struct Fixture {
    Registry registry;
    Study study;
    std::vector<Form> forms;

    Fixture() {
        add_test_instrument(registry);
        study = load_study_file(data_path("study/demo_study.json"));
        forms.push_back(load_form_file(data_path("forms/good/expectations.json"), registry));
    }

    Response response(const std::string& answers_json = R"({"collaboration": 4})") const {
        Response r;
        r.id = "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d";
        r.form = "team-expectations-test";
        r.form_version = 2;
        r.wave = "w1";
        r.territory = "pistoia";
        r.role = "social_service";
        r.respondent = "PT-017";
        r.answers = parse_json_object(answers_json, Location{});
        return r;
    }

    std::vector<Issue> issues(const Response& r) const {
        ResponseValidator validator(study, forms, registry);
        std::vector<Issue> found;
        const bool ok = validator.validate(r, found);
        CHECK(ok == found.empty());
        return found;
    }
};
}  // namespace

TEST_CASE("validator: a good response has no issues", "[forms][validator]") {
    Fixture f;
    CHECK(f.issues(f.response()).empty());
    CHECK(f.issues(f.response(
                       R"({"collaboration": 5, "territory_name": "Società della Salute Pistoiese",
        "expectations": {"counselling": {"what_i_ask": ["Un referente stabile"]}, "addiction": null}})"))
              .empty());
    ResponseValidator validator(f.study, f.forms, f.registry);
    CHECK(validator.form("team-expectations-test", 2) == &f.forms[0]);
    CHECK(validator.form("team-expectations-test", 1) == nullptr);
}

TEST_CASE("validator: unknown study parts list the valid values", "[forms][validator]") {
    Fixture f;
    Response r = f.response();
    r.wave = "w9";
    r.territory = "firenze";
    r.role = "doctor";
    auto issues = f.issues(r);
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.wave",
                    "unknown wave 'w9'; the study's waves are w1 (2023-12-01), w2 (2024-03-05), w3 "
                    "(2024-10-15)"));
    CHECK(has_issue(issues, "$.territory",
                    "unknown territory 'firenze'; the study's territories are pistoia, "
                    "amiata-grosseto, livorno, lucca"));
    CHECK(has_issue(issues, "$.role",
                    "unknown role 'doctor'; the study's roles are social_service, "
                    "employment_centre, third_sector"));
    CHECK(issues.size() == 3);
}

TEST_CASE("validator: unknown form or version lists the known ones", "[forms][validator]") {
    Fixture f;
    Response r = f.response();
    r.form_version = 7;
    auto issues = f.issues(r);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.form_version");
    CHECK(issues[0].reason == "form 'team-expectations-test' has no version 7; its versions are 2");
    r.form = "network";
    issues = f.issues(r);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.form");
    CHECK(issues[0].reason == "unknown form 'network'; known forms are team-expectations-test v2");
}

TEST_CASE("validator: response id and respondent code", "[forms][validator]") {
    Fixture f;
    Response r = f.response();
    r.id = "42";
    r.respondent = "Mario Rossi";
    auto issues = f.issues(r);
    CHECK(has_issue(issues, "$.id", "'42' is not a UUID"));
    CHECK(
        has_issue(issues, "$.respondent", "looks like a name: respondents are pseudonymous codes"));
    for (const Issue& issue : issues) CHECK(issue.reason.find("Rossi") == std::string::npos);
    CHECK(issues.size() == 2);

    r = f.response();
    r.id = "0B7E6A4C-1F2D-4C3B-9A8E-5D6F7A8B9C0D";  // upper case is still a UUID
    r.respondent = "a_b.c-9";
    CHECK(f.issues(r).empty());
    for (const char* bad : {"", "Società", "x/y", "x'; DROP TABLE responses; --"}) {
        r.respondent = bad;
        CHECK(has_issue(f.issues(r), "$.respondent", "respondent code"));
    }
    r.respondent = std::string(65, 'a');
    CHECK(has_issue(f.issues(r), "$.respondent", "65 characters long; at most 64"));
    r.respondent = std::string(64, 'a');
    CHECK(f.issues(r).empty());
    for (const char* bad :
         {"0b7e6a4c1f2d4c3b9a8e5d6f7a8b9c0d", "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0g",
          "{0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d}"}) {
        r = f.response();
        r.id = bad;
        CHECK(has_issue(f.issues(r), "$.id", "is not a UUID"));
    }
}

TEST_CASE("validator: answers go through their item types", "[forms][validator]") {
    Fixture f;
    auto issues = f.issues(f.response(R"({"collaboration": 9, "territory_name": 3,
        "expectations": {"school": {"what_i_ask": ["x"]}}, "favourite_colour": "blue"})"));
    INFO(all_text(issues));
    CHECK(has_issue(issues, "$.answers.collaboration", "9 is outside the scale 1 to 5"));
    CHECK(has_issue(issues, "$.answers.territory_name", "must be a text"));
    CHECK(has_issue(issues, "$.answers.expectations.school", "not a row of the matrix"));
    CHECK(has_issue(
        issues, "$.answers.favourite_colour",
        "unknown item 'favourite_colour' in form 'team-expectations-test' v2; its items are "
        "territory_name, collaboration, expectations"));
    CHECK(issues.size() == 4);
    for (const Issue& issue : issues) CHECK_FALSE(issue.where.item.empty());
}

TEST_CASE("validator: required items, null and blank answers", "[forms][validator]") {
    Fixture f;
    for (const char* answers :
         {R"({})", R"({"collaboration": null})", R"({"collaboration": "  "})"}) {
        auto issues = f.issues(f.response(answers));
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.path == "$.answers.collaboration");
        CHECK(issues[0].where.item == "collaboration");
        CHECK(issues[0].reason == "required item 'collaboration' is not answered");
    }
    // Optional items may be null or absent.
    CHECK(
        f.issues(f.response(R"({"collaboration": 1, "territory_name": null, "expectations": {}})"))
            .empty());
}

TEST_CASE("validator: the instrument's own rules, and a missing plugin", "[forms][validator]") {
    Fixture f;
    auto issues = f.issues(f.response(R"({"collaboration": 2, "territory_name": "forbidden"})"));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason == "the test instrument forbids this");
    // Not asked while an item is invalid.
    issues = f.issues(f.response(R"({"collaboration": 0, "territory_name": "forbidden"})"));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.item == "collaboration");

    Registry without_plugin;
    ResponseValidator validator(f.study, f.forms, without_plugin);
    std::vector<Issue> found;
    CHECK_FALSE(validator.validate(f.response(), found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.path == "$.form");
    CHECK(found[0].reason ==
          "the plugin for form 'team-expectations-test' (instrument 'test-instrument') is not "
          "loaded, so its rules cannot be checked (see `sonda plugins`)");
}

TEST_CASE("validator: many items are not all listed", "[forms][validator]") {
    Fixture f;
    std::string items;
    for (int i = 0; i < 40; ++i)
        items += std::string(i ? "," : "") + R"({"id": "q)" + std::to_string(i) +
                 R"(", "type": "text", "label": "Q"})";
    f.forms.push_back(
        load_form_json(R"({"id": "long", "version": 1, "title": "L", "plugin": "test-instrument",
        "items": [)" + items +
                           "]}",
                       "long.json", f.registry));
    Response r = f.response(R"({"q99": "x"})");
    r.form = "long";
    r.form_version = 1;
    auto issues = f.issues(r);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason ==
          "unknown item 'q99' in form 'long' v1; it has 40 items (see `sonda forms show long`)");
}
