// The collaboration-factors plugin loaded as sonda loads it, checked on the
// sample responses of sample/responses.ndjson (six respondents at two
// workshops; the expected figures are worked out by hand in the comments).
#define CATCH_CONFIG_MAIN
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

namespace {

struct Loaded {
    sonda::Registry registry;
    sonda::PluginHost host{registry};
    const sonda::Instrument* instrument = nullptr;
    Loaded() {
        const sonda::PluginInfo& info = host.load_file(PLUGIN_MODULE);
        INFO(info.error);
        REQUIRE(info.loaded);
        CHECK(info.name == "collaboration-factors");
        CHECK(info.version == PLUGIN_VERSION);  // sonda_add_plugin(VERSION ...)
        instrument = registry.instrument("collaboration-factors");
        REQUIRE(instrument != nullptr);
    }
};

std::vector<sonda::Response> sample_wave(const std::string& wave) {
    std::ifstream file(SAMPLE_RESPONSES);
    REQUIRE(file);
    std::vector<sonda::Response> responses;
    std::string line;
    for (long long number = 1; std::getline(file, line); ++number) {
        const auto object =
            sonda::parse_json_object(line, sonda::Location{SAMPLE_RESPONSES, number, "", ""});
        sonda::Response response = sonda::Response::from_json(*object);
        if (response.wave == wave) responses.push_back(std::move(response));
    }
    return responses;
}

std::string read_form_text() {
    std::ifstream file(FORM_FILE);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// The issues sonda reports for the form text, "" when it loads.
std::string form_issues(const std::string& text, const sonda::Registry& registry) {
    try {
        sonda::load_form_json(text, "edited.json", registry);
        return "";
    } catch (const sonda::InvalidInput& invalid) {
        std::string all;
        for (const sonda::Issue& issue : invalid.issues()) all += issue.to_string() + "\n";
        return all;
    }
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

Poco::JSON::Object::Ptr factor(const Poco::JSON::Object::Ptr& extras, const std::string& item) {
    const Poco::JSON::Array::Ptr factors = extras->getArray("factors");
    for (std::size_t i = 0; i < factors->size(); ++i)
        if (factors->getObject(static_cast<unsigned>(i))->getValue<std::string>("item") == item)
            return factors->getObject(static_cast<unsigned>(i));
    FAIL("no factor " << item);
    return nullptr;
}

}  // namespace

TEST_CASE("check_form accepts the shipped form and names each problem of a broken one") {
    Loaded loaded;
    const sonda::Form form = sonda::load_form_file(FORM_FILE, loaded.registry);
    std::vector<sonda::Issue> issues;
    loaded.instrument->check_form(form, issues);
    CHECK(issues.empty());

    const std::string text = read_form_text();
    CHECK(form_issues(text, loaded.registry).empty());
    // A gap between two bands.
    CHECK_THAT(form_issues(replaced(text, "\"from\": 3.5", "\"from\": 3.6"), loaded.registry),
               Catch::Contains("$.bands[2].from: band 'strength' starts at 3.6"));
    // An item without its factor.
    CHECK_THAT(form_issues(replaced(text, "\"factor\"", "\"facet\""), loaded.registry),
               Catch::Contains("$.items[0].factor: item 'trust' needs a `factor`"));
    // More answers required than there are items.
    CHECK_THAT(
        form_issues(replaced(text, "\"min_answered\": 3", "\"min_answered\": 9"), loaded.registry),
        Catch::Contains("$.min_answered: `min_answered` must be a whole number from 1"));
}

TEST_CASE("score is the mean of the answered items, missing below min_answered") {
    Loaded loaded;
    const sonda::Form form = sonda::load_form_file(FORM_FILE, loaded.registry);
    const auto definitions = loaded.instrument->score_definitions(form);
    REQUIRE(definitions.size() == 1);
    CHECK(definitions[0].name == "collaboration");
    CHECK(definitions[0].items.size() == 4);
    CHECK(definitions[0].bands.size() == 3);
    CHECK(definitions[0].improvement == sonda::Improvement::Higher);

    // Workshop 1: r01 (2,3,2,1) 2.0; r02 (3,3,2,2) 2.5; r03 (2,2,3,2) 2.25;
    // r04 (3,4,3,2) 3.0; r05 (2,3,-,2) 7/3; r06 (4,3,3,3) 3.25.
    const std::map<std::string, double> expected{{"r01", 2.0}, {"r02", 2.5},     {"r03", 2.25},
                                                 {"r04", 3.0}, {"r05", 7.0 / 3}, {"r06", 3.25}};
    for (const sonda::Response& response : sample_wave("workshop-1")) {
        const auto scores = loaded.instrument->score(form, response);
        REQUIRE(scores.size() == definitions.size());
        REQUIRE(scores[0].value);
        CHECK(*scores[0].value == Approx(expected.at(response.respondent)));
    }
    // Two answers of four, where the form asks for three (min_answered): no score.
    sonda::Response sparse = sample_wave("workshop-2").front();
    sparse.answers = new Poco::JSON::Object;
    sparse.answers->set("trust", 5);
    sparse.answers->set("resources", 4);
    const auto scores = loaded.instrument->score(form, sparse);
    REQUIRE(scores.size() == 1);
    CHECK_FALSE(scores[0].value.has_value());
    CHECK(definitions[0].band_of(2.25)->id == "concern");
    CHECK(definitions[0].band_of(5.0)->id == "strength");
}

TEST_CASE("compare gives each factor's means and the weakest factor, withholding small counts") {
    Loaded loaded;
    const sonda::Form form = sonda::load_form_file(FORM_FILE, loaded.registry);
    const auto from = sample_wave("workshop-1");
    const auto to = sample_wave("workshop-2");
    sonda::CompareOptions options;
    options.min_cell = 5;
    options.language = "en";
    const auto extras = sonda::compare_responses(*loaded.instrument, form, from, to, options);
    REQUIRE(extras);
    // trust: (2+3+2+3+2+4)/6 then (4+4+3+4+3+5)/6.
    CHECK(factor(extras, "trust")->getValue<double>("mean_from") == Approx(16.0 / 6));
    CHECK(factor(extras, "trust")->getValue<double>("mean_to") == Approx(23.0 / 6));
    CHECK(factor(extras, "trust")->getValue<std::string>("label") == "Trust");
    // resources: 12/6 then 17/6: the weakest both times.
    CHECK(factor(extras, "resources")->getValue<double>("mean_to") == Approx(17.0 / 6));
    CHECK(extras->getValue<std::string>("weakest_from") == "resources");
    CHECK(extras->getValue<std::string>("weakest_to") == "resources");

    // Five answers to communication at each workshop: below a min_cell of 6
    // its means are withheld (null), never shown.
    options.min_cell = 6;
    const auto stricter = sonda::compare_responses(*loaded.instrument, form, from, to, options);
    CHECK(factor(stricter, "communication")->isNull("mean_from"));
    CHECK(factor(stricter, "communication")->isNull("mean_to"));
    CHECK(factor(stricter, "trust")->getValue<double>("mean_from") == Approx(16.0 / 6));
}
