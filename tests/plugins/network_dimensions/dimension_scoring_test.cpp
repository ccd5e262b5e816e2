// Dimension scores, bands and the form checks of the network-dimensions
// instrument, on hand-computed cases.
#include "dimension_scoring.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "network_dimensions_instrument.hpp"
#include "test_forms.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::test::make_form;
using sonda::test::make_response;

namespace {

std::string likert(const std::string& id, const std::string& dimension) {
    return R"({"id": ")" + id + R"(", "type": "likert", "min": 1, "max": 5, "dimension": ")" +
           dimension + R"("})";
}

// Sharing has 4 items, integration 3, consolidation 1, capacity building none.
Form scoring_form() {
    return make_form(
        std::string("{") + sonda::test::kBands + R"(, "items": [)" + likert("s1", "sharing") + "," +
        likert("s2", "sharing") + "," + likert("s3", "sharing") + "," + likert("s4", "sharing") +
        "," + likert("i1", "integration") + "," + likert("i2", "integration") + "," +
        likert("i3", "integration") + "," + likert("c1", "consolidation_development") + "]}");
}

std::optional<double> score_of(const std::vector<Score>& scores, const std::string& name) {
    for (const Score& score : scores)
        if (score.name == name) return score.value;
    FAIL("no score named " << name);
    return std::nullopt;
}

std::vector<Issue> check(const Form& form) {
    std::vector<Issue> issues;
    NetworkDimensionsInstrument().check_form(form, issues);
    return issues;
}

bool has_issue(const std::vector<Issue>& issues, const std::string& path, const std::string& text) {
    for (const Issue& issue : issues)
        if (issue.where.path == path && issue.reason.find(text) != std::string::npos &&
            issue.where.file == "test-form.json")
            return true;
    return false;
}

std::string describe(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

}  // namespace

TEST_CASE("network-dimensions: a dimension score is the mean of its answered items",
          "[network-dimensions]") {
    const Form form = scoring_form();
    const NetworkDimensionsInstrument instrument;
    const auto scores = instrument.score(
        form,
        make_response(
            "a", R"({"s1": 4, "s2": 5, "s3": 2, "s4": 3, "i1": 1, "i2": 2, "i3": 2, "c1": 5})"));
    REQUIRE(scores.size() == 4);  // no network map in this form
    CHECK(*score_of(scores, "sharing") == Approx(3.5));
    CHECK(*score_of(scores, "integration") == Approx(5.0 / 3.0));
    CHECK(*score_of(scores, "consolidation_development") == Approx(5.0));
    CHECK_FALSE(score_of(scores, "capacity_building"));  // the form has no item for it
}

TEST_CASE("network-dimensions: half-answered rule at the boundary", "[network-dimensions]") {
    const Form form = scoring_form();
    const NetworkDimensionsInstrument instrument;
    SECTION("4 items: 2 answered is half, scored") {
        const auto scores = instrument.score(form, make_response("a", R"({"s1": 2, "s3": 5})"));
        REQUIRE(score_of(scores, "sharing"));
        CHECK(*score_of(scores, "sharing") == Approx(3.5));
    }
    SECTION("4 items: 1 answered is fewer than half, missing") {
        const auto scores = instrument.score(form, make_response("a", R"({"s1": 2})"));
        CHECK_FALSE(score_of(scores, "sharing"));
    }
    SECTION("3 items: 2 answered, scored; 1 answered, missing") {
        CHECK(*score_of(instrument.score(form, make_response("a", R"({"i1": 1, "i3": 4})")),
                        "integration") == Approx(2.5));
        CHECK_FALSE(
            score_of(instrument.score(form, make_response("a", R"({"i2": 4})")), "integration"));
    }
    SECTION("null counts as unanswered") {
        const auto scores = instrument.score(
            form, make_response("a", R"({"s1": 2, "s2": null, "s3": null, "s4": null})"));
        CHECK_FALSE(score_of(scores, "sharing"));
    }
}

TEST_CASE("network-dimensions: all items missing gives all scores missing",
          "[network-dimensions]") {
    const auto scores =
        NetworkDimensionsInstrument().score(scoring_form(), make_response("a", "{}"));
    REQUIRE(scores.size() == 4);
    for (const Score& score : scores) CHECK_FALSE(score.value);
}

TEST_CASE("network-dimensions: a likert answer that is not a number is refused with its item",
          "[network-dimensions]") {
    try {
        NetworkDimensionsInstrument().score(scoring_form(), make_response("a", R"({"s1": "4"})"));
        FAIL("expected InvalidInput");
    } catch (const InvalidInput& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues()[0].where.item == "s1");
        CHECK_THAT(error.issues()[0].reason, Catch::Contains("a string"));
    }
}

TEST_CASE("network-dimensions: score definitions carry items, range and the form's bands",
          "[network-dimensions]") {
    const auto definitions = NetworkDimensionsInstrument().score_definitions(scoring_form());
    REQUIRE(definitions.size() == 4);
    CHECK(definitions[0].name == "sharing");
    CHECK(definitions[0].label.get("it") == "Condivisione");
    CHECK(definitions[0].items == std::vector<std::string>{"s1", "s2", "s3", "s4"});
    CHECK(definitions[1].items == std::vector<std::string>{"i1", "i2", "i3"});
    CHECK(definitions[3].name == "capacity_building");
    CHECK(definitions[3].items.empty());
    CHECK(*definitions[0].min == 1);
    CHECK(*definitions[0].max == 5);
    REQUIRE(definitions[0].bands.size() == 3);
    CHECK(definitions[0].bands[1].id == "borderline");
    CHECK(definitions[0].bands[1].label.get("it") == "Da consolidare");
}

TEST_CASE("network-dimensions: bands at their cut-offs", "[network-dimensions]") {
    const ScoreDefinition sharing =
        NetworkDimensionsInstrument().score_definitions(scoring_form())[0];
    auto band = [&](double value) {
        const Band* found = sharing.band_of(value);
        return found ? found->id : std::string("none");
    };
    CHECK(band(1.0) == "concern");
    CHECK(band(2.49) == "concern");
    CHECK(band(2.5) == "borderline");  // a cut-off belongs to the band above
    CHECK(band(3.4999) == "borderline");
    CHECK(band(3.5) == "strength");
    CHECK(band(5.0) == "strength");  // the last band includes its upper end

    // The same cut-offs in a group's band counts: 2.5 and 3.5 land above.
    const Form form = scoring_form();
    std::vector<Response> group;
    group.push_back(make_response("a", R"({"s1": 2, "s2": 3})"));           // 2.5: borderline
    group.push_back(make_response("b", R"({"s1": 3, "s2": 4})"));           // 3.5: strength
    group.push_back(make_response("c", R"({"s1": 2, "s2": 2, "s3": 3})"));  // 2.33: concern
    group.push_back(make_response("d", R"({"s1": 5, "s2": 5, "s3": 5, "s4": 5})"));  // 5: strength
    group.push_back(make_response("e", R"({"s1": 5})"));                             // missing
    CompareOptions options;
    options.min_cell = 5;
    const auto summary = NetworkDimensionsInstrument().compare(form, group, group, options);
    REQUIRE(summary);
    CHECK_FALSE(summary->getValue<bool>("suppressed"));
    const auto sharing_summary =
        summary->getObject("dimensions")->getObject("sharing")->getObject("from");
    CHECK(sharing_summary->getValue<int>("n") == 4);
    CHECK(sharing_summary->getValue<int>("missing") == 1);
    const auto bands = sharing_summary->getArray("bands");
    REQUIRE(bands->size() == 3);
    CHECK(bands->getObject(0)->getValue<std::string>("band") == "concern");
    CHECK(bands->getObject(0)->getValue<int>("count") == 1);
    CHECK(bands->getObject(1)->getValue<int>("count") == 1);
    CHECK(bands->getObject(2)->getValue<int>("count") == 2);
}

TEST_CASE("network-dimensions: a group smaller than min_cell is suppressed",
          "[network-dimensions]") {
    const Form form = scoring_form();
    std::vector<Response> group{make_response("a", R"({"s1": 2, "s2": 3})"),
                                make_response("b", R"({"s1": 4, "s2": 4})")};
    CompareOptions options;
    options.min_cell = 3;
    auto summary = NetworkDimensionsInstrument().compare(form, group, group, options);
    CHECK(summary->getValue<bool>("suppressed"));
    CHECK(summary->getValue<int>("n_from") == 2);
    CHECK_FALSE(summary->has("dimensions"));
    CHECK_FALSE(summary->has("network_map"));

    options.suppression = false;  // an evaluator's explicit choice
    summary = NetworkDimensionsInstrument().compare(form, group, group, options);
    CHECK_FALSE(summary->getValue<bool>("suppressed"));
    CHECK(summary->getObject("dimensions")
              ->getObject("sharing")
              ->getObject("from")
              ->getValue<int>("n") == 2);
}

TEST_CASE("network-dimensions: bad forms name the item, the JSON path and why",
          "[network-dimensions]") {
    SECTION("unknown dimension") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"},
            {"id": "x1", "type": "likert", "min": 1, "max": 5, "dimension": "trust"}]})"));
        INFO(describe(issues));
        REQUIRE(issues.size() == 1);
        CHECK(has_issue(issues, "$.items[1].dimension", "unknown dimension 'trust'"));
        CHECK(issues[0].where.item == "x1");
        CHECK_THAT(issues[0].reason, Catch::Contains("consolidation_development"));
    }
    SECTION("likert item without a dimension") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5}]})"));
        INFO(describe(issues));
        CHECK(has_issue(issues, "$.items[0]", "has no `dimension`"));
    }
    SECTION("dimension that is not a string") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": 3}]})"));
        CHECK(has_issue(issues, "$.items[0].dimension", "found a number"));
    }
    SECTION("text_list with an unknown facet, or a facet without a dimension") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"},
            {"id": "t1", "type": "text_list", "dimension": "sharing", "facet": "threats"},
            {"id": "t2", "type": "text_list", "facet": "strengths"},
            {"id": "t3", "type": "text_list", "dimension": "sharing"},
            {"id": "t4", "type": "text_list"}]})"));
        INFO(describe(issues));
        REQUIRE(issues.size() == 3);  // t4, a list outside the dimensions, is fine
        CHECK(has_issue(issues, "$.items[1].facet", "'threats'"));
        CHECK(has_issue(issues, "$.items[2]", "no `dimension`"));
        CHECK(has_issue(issues, "$.items[3]", "no `facet`"));
    }
    SECTION("a dimension on an item type that cannot have one") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"},
            {"id": "n1", "type": "number", "dimension": "sharing"}]})"));
        CHECK(has_issue(issues, "$.items[1].dimension", "only likert and text_list"));
    }
    SECTION("likert items on different scales") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"},
            {"id": "s2", "type": "likert", "min": 1, "max": 7, "dimension": "integration"}]})"));
        CHECK(has_issue(issues, "$.items[1]", "share one scale"));
    }
    SECTION("two network maps") {
        const auto issues = check(make_form(R"({"items": [
            {"id": "m1", "type": "network_map"}, {"id": "m2", "type": "network_map"}]})"));
        CHECK(has_issue(issues, "$.items[1]", "at most one network_map"));
    }
    SECTION("a form that measures nothing") {
        const auto issues = check(make_form(R"({"items": [{"id": "t", "type": "text"}]})"));
        CHECK(has_issue(issues, "$.items", "measures nothing"));
    }
}

TEST_CASE("network-dimensions: bad bands are refused with their JSON path",
          "[network-dimensions]") {
    auto issues_for = [](const std::string& bands) {
        return check(make_form(R"({"bands": )" + bands + R"(, "items": [
            {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"}]})"));
    };
    SECTION("overlapping bands") {
        const auto issues = issues_for(R"([
            {"id": "concern", "label": "Concern", "from": 1, "to": 3},
            {"id": "strength", "label": "Strength", "from": 2.5, "to": 5}])");
        INFO(describe(issues));
        REQUIRE(issues.size() == 1);
        CHECK(has_issue(issues, "$.bands[1].from", "overlaps band 'concern'"));
    }
    SECTION("a gap between bands") {
        const auto issues = issues_for(R"([
            {"id": "concern", "label": "Concern", "from": 1, "to": 2.5},
            {"id": "strength", "label": "Strength", "from": 3, "to": 5}])");
        CHECK(has_issue(issues, "$.bands[1].from", "would have no band"));
    }
    SECTION("bands out of order") {
        const auto issues = issues_for(R"([
            {"id": "strength", "label": "Strength", "from": 3, "to": 5},
            {"id": "concern", "label": "Concern", "from": 1, "to": 3}])");
        CHECK(has_issue(issues, "$.bands[1].from", "ordered low to high"));
    }
    SECTION("bands not covering the likert range") {
        const auto issues = issues_for(R"([
            {"id": "concern", "label": "Concern", "from": 0, "to": 3},
            {"id": "strength", "label": "Strength", "from": 3, "to": 4}])");
        INFO(describe(issues));
        CHECK(has_issue(issues, "$.bands[0].from", "likert scale starts at 1"));
        CHECK(has_issue(issues, "$.bands[1].to", "likert scale ends at 5"));
    }
    SECTION("from not below to, missing label, duplicate id, wrong types") {
        const auto issues = issues_for(R"([
            {"id": "concern", "label": "Concern", "from": 1, "to": 1},
            {"id": "concern", "from": 1, "to": 5},
            {"id": "x", "label": "X", "from": "3", "to": 5},
            "strength"])");
        INFO(describe(issues));
        CHECK(has_issue(issues, "$.bands[0]", "`from` must be below `to`"));
        CHECK(has_issue(issues, "$.bands[1].id", "used twice"));
        CHECK(has_issue(issues, "$.bands[1].label", "needs a `label`"));
        CHECK(has_issue(issues, "$.bands[2].from", "found a string"));
        CHECK(has_issue(issues, "$.bands[3]", "expected a band object"));
    }
    SECTION("bands that are not a list, or an empty list") {
        CHECK(has_issue(issues_for(R"({"concern": 2})"), "$.bands", "expected an array"));
        CHECK(has_issue(issues_for("[]"), "$.bands", "empty"));
    }
}
