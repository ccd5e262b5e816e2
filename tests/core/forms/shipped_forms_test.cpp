// The forms shipped in forms/ load with the real plugins, and responses to
// them go through the validator: the loader and the instruments agree.
#include "forms_test_support.hpp"
#include "sonda/forms/response_validator.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/plugin/plugin_host.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {
struct Shipped {
    Registry registry;  // declared first: outlives the plugins' objects
    PluginHost host{registry};
    Study study;
    std::vector<Form> forms;

    Shipped() {
        host.load_directory(std::string(SONDA_BINARY_DIR) + "/plugins");
        for (const PluginInfo& info : host.plugins()) INFO(info.file << ": " << info.error);
        REQUIRE(registry.instrument("network-dimensions"));
        REQUIRE(registry.instrument("team-expectations"));
        study = load_study_file(std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json");
        forms = load_form_directory(std::string(SONDA_SOURCE_DIR) + "/forms", registry, nullptr,
                                    &study);
    }

    Response response(const std::string& form, const std::string& answers) const {
        Response r;
        r.id = "5d1c0f3e-7a2b-4c8d-9e0f-1a2b3c4d5e6f";
        r.form = form;
        r.form_version = 1;
        r.wave = study.waves.front().id;
        r.territory = study.territories.front().id;
        r.role = study.roles.front().id;
        r.respondent = "SDS-PT-001";
        r.answers = parse_json_object(answers, Location{});
        return r;
    }
};
}  // namespace

TEST_CASE("shipped forms: every form in forms/ loads with its plugin", "[forms][shipped]") {
    Shipped shipped;
    std::vector<std::string> ids;
    for (const Form& form : shipped.forms) ids.push_back(form.id);
    CHECK(std::find(ids.begin(), ids.end(), "network-dimensions") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "team-expectations") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "collaboration-factors") != ids.end());  // declarative
    const Territory* pistoia = shipped.study.territory("sds_pistoiese");
    REQUIRE(pistoia);
    CHECK(pistoia->name.get("it") == "Società della Salute Pistoiese");
}

TEST_CASE("shipped forms: a team-expectations response, good and bad", "[forms][shipped]") {
    Shipped shipped;
    ResponseValidator validator(shipped.study, shipped.forms, shipped.registry);
    std::vector<Issue> issues;
    const Response good = shipped.response("team-expectations", R"({
        "expectations": {"counselling": {"ask": ["Un referente stabile e raggiungibile"],
                                         "tools": ["Protocolli formali invece della conoscenza personale"]}},
        "collaboration_counselling": 4})");
    CHECK(validator.validate(good, issues));
    INFO(all_text(issues));
    CHECK(issues.empty());

    issues.clear();
    const Response bad = shipped.response("team-expectations", R"({
        "expectations": {"school": {"ask": ["x"]}, "counselling": {"ask": "not a list"}},
        "collaboration_counselling": 7})");
    CHECK_FALSE(validator.validate(bad, issues));
    CHECK(has_issue(issues, "$.answers.expectations.school", "is not a row of the matrix"));
    CHECK(has_issue(issues, "$.answers.expectations.counselling.ask", "must be an array of texts"));
    CHECK(
        has_issue(issues, "$.answers.collaboration_counselling", "7 is outside the scale 1 to 5"));
}
