// The one reader of the network map part of what network-dimensions adds to
// a report group (its "network_map" key, docs/instruments/network-dimensions.md)
// read back into plain structs, for everything that shows it: the report
// section's maps (HTML), the summary's maps, the `network-map` chart and the
// dashboard's map panel. None of them parses the JSON again.
//
// Privacy: a wave withheld for an actor (placed by fewer than the minimum
// cell) has no ring and no count, never a 0: a ring is only as good as the
// count behind it, so a ring whose count is withheld (or absent) reads as
// absent whatever the JSON says. Anything not shaped as documented reads as
// absent: a view never throws while drawing.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/report/report.hpp"

namespace sonda::network_dimensions {

// One listed actor of either wave. A wave's ring and placed_by are empty when
// the actor is absent at that wave (placed_by 0) or withheld there (placed
// by fewer than the minimum cell: placed_by empty too).
struct ListedActor {
    std::string key;    // its identity ("service:asl")
    std::string label;  // what the map shows; the key when the JSON has none
    // moved_inward, moved_outward, appeared, disappeared, unchanged, or
    // unclassified (one wave withheld, so no move is given)
    std::string move;
    std::optional<double> ring_from;
    std::optional<double> ring_to;
    std::optional<int> placed_by_from;  // empty: withheld (or not in the report)
    std::optional<int> placed_by_to;
};

// The moves of the respondents who drew the map at both waves, each one's
// own actors compared (the JSON's "paired"); absent when none or withheld.
struct PairedMoves {
    int pairs = 0;
    int respondents_with_moves = 0;
    int moved_inward = 0, moved_outward = 0, appeared = 0, disappeared = 0, unchanged = 0;
};

struct MapChange {
    bool present = false;     // the group has a map section at all
    bool suppressed = false;  // withheld: the group is too small
    int rings = 4;            // the form's, 4 when the JSON has none
    int respondents_from = 0;
    int respondents_to = 0;
    std::vector<ListedActor> actors;  // in the order of the moves above
    int moved_inward = 0, moved_outward = 0, appeared = 0, disappeared = 0, unchanged = 0,
        unclassified = 0;
    // Actors not listed: placed by fewer than the minimum cell at every wave.
    int actors_withheld = 0;
    std::optional<PairedMoves> paired;
};

MapChange read_map_change(const Poco::JSON::Object::Ptr& extras);
MapChange read_map_change(const GroupReport& group);

}  // namespace sonda::network_dimensions
