// The wave change as an accumulator (plugin API 2): the report feeds it the
// responses in the scan's order, tests and small hosts in theirs. Random
// groups check that the output never depends on the arrival order, and that
// only responses holding a map are read whole.
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <sstream>
#include <string>
#include <tuple>

#include "network_dimensions_instrument.hpp"
#include "test_forms.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::test::make_form;
using sonda::test::make_response;

namespace {

Form wave_form() {
    std::string items;
    for (const char* dimension :
         {"sharing", "integration", "consolidation_development", "capacity_building"})
        for (int i = 1; i <= 2; ++i)
            items += R"({"id": ")" + std::string(dimension) + std::to_string(i) +
                     R"(", "type": "likert", "min": 1, "max": 5, "dimension": ")" + dimension +
                     R"("},)";
    items +=
        R"({"id": "map", "type": "network_map", "rings": 4, "intensity": {"min": 1, "max": 3}})";
    return make_form(std::string("{") + sonda::test::kBands + R"(, "items": [)" + items + "]}");
}

// Names that normalise to the same actor, written differently.
const char* kNames[] = {"ASL", "asl", " Asl ", "SerD", "serd", "Caritas", "Comune", "Scuola"};

Response random_response(std::mt19937& random, int serial, const std::string& wave) {
    std::uniform_int_distribution<int> pick(0, 99), likert(1, 5), ring(1, 4), intensity(1, 3);
    std::string answers = "{";
    for (const char* dimension :
         {"sharing", "integration", "consolidation_development", "capacity_building"})
        for (int i = 1; i <= 2; ++i)
            if (pick(random) < 85)
                answers += "\"" + std::string(dimension) + std::to_string(i) +
                           "\": " + std::to_string(likert(random)) + ",";
    if (pick(random) < 70) {  // some respondents draw no map
        answers += R"("map": {"actors": [)";
        std::vector<std::string> keys;
        bool first = true;
        for (const char* name : kNames) {
            std::string key(name);
            key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
            std::transform(key.begin(), key.end(), key.begin(), ::tolower);
            if (pick(random) < 50 || std::find(keys.begin(), keys.end(), key) != keys.end())
                continue;
            keys.push_back(key);
            answers += std::string(first ? "" : ",") + R"({"name": ")" + name + R"(", "ring": )" +
                       std::to_string(ring(random)) +
                       (pick(random) < 60 ? ", \"intensity\": " + std::to_string(intensity(random))
                                          : std::string()) +
                       "}";
            first = false;
        }
        answers += "]},";
    }
    if (answers.back() == ',') answers.pop_back();
    answers += "}";
    // A small pool of codes, so that pairs form; "" is a respondent without one.
    const int code = pick(random) % 7;
    Response response = make_response(code == 0 ? "" : "p" + std::to_string(code), answers);
    response.id = "r-" + wave + "-" + std::to_string(1000 + serial);
    response.wave = wave;
    response.territory = pick(random) < 50 ? "t1" : "t2";
    response.role = pick(random) < 50 ? "a" : "b";
    return response;
}

// A wave as the store gives it, one response per (territory, code) but for
// anonymous ones, in (territory, respondent, id) order.
std::vector<Response> random_wave(std::mt19937& random, const std::string& wave) {
    std::vector<Response> responses;
    std::uniform_int_distribution<int> size(0, 14);
    const int n = size(random);
    for (int i = 0; i < n; ++i) {
        Response response = random_response(random, i, wave);
        const bool taken =
            !response.respondent.empty() &&
            std::any_of(responses.begin(), responses.end(), [&](const Response& other) {
                return other.territory == response.territory &&
                       other.respondent == response.respondent;
            });
        if (!taken) responses.push_back(std::move(response));
    }
    std::sort(responses.begin(), responses.end(), [](const Response& a, const Response& b) {
        return std::tie(a.territory, a.respondent, a.id) <
               std::tie(b.territory, b.respondent, b.id);
    });
    return responses;
}

std::string text(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(object, out);
    return out.str();
}

}  // namespace

TEST_CASE("network-dimensions: the wave change does not depend on the order responses arrive in",
          "[network-dimensions]") {
    const Form form = wave_form();
    const NetworkDimensionsInstrument instrument;
    std::mt19937 random(20261127);
    for (int round = 0; round < 300; ++round) {
        const std::vector<Response> from = random_wave(random, "w1");
        const std::vector<Response> to = random_wave(random, "w2");
        CompareOptions options;
        options.min_cell = 1 + round % 4;
        options.suppression = round % 5 != 0;
        const std::string expected = text(compare_responses(instrument, form, from, to, options));
        std::vector<Response> shuffled_from = from, shuffled_to = to;
        std::shuffle(shuffled_from.begin(), shuffled_from.end(), random);
        std::shuffle(shuffled_to.begin(), shuffled_to.end(), random);
        INFO("round " << round);
        // The to wave first, each wave shuffled: still the same output.
        std::unique_ptr<ExtrasAccumulator> accumulator = instrument.start_comparison(form, options);
        const std::vector<ScoreDefinition> definitions = instrument.score_definitions(form);
        for (const auto& [side, wave] :
             {std::pair{WaveSide::To, &shuffled_to}, std::pair{WaveSide::From, &shuffled_from}})
            for (const Response& response : *wave)
                add_response(*accumulator, instrument, form, definitions, side, response);
        CHECK(text(accumulator->finish()) == expected);
    }
}

TEST_CASE("network-dimensions: only responses with a map are read whole", "[network-dimensions]") {
    const Form form = wave_form();
    const NetworkDimensionsInstrument instrument;
    const std::vector<ScoreDefinition> definitions = instrument.score_definitions(form);
    const auto wants = [&](const std::string& answers) {
        const Response response = make_response("p1", answers);
        return instrument.start_comparison(form, CompareOptions{})
            ->wants_response(score_values(definitions, instrument.score(form, response)));
    };
    CHECK_FALSE(wants(R"({"sharing1": 4, "sharing2": 5})"));
    CHECK_FALSE(wants(R"({"sharing1": 4, "map": null})"));
    CHECK(wants(R"({"map": {"actors": []}})"));  // an empty map still counts as drawn
    CHECK(wants(R"({"map": {"actors": [{"name": "ASL", "ring": 2}]}})"));

    // Without their JSON, responses still count in n and in the band counts.
    std::vector<Response> from, to;
    for (int i = 0; i < 6; ++i) {
        from.push_back(make_response("p" + std::to_string(i), R"({"sharing1": 4, "sharing2": 5})"));
        to.push_back(make_response("p" + std::to_string(i), R"({"sharing1": 1, "sharing2": 2})"));
    }
    const auto result = compare_responses(instrument, form, from, to, CompareOptions{});
    REQUIRE(result);
    CHECK(result->getValue<int>("n_from") == 6);
    const auto sharing = result->getObject("dimensions")->getObject("sharing");
    CHECK(sharing->getObject("from")->getArray("bands")->getObject(2)->getValue<int>("count") == 6);
    CHECK(sharing->getObject("to")->getArray("bands")->getObject(0)->getValue<int>("count") == 6);
    CHECK(result->getObject("network_map")->getValue<int>("respondents_from") == 0);
}
