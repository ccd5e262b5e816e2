// Ring moves between two waves, on hand-made maps: territory level, paired
// respondents, and the instrument's compare() output.
#include "network_map_comparison.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "network_dimensions_instrument.hpp"
#include "test_forms.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::test::make_form;
using sonda::test::make_item;
using sonda::test::make_response;

namespace {

const char* kMapItem = R"({"id": "map", "type": "network_map", "rings": 4})";

NetworkMapAnswer parse(const std::string& answer) {
    const Item item = make_item(kMapItem);
    auto parsed =
        read_network_map_answer(item, network_map_spec(item), parse_json(answer, Location{}));
    REQUIRE(parsed);
    return *parsed;
}

const ActorChange& change_of(const std::vector<ActorChange>& changes, const std::string& key) {
    for (const ActorChange& change : changes)
        if (change.key == key) return change;
    FAIL("no change for " << key);
    throw std::logic_error("unreachable");
}

// Workshop 1 and workshop 2 maps of one territory, three respondents each.
const char* kFrom[] = {
    R"({"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}, {"name": "Caritas", "ring": 2}, {"name": "Comune", "ring": 1}]})",
    R"({"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 1}, {"name": "Caritas", "ring": 2}, {"name": "Comune", "ring": 1}]})",
    R"({"actors": [{"name": "ASL", "ring": 4}, {"name": "SerD", "ring": 2}]})"};
const char* kTo[] = {
    R"({"actors": [{"name": "ASL", "ring": 1}, {"name": "SerD", "ring": 4}, {"name": "Caritas", "ring": 2}, {"name": "Terzo Settore", "ring": 2}]})",
    R"({"actors": [{"name": "ASL", "ring": 2}, {"name": "SerD", "ring": 3}, {"name": "Caritas", "ring": 2}]})",
    R"({"actors": [{"name": "ASL", "ring": 1}, {"name": "SerD", "ring": 4}, {"name": "Terzo Settore", "ring": 3}]})"};

}  // namespace

TEST_CASE("network-dimensions: territory maps compared actor by actor", "[network-dimensions]") {
    const NetworkMapSpec spec = network_map_spec(make_item(kMapItem));
    std::vector<NetworkMapAnswer> from, to;
    for (const char* map : kFrom) from.push_back(parse(map));
    for (const char* map : kTo) to.push_back(parse(map));
    const auto changes =
        compare_territory_maps(build_territory_map(spec, from), build_territory_map(spec, to));
    REQUIRE(changes.size() == 5);

    // ASL: median of 3,3,4 = 3 -> median of 1,2,1 = 1
    const ActorChange& asl = change_of(changes, "name:asl");
    CHECK(asl.move == ActorMove::MovedInward);
    CHECK(*asl.ring_from == 3);
    CHECK(*asl.ring_to == 1);
    // SerD: median of 2,1,2 = 2 -> median of 4,3,4 = 4
    const ActorChange& serd = change_of(changes, "name:serd");
    CHECK(serd.move == ActorMove::MovedOutward);
    CHECK(*serd.ring_from == 2);
    CHECK(*serd.ring_to == 4);
    // Caritas: 2,2 -> 2,2
    CHECK(change_of(changes, "name:caritas").move == ActorMove::Unchanged);
    // Terzo Settore only at the second wave, median of 2,3 = 2.5
    const ActorChange& third = change_of(changes, "name:terzo settore");
    CHECK(third.move == ActorMove::Appeared);
    CHECK_FALSE(third.ring_from);
    CHECK(*third.ring_to == 2.5);
    CHECK(third.placed_by_to == 2);
    // Comune only at the first wave
    const ActorChange& comune = change_of(changes, "name:comune");
    CHECK(comune.move == ActorMove::Disappeared);
    CHECK(*comune.ring_from == 1);
    CHECK_FALSE(comune.ring_to);
    CHECK(comune.placed_by_from == 2);

    // Grouped in the order of ActorMove.
    CHECK(changes[0].move == ActorMove::MovedInward);
    CHECK(changes[4].move == ActorMove::Disappeared);
}

TEST_CASE("network-dimensions: a half-ring change of the median counts as a move",
          "[network-dimensions]") {
    const NetworkMapSpec spec = network_map_spec(make_item(kMapItem));
    const auto changes = compare_territory_maps(
        build_territory_map(spec, {parse(R"({"actors": [{"name": "ASL", "ring": 2}]})"),
                                   parse(R"({"actors": [{"name": "ASL", "ring": 2}]})")}),
        build_territory_map(spec, {parse(R"({"actors": [{"name": "ASL", "ring": 2}]})"),
                                   parse(R"({"actors": [{"name": "ASL", "ring": 3}]})")}));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].move == ActorMove::MovedOutward);
    CHECK(*changes[0].ring_to == 2.5);
}

TEST_CASE("network-dimensions: moves of one respondent's own map", "[network-dimensions]") {
    const MoveCounts counts = count_moves(parse(kFrom[0]), parse(kTo[0]));
    CHECK(counts.moved_inward == 1);   // ASL 3 -> 1
    CHECK(counts.moved_outward == 1);  // SerD 2 -> 4
    CHECK(counts.unchanged == 1);      // Caritas
    CHECK(counts.appeared == 1);       // Terzo Settore
    CHECK(counts.disappeared == 1);    // Comune
    const MoveCounts same = count_moves(parse(kFrom[0]), parse(kFrom[0]));
    CHECK(same.moves() == 0);
    CHECK(same.unchanged == 4);
}

TEST_CASE("network-dimensions: compare() reports territory moves and paired respondents",
          "[network-dimensions]") {
    const Form form = make_form(std::string(R"({"items": [)") + kMapItem + "]}");
    std::vector<Response> from, to;
    for (int i = 0; i < 3; ++i) {
        from.push_back(
            make_response("p" + std::to_string(i), std::string(R"({"map": )") + kFrom[i] + "}"));
        to.push_back(
            make_response("p" + std::to_string(i), std::string(R"({"map": )") + kTo[i] + "}"));
    }
    // A respondent only at the second wave is in the territory map, not in the pairs.
    to.push_back(make_response("q9", R"({"map": {"actors": [{"name": "ASL", "ring": 1}]}})"));

    CompareOptions options;
    options.min_cell = 3;
    const auto result = NetworkDimensionsInstrument().compare(form, from, to, options);
    REQUIRE(result);
    CHECK(result->getValue<int>("n_from") == 3);
    CHECK(result->getValue<int>("n_to") == 4);
    CHECK_FALSE(result->getValue<bool>("suppressed"));
    const auto map = result->getObject("network_map");
    REQUIRE(map);
    CHECK(map->getValue<int>("respondents_to") == 4);
    const auto summary = map->getObject("summary");
    CHECK(summary->getValue<int>("moved_inward") == 1);
    CHECK(summary->getValue<int>("moved_outward") == 1);
    CHECK(summary->getValue<int>("appeared") == 1);
    CHECK(summary->getValue<int>("disappeared") == 1);
    CHECK(summary->getValue<int>("unchanged") == 1);
    const auto inward = map->getObject("actors")->getArray("moved_inward");
    REQUIRE(inward->size() == 1);
    CHECK(inward->getObject(0)->getValue<std::string>("label") == "ASL");
    CHECK(inward->getObject(0)->getValue<double>("ring_from") == 3);
    CHECK(inward->getObject(0)->getValue<double>("ring_to") == 1);
    CHECK(inward->getObject(0)->getValue<int>("placed_by_to") == 4);
    CHECK(map->getObject("actors")->getArray("appeared")->getObject(0)->isNull("ring_from"));

    const auto paired = map->getObject("paired");
    CHECK(paired->getValue<int>("pairs") == 3);
    CHECK_FALSE(paired->getValue<bool>("suppressed"));
    CHECK(paired->getValue<int>("respondents_with_moves") == 3);
    // p0: in 1 (ASL), out 1 (SerD), appeared 1, disappeared 1 (Comune), unchanged 1 (Caritas)
    // p1: in 1 (ASL 3->2), out 1 (SerD 1->3), unchanged 1 (Caritas), disappeared 1 (Comune)
    // p2: in 1 (ASL 4->1), out 1 (SerD 2->4), appeared 1 (Terzo Settore)
    const auto moves = paired->getObject("moves");
    CHECK(moves->getValue<int>("moved_inward") == 3);
    CHECK(moves->getValue<int>("moved_outward") == 3);
    CHECK(moves->getValue<int>("appeared") == 2);
    CHECK(moves->getValue<int>("disappeared") == 2);
    CHECK(moves->getValue<int>("unchanged") == 2);
}

TEST_CASE("network-dimensions: compare() withholds small groups and few pairs",
          "[network-dimensions]") {
    const Form form = make_form(std::string(R"({"items": [)") + kMapItem + "]}");
    std::vector<Response> from, to;
    for (int i = 0; i < 3; ++i) {
        from.push_back(
            make_response("p" + std::to_string(i), std::string(R"({"map": )") + kFrom[i] + "}"));
        to.push_back(
            make_response("n" + std::to_string(i), std::string(R"({"map": )") + kTo[i] + "}"));
    }
    to.push_back(make_response("p0", std::string(R"({"map": )") + kTo[0] + "}"));
    CompareOptions options;
    options.min_cell = 3;
    auto result = NetworkDimensionsInstrument().compare(form, from, to, options);
    CHECK_FALSE(result->getValue<bool>("suppressed"));
    const auto paired = result->getObject("network_map")->getObject("paired");
    CHECK(paired->getValue<int>("pairs") == 1);
    CHECK(paired->getValue<bool>("suppressed"));
    CHECK_FALSE(paired->has("moves"));

    options.min_cell = 4;  // the first wave has 3 respondents
    result = NetworkDimensionsInstrument().compare(form, from, to, options);
    CHECK(result->getValue<bool>("suppressed"));
    CHECK_FALSE(result->has("network_map"));
    CHECK_FALSE(result->has("dimensions"));
}
