// Reading the parts of a core Report that the network-dimensions panels draw:
// the dimension scores of a group and the instrument's compare() JSON
// (docs/instruments/network-dimensions.md). Kept apart from drawing so it is
// testable without ImGui.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/report/report.hpp"

namespace sonda::network_dimensions::panels {

inline constexpr const char* kDimensions[] = {"sharing", "integration", "consolidation_development",
                                              "capacity_building"};

// The score report of `name` in a group, or null.
const ScoreReport* find_score(const GroupReport& group, const std::string& name);

// The label of a score from the report's definitions, in `language`.
std::string score_label(const Report& report, const std::string& name, const std::string& language);

// One listed actor. A wave's ring and placed_by are empty when the actor is
// absent at that wave (placed_by 0) or withheld there (placed by fewer than
// the minimum cell: placed_by empty too); nothing is drawn for such a wave.
struct MapActor {
    std::string key;
    std::string label;
    // moved_inward, moved_outward, unchanged, appeared, disappeared, or
    // unclassified (one wave withheld, so no move is given)
    std::string move;
    std::optional<double> ring_from;
    std::optional<double> ring_to;
    std::optional<int> placed_by_from;  // empty: withheld (or not in the report)
    std::optional<int> placed_by_to;
};

struct MapChange {
    bool present = false;     // the group has a map section at all
    bool suppressed = false;  // withheld: the group is too small
    int rings = 4;
    int respondents_from = 0;
    int respondents_to = 0;
    std::vector<MapActor> actors;  // the listed actors of either wave
    int moved_inward = 0, moved_outward = 0, appeared = 0, disappeared = 0, unchanged = 0,
        unclassified = 0;
    // Actors not listed: placed by fewer than the minimum cell at every wave.
    int actors_withheld = 0;
};

// Reads the group's compare() extras; anything not shaped as documented reads
// as absent (a panel must never throw while drawing).
MapChange read_map_change(const GroupReport& group);
MapChange read_map_change(const Poco::JSON::Object::Ptr& extras);

}  // namespace sonda::network_dimensions::panels
