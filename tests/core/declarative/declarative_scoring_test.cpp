// Scoring by a form's own declaration: means and sums, reversed items within
// their own scale, the minimum answered, missing answers; and the score
// definitions the reports read (range, bands, direction, reversed items).
#include <cmath>

#include "declarative_test_support.hpp"

using namespace sonda;
using namespace sonda::test;

namespace {

struct Scored {
    Registry registry;
    Form form;
    const Instrument* instrument = nullptr;

    explicit Scored(const std::string& form_json)
        : form(load_form_json(form_json, "cf.json", registry)),
          instrument(registry.instrument("declarative")) {
        REQUIRE(instrument);
    }

    // The score values for `answers`, by score name; NaN where missing.
    std::map<std::string, double> operator()(const std::string& answers) const {
        std::map<std::string, double> out;
        for (const Score& score : instrument->score(form, answers_response(answers)))
            out[score.name] = score.value ? *score.value : std::nan("");
        return out;
    }
};

const std::string kScores =
    "[" +
    score_json("mean_rev", "mean", R"(["a", "b", "c"])",
               R"(, "reverse": ["c"], "min_answered": 2)") +
    ", " + score_json("sum_all", "sum", R"(["a", "b", "c"])") + ", " +
    score_json("sum_prorated", "sum", R"(["a", "b", "c"])", R"(, "min_answered": 2)") + ", " +
    score_json("rev_zero", "mean", R"(["d"])", R"(, "reverse": ["d"])") + ", " +
    score_json("mixed", "sum", R"(["a", "d", "n"])") + "]";

}  // namespace

TEST_CASE("[declarative] the core serves forms with plugin 'declarative', owned by core",
          "[declarative]") {
    const Registry registry;
    const Instrument* instrument = registry.instrument("declarative");
    REQUIRE(instrument);
    CHECK(registry.owner_of_instrument("declarative") == "core");
    CHECK(instrument->description().get("it").find("Punteggi") != std::string::npos);
}

TEST_CASE("[declarative] means and sums of the answered items, reversed items mirrored",
          "[declarative]") {
    const Scored scored(declarative_form(kScores));
    const auto all = scored(R"({"a": 4, "b": 2, "c": 1, "d": 1, "n": 7.5})");
    // c = 1 reversed on 1..5 is 5: (4 + 2 + 5) / 3.
    CHECK(all.at("mean_rev") == Approx(11.0 / 3.0));
    CHECK(all.at("sum_all") == 7.0);  // reversal belongs to the score that asks for it
    CHECK(all.at("sum_prorated") == 7.0);
    // d = 1 reversed on its own scale 0..4 is 3, not 5 - 1.
    CHECK(all.at("rev_zero") == 3.0);
    CHECK(all.at("mixed") == 12.5);  // 4 + 1 + 7.5
}

TEST_CASE("[declarative] below the minimum answered a score is missing, a sum is prorated",
          "[declarative]") {
    const Scored scored(declarative_form(kScores));
    // b unanswered (null), c a blank string: neither counts.
    const auto two = scored(R"({"a": 4, "b": null, "c": 1})");
    CHECK(two.at("mean_rev") == 4.5);       // (4 + 5) / 2, with 2 of 3 allowed
    CHECK(std::isnan(two.at("sum_all")));   // needs all three by default
    CHECK(two.at("sum_prorated") == 7.5);   // (4 + 1) / 2 answered x 3 items
    CHECK(std::isnan(two.at("rev_zero")));  // d absent
    CHECK(std::isnan(two.at("mixed")));
    const auto one = scored(R"({"a": 4, "c": ""})");
    CHECK(std::isnan(one.at("mean_rev")));
    CHECK(std::isnan(one.at("sum_prorated")));
    const auto none = scored("{}");
    for (const auto& [name, value] : none) {
        INFO(name);
        CHECK(std::isnan(value));
    }
    // The extremes of the scale, reversed, stay on the scale.
    const auto extremes = scored(R"({"a": 1, "b": 1, "c": 5, "d": 0})");
    CHECK(extremes.at("mean_rev") == 1.0);
    CHECK(extremes.at("rev_zero") == 4.0);
}

// An import never gets here (the likert type refuses "four" first); called
// directly, score() refuses rather than guess, and the host's guard reports
// it as a failure of the instrument, with the instrument's reason.
TEST_CASE("[declarative] an answer that is no number is refused, never guessed", "[declarative]") {
    const Scored scored(declarative_form(kScores));
    const std::vector<Issue> issues = issues_thrown([&] { scored(R"({"a": "four"})"); });
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().reason.find("needs a number for item 'a', found a string") !=
          std::string::npos);
    CHECK(issues.front().reason.find("failed in score()") != std::string::npos);
}

TEST_CASE("[declarative] the score definitions carry items, range, bands and direction",
          "[declarative]") {
    const std::string bands = R"(, "bands": [
        {"id": "low", "label": {"it": "Basso", "en": "Low"}, "from": 1, "to": 3},
        {"id": "high", "label": {"it": "Alto", "en": "High"}, "from": 3, "to": 5}])";
    const std::string scores =
        "[" + score_json("mean_rev", "mean", R"(["a", "b", "c"])", R"(, "reverse": ["c"])") + ", " +
        score_json("sum_all", "sum", R"(["a", "d"])") + ", " +
        R"({"id": "effort", "label": {"it": "Fatica", "en": "Effort"}, "method": "mean",
            "items": ["m"], "improvement": "lower", "min": 0, "max": 100,
            "bands": [{"id": "light", "label": {"it": "Lieve", "en": "Light"}, "from": 0, "to": 40}]},
           {"id": "raw", "label": "Raw", "method": "sum", "items": ["m"], "improvement": "neither",
            "bands": []}])";
    const Scored scored(declarative_form(scores, bands));
    const std::vector<ScoreDefinition> definitions =
        scored.instrument->score_definitions(scored.form);
    REQUIRE(definitions.size() == 4);

    const ScoreDefinition& mean = definitions[0];
    CHECK(mean.name == "mean_rev");
    CHECK(mean.label.get("it") == "Punteggio");
    CHECK(mean.items == std::vector<std::string>{"a", "b", "c"});
    CHECK(mean.reversed_items == std::vector<std::string>{"c"});
    CHECK(mean.min == 1.0);  // derived from the items
    CHECK(mean.max == 5.0);
    CHECK(mean.improvement == Improvement::Higher);
    REQUIRE(mean.bands.size() == 2);  // the form's shared bands
    CHECK(mean.bands[1].label.get("en") == "High");
    CHECK(mean.band_of(3.0)->id == "high");

    const ScoreDefinition& sum = definitions[1];
    CHECK(sum.min == 1.0);  // 1 + 0
    CHECK(sum.max == 9.0);  // 5 + 4
    CHECK(sum.bands.size() == 2);

    const ScoreDefinition& effort = definitions[2];
    CHECK(effort.min == 0.0);  // declared: m has no bounds
    CHECK(effort.max == 100.0);
    CHECK(effort.improvement == Improvement::Lower);
    REQUIRE(effort.bands.size() == 1);  // its own, not the form's
    CHECK(effort.bands[0].id == "light");

    const ScoreDefinition& raw = definitions[3];
    CHECK_FALSE(raw.min);  // nothing to derive it from, nothing declared: charts skip it
    CHECK_FALSE(raw.max);
    CHECK(raw.bands.empty());  // [] opted it out of the form's bands
    CHECK(raw.improvement == Improvement::Neither);
}

TEST_CASE("[declarative] the shipped collaboration-factors form scores as documented",
          "[declarative]") {
    const Registry registry;
    const Form form = load_form_file(
        std::string(SONDA_SOURCE_DIR) + "/forms/collaboration-factors.json", registry);
    const Instrument& instrument = *registry.instrument(form.plugin);
    const std::vector<ScoreDefinition> definitions = instrument.score_definitions(form);
    REQUIRE(definitions.size() == 3);
    CHECK(definitions[0].name == "communication");
    CHECK(definitions[0].reversed_items == std::vector<std::string>{"hard_to_reach"});
    CHECK(definitions[2].label.get("it") == "Strumenti condivisi");
    for (const ScoreDefinition& definition : definitions) {
        CHECK(definition.min == 1.0);
        CHECK(definition.max == 5.0);
        CHECK(definition.bands.size() == 3);
    }
    const std::vector<Score> scores =
        instrument.score(form, answers_response(R"({"reference_person": 4, "fluid_communication": 3,
              "hard_to_reach": 2, "shared_care": 5, "formal_protocols": 2})"));
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].value == Approx((4 + 3 + 4) / 3.0));  // hard_to_reach 2 counts as 4
    CHECK_FALSE(scores[1].value);                         // 1 of 3 answered, 2 needed
    CHECK(scores[2].value == 2.0);                        // 1 of 2 is enough there
}
