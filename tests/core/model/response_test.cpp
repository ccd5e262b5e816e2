#include "sonda/model/response.hpp"

#include <catch2/catch.hpp>

#include "sonda/util/json.hpp"

using namespace sonda;

namespace {
const char* kGood =
    R"({"id": "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d", "form": "network-dimensions", "form_version": 1,
    "wave": "w1", "territory": "pistoia", "role": "social_service", "respondent": "PT-017",
    "answers": {"sharing_1": 4, "strengths": ["Società della Salute", "Protocolli"], "note": null}})";

Response from_text(const std::string& text) {
    return Response::from_json(*parse_json_object(text, Location{}));
}

std::vector<Issue> issues_of(const std::string& text) {
    try {
        from_text(text);
    } catch (const InvalidInput& error) {
        return error.issues();
    }
    FAIL("expected InvalidInput for " << text);
    return {};
}

bool has(const std::vector<Issue>& issues, const std::string& path, const std::string& reason) {
    for (const Issue& issue : issues)
        if (issue.where.path == path && issue.reason == reason) return true;
    return false;
}
}  // namespace

TEST_CASE("response: read from the interchange format", "[model][response]") {
    const Response r = from_text(kGood);
    CHECK(r.id == "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d");
    CHECK(r.form == "network-dimensions");
    CHECK(r.form_version == 1);
    CHECK(r.wave == "w1");
    CHECK(r.territory == "pistoia");
    CHECK(r.role == "social_service");
    CHECK(r.respondent == "PT-017");
    REQUIRE(r.answers);
    CHECK(r.answers->getValue<int>("sharing_1") == 4);
    CHECK(r.answers->getArray("strengths")->size() == 2);
}

TEST_CASE("response: canonical JSON is sorted, compact and stable", "[model][response]") {
    const Response r = from_text(kGood);
    const std::string canonical = r.to_canonical_json();
    CHECK(
        canonical ==
        R"({"answers":{"note":null,"sharing_1":4,"strengths":["Società della Salute","Protocolli"]},)"
        R"("form":"network-dimensions","form_version":1,"id":"0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d",)"
        R"("respondent":"PT-017","role":"social_service","territory":"pistoia","wave":"w1"})");
    // The same content in another key order and spacing gives the same text.
    const Response shuffled =
        from_text(R"({"answers": {"strengths": ["Società della Salute", "Protocolli"],
        "note": null, "sharing_1": 4}, "wave": "w1", "territory": "pistoia", "role": "social_service",
        "respondent": "PT-017", "id": "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d", "form_version": 1,
        "form": "network-dimensions"})");
    CHECK(shuffled.to_canonical_json() == canonical);
    // And it reads back to itself.
    CHECK(from_text(canonical).to_canonical_json() == canonical);
    // Different content, different text.
    Response changed = r;
    changed.answers = parse_json_object(R"({"sharing_1": 5})", Location{});
    CHECK(changed.to_canonical_json() != canonical);
}

TEST_CASE("response: a response without answers still has an answers object", "[model][response]") {
    Response r;
    r.id = "x";
    CHECK(r.to_canonical_json().find(R"("answers":{})") != std::string::npos);
}

TEST_CASE("response: every missing key is reported at once", "[model][response]") {
    const auto issues = issues_of("{}");
    for (const char* key :
         {"id", "form", "form_version", "wave", "territory", "role", "respondent", "answers"})
        CHECK(has(issues, std::string("$.") + key, std::string("missing key '") + key + "'"));
    CHECK(issues.size() == 8);
}

TEST_CASE("response: wrong types and unknown keys", "[model][response]") {
    auto issues =
        issues_of(R"({"id": 5, "form": "", "form_version": "1", "wave": ["w1"], "territory": null,
        "role": true, "respondent": "PT-1", "answers": [], "name": "Mario Rossi"})");
    CHECK(has(issues, "$.id", "'id' must be a string"));
    CHECK(has(issues, "$.form", "'form' must not be empty"));
    CHECK(has(issues, "$.form_version", "'form_version' must be a positive integer"));
    CHECK(has(issues, "$.wave", "'wave' must be a string"));
    CHECK(has(issues, "$.territory", "'territory' must be a string"));
    CHECK(has(issues, "$.role", "'role' must be a string"));
    CHECK(has(issues, "$.answers", "'answers' must be an object"));
    CHECK(has(issues, "$.name",
              "unknown key 'name' (expected id, form, form_version, wave, territory, role, "
              "respondent, answers)"));
    CHECK(issues.size() == 8);
}

TEST_CASE("response: form_version must be a positive whole number", "[model][response]") {
    for (const char* version :
         {"0", "-1", "1.5", "true", "\"2\"", "null", "10000000000", "18446744073709551615"}) {
        std::string text = kGood;
        text.replace(text.find("\"form_version\": 1"), 17,
                     std::string("\"form_version\": ") + version);
        INFO(text);
        CHECK(has(issues_of(text), "$.form_version", "'form_version' must be a positive integer"));
    }
}
