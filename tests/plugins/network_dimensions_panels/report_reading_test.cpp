// The network map as the panels read it: a wave withheld for an actor (placed
// by fewer than the minimum cell) has no ring and no count, never a 0 or a
// ring to draw; actors not listed are only counted; malformed extras read as
// absent instead of throwing. Checked on hand-made extras, on the instrument's
// own output and on the demo database.
#include "report_reading.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "demo_project.hpp"
#include "network_dimensions_instrument.hpp"
#include "sonda/util/json.hpp"
#include "test_forms.hpp"

using namespace sonda::network_dimensions::panels;

namespace {

Poco::JSON::Object::Ptr parse(const std::string& json) {
    return sonda::parse_json_object(json, sonda::Location{"test", 0, "", ""});
}

const MapActor* actor_of(const MapChange& change, const std::string& key) {
    for (const MapActor& actor : change.actors)
        if (actor.key == key) return &actor;
    return nullptr;
}

}  // namespace

TEST_CASE("[network_dimensions_panels] a withheld wave of an actor reads as empty, not 0",
          "[network_dimensions_panels]") {
    const MapChange change = read_map_change(parse(R"js({
      "instrument": "network-dimensions", "n_from": 8, "n_to": 9, "min_cell": 5, "suppressed": false,
      "network_map": {"item": "map", "rings": 4, "respondents_from": 8, "respondents_to": 9,
        "summary": {"moved_inward": 1, "moved_outward": 0, "appeared": 0, "disappeared": 0,
                    "unchanged": 0, "unclassified": 2},
        "actors": {
          "moved_inward": [{"actor": "service:asl", "service": "asl", "label": "ASL",
                            "ring_from": 3, "ring_to": 1.5, "placed_by_from": 6, "placed_by_to": 7}],
          "moved_outward": [], "appeared": [], "disappeared": [], "unchanged": [],
          "unclassified": [{"actor": "name:serd", "service": null, "label": "SerD",
                            "ring_from": 2, "ring_to": null, "placed_by_from": 5, "placed_by_to": null},
                           {"actor": "name:odd", "service": null, "label": "Odd",
                            "ring_from": 2, "ring_to": 3, "placed_by_from": null, "placed_by_to": 6}]},
        "actors_withheld": 3}})js"));
    REQUIRE(change.present);
    CHECK_FALSE(change.suppressed);
    CHECK(change.actors.size() == 3);
    CHECK(change.moved_inward == 1);
    CHECK(change.unclassified == 2);
    CHECK(change.actors_withheld == 3);

    const MapActor* asl = actor_of(change, "service:asl");
    REQUIRE(asl);
    CHECK(asl->move == "moved_inward");
    CHECK(asl->ring_to == 1.5);
    CHECK(asl->placed_by_to == 7);

    const MapActor* serd = actor_of(change, "name:serd");
    REQUIRE(serd);
    CHECK(serd->move == "unclassified");
    CHECK(serd->ring_from == 2.0);
    CHECK(serd->placed_by_from == 5);
    CHECK_FALSE(serd->ring_to);       // nothing to draw at wave B
    CHECK_FALSE(serd->placed_by_to);  // withheld, not 0

    // A ring without the count behind it is not drawn either.
    const MapActor* odd = actor_of(change, "name:odd");
    REQUIRE(odd);
    CHECK_FALSE(odd->ring_from);
    CHECK(odd->ring_to == 3.0);
}

TEST_CASE("[network_dimensions_panels] malformed or foreign extras read as absent",
          "[network_dimensions_panels]") {
    CHECK_FALSE(read_map_change(Poco::JSON::Object::Ptr()).present);
    // A withheld group: no map, but a place for the hatched box.
    const MapChange withheld = read_map_change(parse(
        R"js({"instrument": "network-dimensions", "n_from": 2, "n_to": 9, "suppressed": true})js"));
    CHECK(withheld.present);
    CHECK(withheld.suppressed);
    CHECK(withheld.actors.empty());

    MapChange odd;
    REQUIRE_NOTHROW(odd = read_map_change(parse(R"js({"suppressed": "no",
      "network_map": {"rings": "four", "actors_withheld": true,
        "summary": {"moved_inward": "1"},
        "actors": {"moved_inward": [{"actor": 7, "ring_from": "3", "ring_to": true,
                                     "placed_by_from": "6", "placed_by_to": false}, 3],
                   "unchanged": {"not": "a list"}}}})js")));
    CHECK(odd.present);
    CHECK_FALSE(odd.suppressed);
    CHECK(odd.actors_withheld == 0);
    CHECK(odd.moved_inward == 0);
    REQUIRE(odd.actors.size() == 1);
    CHECK(odd.actors[0].key.empty());
    CHECK_FALSE(odd.actors[0].ring_from);
    CHECK_FALSE(odd.actors[0].ring_to);
    CHECK_FALSE(odd.actors[0].placed_by_from);
    CHECK_FALSE(odd.actors[0].placed_by_to);
}

TEST_CASE("[network_dimensions_panels] the instrument's own output: small actors are not drawn",
          "[network_dimensions_panels]") {
    using sonda::test::make_response;
    const sonda::Form form =
        sonda::test::make_form(R"({"items": [{"id": "map", "type": "network_map", "rings": 4}]})");
    // ASL placed by all three at both waves; SerD by three, then by one;
    // Caritas by one, then by two.
    std::vector<sonda::Response> from{
        make_response(
            "a",
            R"({"map": {"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}, {"name": "Caritas", "ring": 1}]}})"),
        make_response(
            "b",
            R"({"map": {"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}]}})"),
        make_response(
            "c",
            R"({"map": {"actors": [{"name": "ASL", "ring": 3}, {"name": "SerD", "ring": 2}]}})")};
    std::vector<sonda::Response> to{
        make_response(
            "a",
            R"({"map": {"actors": [{"name": "ASL", "ring": 1}, {"name": "SerD", "ring": 4}, {"name": "Caritas", "ring": 4}]}})"),
        make_response(
            "b",
            R"({"map": {"actors": [{"name": "ASL", "ring": 1}, {"name": "Caritas", "ring": 4}]}})"),
        make_response("c", R"({"map": {"actors": [{"name": "ASL", "ring": 1}]}})")};
    sonda::CompareOptions options;
    options.min_cell = 3;
    const MapChange change = read_map_change(
        sonda::network_dimensions::NetworkDimensionsInstrument().compare(form, from, to, options));
    REQUIRE(change.present);
    CHECK(change.actors.size() == 2);
    CHECK(change.actors_withheld == 1);
    CHECK_FALSE(actor_of(change, "name:caritas"));
    const MapActor* serd = actor_of(change, "name:serd");
    REQUIRE(serd);
    CHECK(serd->move == "unclassified");
    CHECK(serd->ring_from == 2.0);
    CHECK_FALSE(serd->ring_to);
    CHECK_FALSE(serd->placed_by_to);
    CHECK(change.moved_inward + change.moved_outward + change.appeared + change.disappeared +
              change.unchanged + change.unclassified ==
          static_cast<int>(change.actors.size()));

    options.suppression = false;
    const MapChange everything = read_map_change(
        sonda::network_dimensions::NetworkDimensionsInstrument().compare(form, from, to, options));
    CHECK(everything.actors.size() == 3);
    CHECK(everything.actors_withheld == 0);
    REQUIRE(actor_of(everything, "name:serd"));
    CHECK(actor_of(everything, "name:serd")->placed_by_to == 1);
    CHECK(actor_of(everything, "name:serd")->ring_to == 4.0);
}

TEST_CASE("[network_dimensions_panels] on the demo every ring drawn stands for min_cell or more",
          "[network_dimensions_panels]") {
    sonda::test::DemoProject demo;
    sonda::ReportRequest request;
    request.form = "network-dimensions";
    request.from_wave = "workshop-1";
    request.to_wave = "workshop-2";
    request.by = sonda::GroupBy::Territory;
    const sonda::Report report = sonda::build_report(*demo.project, request);
    REQUIRE(report.suppression);
    int drawn = 0;
    for (const sonda::GroupReport& group : report.groups) {
        const MapChange change = read_map_change(group);
        if (!change.present || change.suppressed) continue;
        INFO(group.group);
        for (const MapActor& actor : change.actors) {
            INFO(actor.key);
            if (actor.ring_from) {
                REQUIRE(actor.placed_by_from);
                CHECK(*actor.placed_by_from >= report.min_cell);
                ++drawn;
            }
            if (actor.ring_to) {
                REQUIRE(actor.placed_by_to);
                CHECK(*actor.placed_by_to >= report.min_cell);
                ++drawn;
            }
        }
    }
    // The demo's maps still have something to draw (the HTML report and the
    // dashboard show them side by side).
    CHECK(drawn > 0);
}
