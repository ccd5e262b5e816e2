// The one reader of what objectives-monitoring adds to a report group: the
// JSON its accumulator finished (docs/instruments/objectives-monitoring.md)
// read back into plain structs, for everything that shows it: the report
// section (text, HTML), the territory summary and the dashboard's board.
// Each of them orders and words the objectives its own way; none parses the
// JSON again.
//
// Lenient by design: a value of the wrong type reads as absent, so a view
// never throws on an older or hand-made report.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sonda::objectives {

enum class ObjectiveMark {
    Followed,  // at both waves, moving (or closed)
    Stalled,   // at both waves, still open, progress not up
    New,       // only at the later wave
    Removed,   // only at the earlier wave
};

// One objective of either wave.
struct ObjectiveChange {
    std::string territory;
    std::string id;
    std::string title;  // the id when the JSON has none
    std::string dimension;
    std::string owner;
    std::optional<std::string> dimension_from;          // when it changed between the waves
    std::optional<std::string> status_from, status_to;  // empty: absent at that wave
    std::optional<double> progress_from, progress_to;
    ObjectiveMark mark = ObjectiveMark::Followed;
};

// Achievement of a territory at one wave: achieved / objectives not dropped.
struct ObjectivesTally {
    long long objectives = 0, achieved = 0, dropped = 0, counted = 0;
    std::optional<double> rate, mean_progress;  // empty when nothing is counted
};

struct TerritoryObjectives {
    std::string territory;
    std::optional<ObjectivesTally> from, to;  // empty: no answer at that wave
    std::vector<ObjectiveChange> objectives;  // as the JSON lists them
    long long followed = 0, stalled = 0, added = 0, removed = 0;
};

struct ObjectivesComparison {
    bool present = false;     // the extras are an objectives comparison
    bool suppressed = false;  // the core withheld the group: nothing to read
    // planned, in_progress, achieved, dropped, then any other status seen.
    std::vector<std::string> statuses;
    std::vector<TerritoryObjectives> territories;  // in the order they first appear
    std::vector<std::string> warnings;
};

// `group` is the report group's id: an objective that names no territory is
// that group's. Null extras read as not present.
ObjectivesComparison read_objectives_comparison(const Poco::JSON::Object::Ptr& extras,
                                                const std::string& group);

// The keys of the extras the reader reads: what the report shows generically
// is every other key.
const std::set<std::string>& objectives_comparison_keys();

}  // namespace sonda::objectives
