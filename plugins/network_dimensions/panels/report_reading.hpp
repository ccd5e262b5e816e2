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

struct MapActor {
    std::string key;
    std::string label;
    std::string move;  // moved_inward, moved_outward, unchanged, appeared, disappeared
    std::optional<double> ring_from;
    std::optional<double> ring_to;
    int placed_by_from = 0;
    int placed_by_to = 0;
};

struct MapChange {
    bool present = false;     // the group has a map section at all
    bool suppressed = false;  // withheld: the group is too small
    int rings = 4;
    int respondents_from = 0;
    int respondents_to = 0;
    std::vector<MapActor> actors;  // every actor of either wave
    int moved_inward = 0, moved_outward = 0, appeared = 0, disappeared = 0, unchanged = 0;
};

MapChange read_map_change(const GroupReport& group);

}  // namespace sonda::network_dimensions::panels
