// Reading the parts of a core Report that the network-dimensions panels draw:
// the dimension scores of a group, and the map part of the instrument's
// compare() JSON through the plugin's one reader (map_change.hpp). Kept apart
// from drawing so it is testable without ImGui.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "map_change.hpp"
#include "sonda/report/report.hpp"

namespace sonda::network_dimensions::panels {

inline constexpr const char* kDimensions[] = {"sharing", "integration", "consolidation_development",
                                              "capacity_building"};

// The score report of `name` in a group, or null.
const ScoreReport* find_score(const GroupReport& group, const std::string& name);

// The label of a score from the report's definitions, in `language`.
std::string score_label(const Report& report, const std::string& name, const std::string& language);

// The map as the plugin's one reader gives it (map_change.hpp).
using MapActor = ListedActor;
using network_dimensions::MapChange;
using network_dimensions::read_map_change;

}  // namespace sonda::network_dimensions::panels
