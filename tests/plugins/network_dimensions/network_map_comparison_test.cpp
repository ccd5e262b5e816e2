// Ring moves between two waves, on hand-made maps: territory level, paired
// respondents, and the instrument's compare() output.
#include "network_map_comparison.hpp"

#include <catch2/catch.hpp>
#include <sstream>
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
    const MapComparison comparison =
        compare_territory_maps(build_territory_map(spec, from), build_territory_map(spec, to));
    const std::vector<ActorChange>& changes = comparison.actors;
    REQUIRE(changes.size() == 5);
    CHECK(comparison.actors_withheld == 0);  // no threshold: every actor listed

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
    const auto changes =
        compare_territory_maps(
            build_territory_map(spec, {parse(R"({"actors": [{"name": "ASL", "ring": 2}]})"),
                                       parse(R"({"actors": [{"name": "ASL", "ring": 2}]})")}),
            build_territory_map(spec, {parse(R"({"actors": [{"name": "ASL", "ring": 2}]})"),
                                       parse(R"({"actors": [{"name": "ASL", "ring": 3}]})")}))
            .actors;
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
    options.min_cell = 2;  // every actor here is placed by at least two: all listed
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
    CHECK(summary->getValue<int>("unclassified") == 0);
    CHECK(map->getValue<int>("actors_withheld") == 0);
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

TEST_CASE("network-dimensions: the same code in two territories is two people, never paired",
          "[network-dimensions]") {
    // Codes are scoped by territory, as the core pairs scores: in a group
    // over both territories, t1's p0 pairs with t1's p0 only.
    const Form form = make_form(std::string(R"({"items": [)") + kMapItem + "]}");
    std::vector<Response> from, to;
    for (const char* territory : {"t1", "t2"})
        for (int i = 0; i < 3; ++i) {
            from.push_back(make_response("p" + std::to_string(i),
                                         std::string(R"({"map": )") + kFrom[i] + "}"));
            to.push_back(
                make_response("p" + std::to_string(i), std::string(R"({"map": )") + kTo[i] + "}"));
            from.back().territory = to.back().territory = territory;
        }
    to.push_back(make_response("", R"({"map": {"actors": [{"name": "ASL", "ring": 1}]}})"));
    from.push_back(make_response("", R"({"map": {"actors": [{"name": "ASL", "ring": 2}]}})"));
    CompareOptions options;
    options.min_cell = 2;
    const auto result = NetworkDimensionsInstrument().compare(form, from, to, options);
    REQUIRE(result);
    const auto paired = result->getObject("network_map")->getObject("paired");
    CHECK(paired->getValue<int>("pairs") ==
          6);  // not 3, and the responses without a code not at all
    CHECK(paired->getObject("moves")->getValue<int>("moved_inward") == 6);
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

namespace {

// Four respondents at each wave (the same codes), so the group and the pairs
// are shown with min_cell 3, while some actors are placed by fewer than 3:
//   ASL      4 -> 4   rings 3 -> 1          listed, moved inward
//   SerD     3 -> 1   rings 2 -> (4)        listed, the later wave withheld
//   Scuola   1 -> 3   rings (4) -> 2        listed, the earlier wave withheld
//   Comune   3 -> 0   rings 1 -> -          listed, disappeared
//   Caritas  1 -> 2   rings (1) -> (3)      small at both waves: not listed
//   Ospedale 0 -> 2   rings - -> (2)        small where placed: not listed
const char* kSmallFrom[] = {
    R"({"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}, {"name": "Caritas", "ring": 1}, {"name": "Comune", "ring": 1}, {"name": "scuola", "ring": 4}]})",
    R"({"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}, {"name": "Comune", "ring": 1}]})",
    R"({"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}, {"name": "Comune", "ring": 1}]})",
    R"({"actors": [{"name": "ASL", "ring": 3}]})"};
const char* kSmallTo[] = {
    R"({"actors": [{"name": "ASL", "ring": 1}, {"name": "SERD", "ring": 4}, {"name": "Caritas", "ring": 3}, {"name": "Ospedale", "ring": 2}, {"name": "Scuola", "ring": 2}]})",
    R"({"actors": [{"name": "ASL", "ring": 1}, {"name": "Caritas", "ring": 3}, {"name": "Ospedale", "ring": 2}, {"name": "Scuola", "ring": 2}]})",
    R"({"actors": [{"name": "ASL", "ring": 1}, {"name": "Scuola", "ring": 2}]})",
    R"({"actors": [{"name": "ASL", "ring": 1}]})"};

Form small_actor_form() { return make_form(std::string(R"({"items": [)") + kMapItem + "]}"); }

std::vector<Response> small_actor_wave(const char* const* maps) {  // four maps
    std::vector<Response> wave;
    for (int i = 0; i < 4; ++i)
        wave.push_back(
            make_response("f" + std::to_string(i), std::string(R"({"map": )") + maps[i] + "}"));
    return wave;
}

Poco::JSON::Object::Ptr small_actor_map(const CompareOptions& options) {
    const auto result = NetworkDimensionsInstrument().compare(
        small_actor_form(), small_actor_wave(kSmallFrom), small_actor_wave(kSmallTo), options);
    REQUIRE(result);
    REQUIRE_FALSE(result->getValue<bool>("suppressed"));
    const auto map = result->getObject("network_map");
    REQUIRE(map);
    return map;
}

// The entry of `actor` in the move list `move`, or null.
Poco::JSON::Object::Ptr listed(const Poco::JSON::Object::Ptr& map, const std::string& move,
                               const std::string& actor) {
    const auto list = map->getObject("actors")->getArray(move);
    if (!list) return nullptr;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto entry = list->getObject(static_cast<unsigned>(i));
        if (entry->getValue<std::string>("actor") == actor) return entry;
    }
    return nullptr;
}

int listed_count(const Poco::JSON::Object::Ptr& map) {
    int n = 0;
    const auto actors = map->getObject("actors");
    for (const std::string& move : actors->getNames())
        n += static_cast<int>(actors->getArray(move)->size());
    return n;
}

std::string json_text(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

CompareOptions min_cell_3() {
    CompareOptions options;
    options.min_cell = 3;
    return options;
}

}  // namespace

TEST_CASE("network-dimensions: an actor placed by fewer than min_cell at a wave has no ring there",
          "[network-dimensions]") {
    const auto map = small_actor_map(min_cell_3());
    INFO(json_text(map));
    // SerD: three placed it at wave A (ring 2), one at wave B.
    const auto serd = listed(map, "unclassified", "name:serd");
    REQUIRE(serd);
    CHECK(serd->getValue<double>("ring_from") == 2);
    CHECK(serd->getValue<int>("placed_by_from") == 3);
    CHECK(serd->isNull("ring_to"));
    CHECK(serd->isNull("placed_by_to"));
    CHECK(serd->getValue<std::string>("label") == "SerD");  // as written at the shown wave
    // Scuola: one at wave A, three at wave B (ring 2).
    const auto school = listed(map, "unclassified", "name:scuola");
    REQUIRE(school);
    CHECK(school->isNull("ring_from"));
    CHECK(school->isNull("placed_by_from"));
    CHECK(school->getValue<double>("ring_to") == 2);
    CHECK(school->getValue<int>("placed_by_to") == 3);
    // No move is derived from a withheld ring: neither is in any move list.
    for (const char* move :
         {"moved_inward", "moved_outward", "unchanged", "appeared", "disappeared"}) {
        CHECK_FALSE(listed(map, move, "name:serd"));
        CHECK_FALSE(listed(map, move, "name:scuola"));
    }
    // Actors shown at every wave where placed keep their figures and moves.
    const auto asl = listed(map, "moved_inward", "name:asl");
    REQUIRE(asl);
    CHECK(asl->getValue<double>("ring_from") == 3);
    CHECK(asl->getValue<double>("ring_to") == 1);
    CHECK(asl->getValue<int>("placed_by_to") == 4);
    const auto comune = listed(map, "disappeared", "name:comune");
    REQUIRE(comune);
    CHECK(comune->getValue<int>("placed_by_from") == 3);
    CHECK(comune->getValue<int>("placed_by_to") == 0);  // nobody: absent, not withheld
    CHECK(comune->isNull("ring_to"));
}

TEST_CASE("network-dimensions: an actor small at every wave is not listed, only counted",
          "[network-dimensions]") {
    const auto map = small_actor_map(min_cell_3());
    const std::string text = json_text(map);
    INFO(text);
    // Caritas (1 then 2) and Ospedale (absent then 2).
    CHECK(map->getValue<int>("actors_withheld") == 2);
    CHECK(listed_count(map) == 4);
    CHECK(text.find("caritas") == std::string::npos);
    CHECK(text.find("Caritas") == std::string::npos);
    CHECK(text.find("Ospedale") == std::string::npos);
    CHECK(text.find("ospedale") == std::string::npos);
}

TEST_CASE("network-dimensions: the map's summary counts only the listed actors",
          "[network-dimensions]") {
    const auto map = small_actor_map(min_cell_3());
    const auto summary = map->getObject("summary");
    INFO(json_text(map));
    CHECK(summary->getValue<int>("moved_inward") == 1);   // ASL
    CHECK(summary->getValue<int>("moved_outward") == 0);  // Caritas 1 -> 3 is withheld
    CHECK(summary->getValue<int>("appeared") == 0);       // Ospedale is withheld
    CHECK(summary->getValue<int>("disappeared") == 1);    // Comune
    CHECK(summary->getValue<int>("unchanged") == 0);
    CHECK(summary->getValue<int>("unclassified") == 2);  // SerD, Scuola
    // Every count is of a list: a total minus the lists is nothing.
    const auto actors = map->getObject("actors");
    int total = 0;
    for (const std::string& move : summary->getNames()) {
        CHECK(summary->getValue<int>(move) == static_cast<int>(actors->getArray(move)->size()));
        total += summary->getValue<int>(move);
    }
    CHECK(total == listed_count(map));

    // The same at the level of the function the instrument uses.
    const NetworkMapSpec spec = network_map_spec(make_item(kMapItem));
    std::vector<NetworkMapAnswer> from, to;
    for (const char* answer : kSmallFrom) from.push_back(parse(answer));
    for (const char* answer : kSmallTo) to.push_back(parse(answer));
    const MapComparison comparison =
        compare_territory_maps(build_territory_map(spec, from), build_territory_map(spec, to), 3);
    CHECK(comparison.actors.size() == 4);
    CHECK(comparison.actors_withheld == 2);
    CHECK(comparison.summary.moved_outward == 0);
    CHECK(comparison.summary.unclassified == 2);
    CHECK(comparison.actors.back().move == ActorMove::Unclassified);  // grouped last
}

TEST_CASE("network-dimensions: with suppression off every actor is shown as before",
          "[network-dimensions]") {
    CompareOptions options = min_cell_3();
    options.suppression = false;
    const auto map = small_actor_map(options);
    INFO(json_text(map));
    CHECK(map->getValue<int>("actors_withheld") == 0);
    CHECK(listed_count(map) == 6);
    const auto summary = map->getObject("summary");
    CHECK(summary->getValue<int>("moved_inward") == 2);   // ASL, Scuola 4 -> 2
    CHECK(summary->getValue<int>("moved_outward") == 2);  // SerD 2 -> 4, Caritas 1 -> 3
    CHECK(summary->getValue<int>("appeared") == 1);       // Ospedale
    CHECK(summary->getValue<int>("disappeared") == 1);    // Comune
    CHECK(summary->getValue<int>("unclassified") == 0);
    const auto serd = listed(map, "moved_outward", "name:serd");
    REQUIRE(serd);
    CHECK(serd->getValue<double>("ring_to") == 4);
    CHECK(serd->getValue<int>("placed_by_to") == 1);
    const auto caritas = listed(map, "moved_outward", "name:caritas");
    REQUIRE(caritas);
    CHECK(caritas->getValue<int>("placed_by_from") == 1);
    CHECK(caritas->getValue<double>("ring_from") == 1);
    const auto hospital = listed(map, "appeared", "name:ospedale");
    REQUIRE(hospital);
    CHECK(hospital->getValue<int>("placed_by_from") == 0);
    CHECK(hospital->getValue<double>("ring_to") == 2);
}
