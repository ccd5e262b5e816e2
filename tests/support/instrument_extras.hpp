// What the in-tree instruments add to a report group, hand-made in their
// documented JSON shapes (docs/instruments/), with the edge cases a renderer
// must survive: markup in titles, a territory that did not answer at one
// wave, actors on half rings. For the tests of each instrument's report
// section and for the HTML sample rendered in a real browser.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <initializer_list>
#include <optional>
#include <string>

namespace sonda::testing {

// The objectives-monitoring comparison of the group "odd<b>": a second
// territory that did not answer at wave A, a stalled objective with markup in
// its title, a new and a removed one.
inline Poco::JSON::Object::Ptr objectives_extras() {
    return Poco::JSON::Parser()
        .parse(R"({
        "instrument": "objectives-monitoring", "team_level": true,
        "territories_from": 1, "territories_to": 2,
        "transitions": {
          "counts": [{"from": "in_progress", "to": "achieved", "n": 1},
                     {"from": "planned", "to": "planned", "n": 1}],
          "list": [
            {"territory": "odd<b>", "id": "interop", "title": "Systems interoperability",
             "dimension": "integration", "owner": "health_service", "status_from": "in_progress",
             "status_to": "achieved", "progress_from": 50, "progress_to": 100, "progress_change": 50},
            {"territory": "odd<b>", "id": "tavolo", "title": "Tavolo <b>\"rete\"</b> & co.",
             "dimension": "sharing", "owner": "social_service", "status_from": "planned",
             "status_to": "planned", "progress_from": 0, "progress_to": 0, "progress_change": 0}]},
        "achievement": {
          "from": {"by_territory": [{"territory": "odd<b>", "objectives": 3, "achieved": 0,
                   "dropped": 0, "counted": 3, "rate": 0, "mean_progress": 20}]},
          "to": {"by_territory": [
                   {"territory": "grosseto", "objectives": 1, "achieved": 0, "dropped": 0,
                    "counted": 1, "rate": 0, "mean_progress": 0},
                   {"territory": "odd<b>", "objectives": 3, "achieved": 1, "dropped": 0,
                    "counted": 3, "rate": 0.3333333333, "mean_progress": 33.3333333333}]}},
        "stalled": [
            {"territory": "odd<b>", "id": "tavolo", "title": "Tavolo <b>\"rete\"</b> & co.",
             "dimension": "sharing", "owner": "social_service", "status_from": "planned",
             "status_to": "planned", "progress_from": 0, "progress_to": 0, "progress_change": 0}],
        "new": [
            {"territory": "odd<b>", "id": "joint-training", "title": "Joint training with the Third Sector",
             "dimension": "capacity_building", "owner": "employment_centre", "status": "planned",
             "progress": 0, "response": "r2"},
            {"territory": "grosseto", "id": "intake", "title": "Shared intake desk",
             "dimension": "integration", "owner": "social_service", "status": "planned",
             "progress": 0, "response": "r3"}],
        "removed": [
            {"territory": "odd<b>", "id": "leaflet", "title": "Printed leaflet of the services",
             "dimension": "sharing", "owner": "social_service", "status": "in_progress",
             "progress": 10, "response": "r1"}],
        "warnings": []})")
        .extract<Poco::JSON::Object::Ptr>();
}

// The network-dimensions comparison of the group "pistoia", with its map: six
// actors, two moved inward (one to a half ring), one outward, one appeared
// (with markup in its name), one disappeared, two unchanged.
inline Poco::JSON::Object::Ptr network_map_extras() {
    Poco::JSON::Object::Ptr map = new Poco::JSON::Object;
    map->set("item", "network_map");
    map->set("rings", 4);
    Poco::JSON::Object::Ptr actors = new Poco::JSON::Object;
    auto actor = [](const std::string& label, std::optional<double> from,
                    std::optional<double> to) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("actor", label);
        entry->set("label", label);
        entry->set("ring_from", from ? Poco::Dynamic::Var(*from) : Poco::Dynamic::Var());
        entry->set("ring_to", to ? Poco::Dynamic::Var(*to) : Poco::Dynamic::Var());
        // Placed by enough people wherever it is on the map: 0 where it is not.
        entry->set("placed_by_from", from ? 6 : 0);
        entry->set("placed_by_to", to ? 7 : 0);
        return entry;
    };
    auto list = [&](std::initializer_list<Poco::JSON::Object::Ptr> entries) {
        Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
        for (const auto& entry : entries) array->add(entry);
        return array;
    };
    actors->set("moved_inward",
                list({actor("Mental health", 3, 1), actor("Addiction service", 4, 2.5)}));
    actors->set("moved_outward", list({actor("Employment centre", 1, 2)}));
    actors->set("appeared", list({actor("Caritas <b>&</b> \"parish\"", std::nullopt, 3)}));
    actors->set("disappeared", list({actor("Neuropsychiatry", 4, std::nullopt)}));
    actors->set("unchanged", list({actor("Social service", 1, 1), actor("Counselling", 2, 2)}));
    map->set("actors", actors);
    Poco::JSON::Object::Ptr extras = new Poco::JSON::Object;
    extras->set("instrument", "network-dimensions");
    extras->set("network_map", map);
    return extras;
}

}  // namespace sonda::testing
