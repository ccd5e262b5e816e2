// The network_map item type: definition checks, answer validation, CSV cells
// and the per-respondent and per-territory scores, on hand-computed cases.
#include "network_map.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "network_dimensions_instrument.hpp"
#include "network_map_item_type.hpp"
#include "network_map_scoring.hpp"
#include "test_forms.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::test::make_form;
using sonda::test::make_item;
using sonda::test::make_response;

namespace {

const char* kMapItem = R"json({"id": "map", "type": "network_map", "rings": 4,
    "intensity": {"min": 1, "max": 3},
    "services": [{"value": "asl", "label": {"it": "Azienda sanitaria (ASL)", "en": "Health authority (ASL)"}},
                 {"value": "serd", "label": {"it": "SerD", "en": "Addiction service"}},
                 {"value": "third_sector", "label": {"it": "Terzo Settore", "en": "Third Sector"}}]})json";

std::vector<Issue> validate(const std::string& answer, const char* item_json = kMapItem) {
    std::vector<Issue> issues;
    NetworkMapItemType().validate_answer(make_item(item_json), parse_json(answer, Location{}),
                                         issues);
    return issues;
}

bool has_issue(const std::vector<Issue>& issues, const std::string& path, const std::string& text) {
    for (const Issue& issue : issues)
        if (issue.where.path == path && issue.reason.find(text) != std::string::npos &&
            issue.where.item == "map")
            return true;
    return false;
}

std::string describe(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

NetworkMapAnswer parse(const std::string& answer, const char* item_json = kMapItem) {
    const Item item = make_item(item_json);
    auto parsed =
        read_network_map_answer(item, network_map_spec(item), parse_json(answer, Location{}));
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("network-dimensions: a well-formed network map passes", "[network-dimensions]") {
    const auto issues = validate(R"({"centre": "Servizio sociale", "actors": [
        {"service": "asl", "ring": 1, "intensity": 3, "note": "protocollo firmato"},
        {"name": "Caritas", "ring": 3},
        {"name": "Centro per l'impiego", "ring": 2, "intensity": 1}]})");
    INFO(describe(issues));
    CHECK(issues.empty());
    CHECK(validate(R"({"actors": []})").empty());
}

TEST_CASE("network-dimensions: a ring outside the range is refused, naming the actor",
          "[network-dimensions]") {
    auto issues =
        validate(R"({"actors": [{"service": "asl", "ring": 2}, {"name": "Caritas", "ring": 5}]})");
    INFO(describe(issues));
    REQUIRE(issues.size() == 1);
    CHECK(has_issue(issues, "$.answers.map.actors[1].ring", "actor 2: ring 5 is outside 1..4"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 0}]})"),
                    "$.answers.map.actors[0].ring", "ring 0 is outside 1..4"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 2.5}]})"),
                    "$.answers.map.actors[0].ring", "whole number"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": "2"}]})"),
                    "$.answers.map.actors[0].ring", "found a string"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas"}]})"),
                    "$.answers.map.actors[0].ring", "has no `ring`"));
    // 2.0 is a whole number, as a spreadsheet may write it.
    CHECK(validate(R"({"actors": [{"name": "Caritas", "ring": 2.0}]})").empty());
}

TEST_CASE("network-dimensions: a duplicate actor is refused", "[network-dimensions]") {
    SECTION("same service id") {
        const auto issues = validate(
            R"({"actors": [{"service": "asl", "ring": 1}, {"service": "serd", "ring": 2}, {"service": "asl", "ring": 3}]})");
        INFO(describe(issues));
        REQUIRE(issues.size() == 1);
        CHECK(has_issue(issues, "$.answers.map.actors[2]", "actor 3"));
        CHECK(has_issue(issues, "$.answers.map.actors[2]", "already placed as actor 1"));
    }
    SECTION("same name, case and spacing aside") {
        const auto issues = validate(
            R"({"actors": [{"name": "Caritas  Diocesana", "ring": 1}, {"name": " caritas diocesana", "ring": 2}]})");
        CHECK(has_issue(issues, "$.answers.map.actors[1]", "already placed as actor 1"));
    }
    SECTION("accented capitals match too") {
        const auto issues = validate(
            R"({"actors": [{"name": "Società della Salute", "ring": 1}, {"name": "SOCIETÀ DELLA SALUTE", "ring": 2}]})");
        CHECK(has_issue(issues, "$.answers.map.actors[1]", "already placed"));
    }
    SECTION("a free name that is a catalogue service duplicates that service") {
        const auto issues = validate(
            R"({"actors": [{"service": "third_sector", "ring": 1}, {"name": "terzo settore", "ring": 2}]})");
        CHECK(has_issue(issues, "$.answers.map.actors[1]", "already placed as actor 1"));
    }
    SECTION("the centre is not an actor") {
        const auto issues =
            validate(R"({"centre": "asl", "actors": [{"service": "asl", "ring": 1}]})");
        CHECK(has_issue(issues, "$.answers.map.actors[0]", "is the centre of the map"));
    }
}

TEST_CASE("network-dimensions: network map answers of the wrong shape or type are refused",
          "[network-dimensions]") {
    CHECK(has_issue(validate(R"([{"name": "Caritas", "ring": 1}])"), "$.answers.map",
                    "put the list of actors under \"actors\""));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 1}]})",
                             R"({"id": "map", "type": "network_map", "rings": 4})"),
                    "$.answers.map", "") == false);
    {
        std::vector<Issue> issues;
        NetworkMapItemType().validate_answer(make_item(kMapItem), Poco::Dynamic::Var("Caritas"),
                                             issues);
        CHECK(has_issue(issues, "$.answers.map", "found a string"));
    }
    CHECK(has_issue(validate(R"({"centre": "oss"})"), "$.answers.map.actors", "needs `actors`"));
    CHECK(has_issue(validate(R"({"actors": {"name": "x"}})"), "$.answers.map.actors",
                    "must be an array, found an object"));
    CHECK(has_issue(validate(R"({"actors": [], "actor": []})"), "$.answers.map.actor",
                    "unknown key 'actor'"));
    CHECK(has_issue(validate(R"({"centre": 7, "actors": []})"), "$.answers.map.centre",
                    "found a number"));

    const auto issues = validate(R"({"actors": [
        {"ring": 1},
        {"name": "", "ring": 1},
        {"service": 12, "ring": 1},
        {"service": "police", "ring": 1},
        {"name": "Caritas", "ring": 1, "rign": 2},
        {"name": "Comune", "ring": 1, "intensity": 4},
        {"name": "Scuola", "ring": 1, "intensity": "high"},
        {"name": "Parrocchia", "ring": 1, "note": 5},
        "ASL"]})");
    INFO(describe(issues));
    CHECK(has_issue(issues, "$.answers.map.actors[0]", "actor 1 has neither `service` nor `name`"));
    CHECK(has_issue(issues, "$.answers.map.actors[1].name", "empty text"));
    CHECK(has_issue(issues, "$.answers.map.actors[2].service", "found a number"));
    CHECK(has_issue(issues, "$.answers.map.actors[3].service", "unknown service 'police'"));
    CHECK(has_issue(issues, "$.answers.map.actors[4].rign", "unknown key 'rign'"));
    CHECK(has_issue(issues, "$.answers.map.actors[5].intensity", "intensity 4 is outside 1..3"));
    CHECK(has_issue(issues, "$.answers.map.actors[6].intensity", "found a string"));
    CHECK(has_issue(issues, "$.answers.map.actors[7].note", "found a number"));
    CHECK(has_issue(issues, "$.answers.map.actors[8]", "actor 9 must be an object"));
    CHECK(issues.size() == 9);

    // Without an intensity scale in the item, an intensity is an error, not silently dropped.
    CHECK(has_issue(validate(R"({"actors": [{"name": "Comune", "ring": 1, "intensity": 2}]})",
                             R"({"id": "map", "type": "network_map"})"),
                    "$.answers.map.actors[0].intensity", "no intensity scale"));
    // Too many actors.
    std::string many = R"({"actors": [)";
    for (int i = 0; i < 4; ++i)
        many +=
            std::string(i ? "," : "") + R"({"name": "n)" + std::to_string(i) + R"(", "ring": 1})";
    CHECK(
        has_issue(validate(many + "]}", R"({"id": "map", "type": "network_map", "max_actors": 3})"),
                  "$.answers.map.actors", "at most 3"));
}

TEST_CASE("network-dimensions: network_map item definitions are checked", "[network-dimensions]") {
    auto check = [](const std::string& json) {
        std::vector<Issue> issues;
        NetworkMapItemType().check_definition(make_item(json), "$.items[7]", issues);
        return issues;
    };
    CHECK(check(R"({"id": "map", "type": "network_map"})").empty());
    CHECK(check(kMapItem).empty());
    CHECK(has_issue(check(R"({"id": "map", "type": "network_map", "rings": 1})"),
                    "$.items[7].rings", "from 2 to 7, found 1"));
    CHECK(has_issue(check(R"({"id": "map", "type": "network_map", "rings": 8})"),
                    "$.items[7].rings", "found 8"));
    CHECK(has_issue(check(R"({"id": "map", "type": "network_map", "rings": "4"})"),
                    "$.items[7].rings", "found a string"));
    CHECK(has_issue(
        check(R"({"id": "map", "type": "network_map", "intensity": {"min": 3, "max": 1}})"),
        "$.items[7].intensity", "`min` must be below `max`"));
    CHECK(has_issue(check(R"({"id": "map", "type": "network_map", "intensity": 3})"),
                    "$.items[7].intensity", "must be an object"));
    CHECK(has_issue(
        check(
            R"({"id": "map", "type": "network_map", "services": [{"value": "asl"}, {"value": "asl"}]})"),
        "$.items[7].services[1].value", "listed twice"));
    CHECK(has_issue(check(R"({"id": "map", "type": "network_map", "services": [{"label": "x"}]})"),
                    "$.items[7].services[0].value", "non-empty"));
    // Defaults: 4 rings, no intensity, any service.
    const NetworkMapSpec spec =
        network_map_spec(make_item(R"({"id": "map", "type": "network_map"})"));
    CHECK(spec.rings == 4);
    CHECK_FALSE(spec.intensity_min);
}

TEST_CASE("network-dimensions: a network map in a CSV cell is JSON text", "[network-dimensions]") {
    const NetworkMapItemType type;
    const Item item = make_item(kMapItem);
    CHECK(type.parse_cell(item, "  ", ',').isEmpty());
    const Poco::Dynamic::Var value =
        type.parse_cell(item, R"({"actors": [{"service": "asl", "ring": 2}]})", ',');
    std::vector<Issue> issues;
    type.validate_answer(item, value, issues);
    CHECK(issues.empty());
    CHECK(type.format_cell(item, value, ',') == R"({"actors":[{"ring":2,"service":"asl"}]})");
    CHECK(type.format_cell(item, Poco::Dynamic::Var(), ',').empty());
    CHECK_THROWS_AS(type.parse_cell(item, R"({"actors": [)", ','), InvalidInput);
}

TEST_CASE("network-dimensions: map scores per respondent, hand computed", "[network-dimensions]") {
    const NetworkMapSpec spec = network_map_spec(make_item(kMapItem));
    SECTION("weighted by intensity, midpoint weight when not given") {
        // closeness (4 rings): ring 1 = 1, ring 2 = 0.75, ring 4 = 0.25
        // weights: intensity 3 -> 3, not given -> 2 (midpoint of 1..3), intensity 1 -> 1
        const NetworkMapScores scores = score_network_map(spec, parse(R"({"actors": [
            {"service": "asl", "ring": 1, "intensity": 3},
            {"service": "serd", "ring": 2},
            {"name": "Caritas", "ring": 4, "intensity": 1}]})"));
        CHECK(scores.actors_per_ring == std::vector<int>{1, 1, 0, 1});
        CHECK(scores.total_actors == 3);
        REQUIRE(scores.closeness);
        CHECK(*scores.closeness == Approx((3 * 1.0 + 2 * 0.75 + 1 * 0.25) / 6.0));
    }
    SECTION("unweighted without an intensity scale") {
        const char* plain = R"({"id": "map", "type": "network_map", "rings": 5})";
        const NetworkMapSpec five = network_map_spec(make_item(plain));
        const NetworkMapScores scores = score_network_map(
            five,
            parse(R"({"actors": [{"name": "a", "ring": 1}, {"name": "b", "ring": 5}]})", plain));
        CHECK(scores.actors_per_ring == std::vector<int>{1, 0, 0, 0, 1});
        CHECK(*scores.closeness == Approx((1.0 + 0.2) / 2.0));
    }
    SECTION("an empty map has no closeness") {
        const NetworkMapScores scores = score_network_map(spec, parse(R"({"actors": []})"));
        CHECK(scores.total_actors == 0);
        CHECK_FALSE(scores.closeness);
    }
}

TEST_CASE("network-dimensions: the instrument reports the map scores by name",
          "[network-dimensions]") {
    const Form form = make_form(std::string(R"({"items": [
        {"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"}, )") +
                                kMapItem + "]}");
    const NetworkDimensionsInstrument instrument;
    const auto definitions = instrument.score_definitions(form);
    std::vector<std::string> names;
    for (const auto& definition : definitions) names.push_back(definition.name);
    CHECK(names == std::vector<std::string>{"sharing", "integration", "consolidation_development",
                                            "capacity_building", "ring_1_actors", "ring_2_actors",
                                            "ring_3_actors", "ring_4_actors", "total_actors",
                                            "closeness_index"});
    auto scores = instrument.score(
        form,
        make_response(
            "a",
            R"({"map": {"actors": [{"service": "asl", "ring": 2, "intensity": 1}, {"name": "x", "ring": 2, "intensity": 1}]}})"));
    REQUIRE(scores.size() == names.size());
    CHECK(*scores[5].value == 2);  // ring_2_actors
    CHECK(*scores[4].value == 0);
    CHECK(*scores[8].value == 2);
    CHECK(*scores[9].value == Approx(0.75));

    scores = instrument.score(form, make_response("b", R"({"s1": 3})"));  // map not answered
    for (std::size_t i = 4; i < scores.size(); ++i) CHECK_FALSE(scores[i].value);
}

TEST_CASE("network-dimensions: the territory map takes the median ring over who placed an actor",
          "[network-dimensions]") {
    const NetworkMapSpec spec = network_map_spec(make_item(kMapItem));
    const std::vector<NetworkMapAnswer> maps{
        parse(R"({"actors": [{"service": "asl", "ring": 1}, {"name": "Caritas", "ring": 3}]})"),
        parse(
            R"({"actors": [{"service": "asl", "ring": 2}, {"name": "caritas", "ring": 4, "intensity": 2}]})"),
        // "ASL" is the catalogue id written as a name: the same actor. "Ospedale" is not listed.
        parse(R"({"actors": [{"name": "ASL", "ring": 2}, {"name": "Ospedale", "ring": 2}]})"),
        parse(
            R"json({"actors": [{"name": "Health authority (ASL)", "ring": 2}, {"service": "serd", "ring": 4}]})json")};
    const TerritoryMap territory = build_territory_map(spec, maps);
    CHECK(territory.respondents == 4);
    const TerritoryActor* asl = territory.actor("service:asl");
    REQUIRE(asl);
    CHECK(asl->placed_by == 4);    // by id, by id, as "ASL", by its English label
    CHECK(asl->median_ring == 2);  // median of 1, 2, 2, 2
    CHECK(asl->ring_counts == std::vector<int>{1, 3, 0, 0});
    const TerritoryActor* caritas = territory.actor("name:caritas");
    REQUIRE(caritas);
    CHECK(caritas->placed_by == 2);
    CHECK(caritas->median_ring == 3.5);
    CHECK(caritas->first.name == "Caritas");
    REQUIRE(caritas->mean_intensity);
    CHECK(*caritas->mean_intensity == 2);
    REQUIRE(territory.actor("name:ospedale"));
    CHECK(territory.actor("name:ospedale")->placed_by == 1);
    CHECK(territory.actor("name:ospedale")->median_ring == 2);
    // Ordered by median ring.
    REQUIRE(territory.actors.size() == 4);
    CHECK(territory.actors.front().key == "service:asl");
    CHECK(territory.actors.back().key == "service:serd");

    CHECK(actor_label(spec, territory.actors.front().first, "it") == "Azienda sanitaria (ASL)");
}

TEST_CASE("network-dimensions: rings and intensities never wrap into range",
          "[network-dimensions]") {
    // 2^64+1 was parsed as 1, 2^32+2 would be 2 as a 32-bit int.
    CHECK_THROWS_WITH(
        validate(R"({"actors": [{"name": "Caritas", "ring": 18446744073709551617}]})"),
        Catch::Contains("at $.actors[0].ring is out of range"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 4294967298}]})"),
                    "$.answers.map.actors[0].ring", "ring 4294967298 is outside 1..4"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 18446744073709551615}]})"),
                    "$.answers.map.actors[0].ring", "ring 18446744073709551615 is outside 1..4"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": -9223372036854775808}]})"),
                    "$.answers.map.actors[0].ring", "is outside 1..4"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 1e300}]})"),
                    "$.answers.map.actors[0].ring", "is outside 1..4"));
    CHECK(has_issue(
        validate(R"({"actors": [{"name": "Caritas", "ring": 2, "intensity": 4294967298}]})"),
        "$.answers.map.actors[0].intensity", "intensity 4294967298 is outside 1..3"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 2, "intensity": 2.5}]})"),
                    "$.answers.map.actors[0].intensity", "whole number"));
    CHECK(validate(R"({"actors": [{"name": "Caritas", "ring": 2, "intensity": 3.0}]})").empty());
    // The same in a CSV cell, which holds JSON text.
    const NetworkMapItemType type;
    CHECK_THROWS_WITH(
        type.parse_cell(make_item(kMapItem),
                        R"({"actors": [{"service": "asl", "ring": 18446744073709551618}]})", ','),
        Catch::Contains("out of range"));
    // Definitions: an intensity scale or ring count past int is refused, not wrapped.
    std::vector<Issue> issues;
    NetworkMapItemType().check_definition(
        make_item(R"({"id": "map", "type": "network_map", "rings": 4294967300,
                      "intensity": {"min": 1, "max": 4294967299}})"),
        "$.items[0]", issues);
    CHECK(has_issue(issues, "$.items[0].rings", "must be a whole number from 2 to 7"));
    CHECK(has_issue(issues, "$.items[0].intensity.max", "must be a whole number"));
}

TEST_CASE("network-dimensions: control characters in names, notes and services are refused",
          "[network-dimensions]") {
    CHECK(has_issue(validate(R"({"actors": [{"name": "Cari\u001btas", "ring": 2}]})"),
                    "$.answers.map.actors[0].name", "control character U+001B (ESC)"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas\nSud", "ring": 2}]})"),
                    "$.answers.map.actors[0].name", "single-line"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 2, "note": "a\u0007"}]})"),
                    "$.answers.map.actors[0].note", "U+0007 (BEL)"));
    CHECK(has_issue(validate(R"({"actors": [{"name": "Caritas", "ring": 2, "note": "\u0085"}]})"),
                    "$.answers.map.actors[0].note", "U+0085"));
    CHECK(validate(R"({"actors": [{"name": "Caritas", "ring": 2, "note": "riga 1\nriga 2"}]})")
              .empty());
    CHECK(has_issue(validate(R"({"centre": "Servizio\u0000sociale", "actors": []})"),
                    "$.answers.map.centre", "U+0000 (NUL)"));
    std::vector<Issue> issues;
    NetworkMapItemType().check_definition(make_item(R"({"id": "map", "type": "network_map",
                      "services": [{"value": "a\u009bb"}, {"value": "c", "label": "C\u007f"}]})"),
                                          "$.items[0]", issues);
    CHECK(has_issue(issues, "$.items[0].services[0].value", "U+009B"));
    CHECK(has_issue(issues, "$.items[0].services[1].label", "U+007F (DEL)"));
}
