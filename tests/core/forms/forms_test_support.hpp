// Helpers shared by the forms tests: forms built from JSON text through the
// real loader and registry, and the issues a call throws.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/plugin/instrument.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

namespace sonda::test {

// A small instrument for the tests: every likert item needs a known
// `dimension`, and a response may not answer "forbidden" anywhere.
class TestInstrument : public Instrument {
  public:
    std::string id() const override { return "test-instrument"; }
    LocalizedText description() const override { return LocalizedText("test"); }
    void check_form(const Form& form, std::vector<Issue>& issues) const override {
        for (std::size_t i = 0; i < form.items.size(); ++i) {
            const Item& item = form.items[i];
            const std::string dimension = item.attribute("dimension");
            if (item.type == "likert" && dimension != "sharing" && dimension != "integration")
                issues.push_back(
                    {Location{"", 0, "$.items[" + std::to_string(i) + "].dimension", ""},
                     "unknown dimension '" + dimension + "'"});
        }
    }
    std::vector<ScoreDefinition> score_definitions(const Form&) const override { return {}; }
    void validate(const Form&, const Response& response,
                  std::vector<Issue>& issues) const override {
        for (const auto& [key, value] : *response.answers)
            if (value.isString() && value.extract<std::string>() == "forbidden")
                issues.push_back(
                    {Location{"", 0, "$.answers." + key, key}, "the test instrument forbids this"});
    }
    std::vector<Score> score(const Form&, const Response&) const override { return {}; }
};

inline void add_test_instrument(Registry& registry) {
    registry.add_instrument(std::make_unique<TestInstrument>(), "test");
}

inline std::string data_path(const std::string& relative) {
    return std::string(SONDA_TEST_DATA_DIR) + "/" + relative;
}

inline Poco::Dynamic::Var json(const std::string& text) { return parse_json(text, Location{}); }

// A one-item form around `item_json`, loaded without requiring its plugin.
inline std::string form_with_items(const std::string& items_json) {
    return R"({"id": "f", "version": 1, "title": "T", "plugin": "test", "items": [)" + items_json +
           "]}";
}

inline Item load_item(const Registry& registry, const std::string& item_json) {
    Form form = load_form_json(form_with_items(item_json), "test.json", registry, false);
    REQUIRE(form.items.size() == 1);
    return form.items.front();
}

// The issues of the InvalidInput that `call` throws; fails the test if it does not throw.
inline std::vector<Issue> issues_thrown(const std::function<void()>& call) {
    try {
        call();
    } catch (const InvalidInput& error) {
        return error.issues();
    }
    FAIL("expected InvalidInput, nothing was thrown");
    return {};
}

inline std::vector<Issue> definition_issues(const Registry& registry,
                                            const std::string& item_json) {
    return issues_thrown(
        [&] { load_form_json(form_with_items(item_json), "test.json", registry, false); });
}

inline std::vector<Issue> answer_issues(const Registry& registry, const Item& item,
                                        const std::string& answer_json) {
    std::vector<Issue> issues;
    registry.item_type(item.type)->validate_answer(item, json(answer_json), issues);
    return issues;
}

inline bool has_issue(const std::vector<Issue>& issues, const std::string& path,
                      const std::string& reason_part) {
    for (const Issue& issue : issues)
        if (issue.where.path == path && issue.reason.find(reason_part) != std::string::npos)
            return true;
    return false;
}

inline std::string all_text(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

}  // namespace sonda::test
