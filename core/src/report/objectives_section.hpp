// What the objectives-monitoring instrument adds to a group, in the text and
// HTML reports: per territory, the from x to table of objective statuses (with
// new and removed objectives as its margins), both waves' achievement, and the
// objectives themselves with the stalled, new and removed ones marked. The
// core knows no plugin: this reads the comparison by its documented JSON shape
// (docs/instruments/objectives-monitoring.md), as network_map_html reads
// ring moves; keys it does not use stay for the generic rendering.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

struct ObjectiveLine {
    std::string id;
    std::string title;
    std::string dimension;
    std::string owner;
    std::optional<std::string> status_from, status_to;  // empty: absent at that wave
    std::optional<double> progress_from, progress_to;
    std::string mark;  // "stalled", "new", "removed", or empty for a followed one
};

struct ObjectivesTally {
    long long objectives = 0, achieved = 0, dropped = 0, counted = 0;
    std::optional<double> rate, mean_progress;
};

struct ObjectivesTerritory {
    std::string territory;
    std::optional<ObjectivesTally> from, to;  // empty: no answer at that wave
    std::vector<ObjectiveLine> lines;         // stalled first, then by id
    std::map<std::pair<std::string, std::string>, long long> transitions;  // (from, to) -> n
    long long followed = 0, stalled = 0, added = 0, removed = 0;
};

struct ObjectivesSection {
    std::vector<std::string> statuses;  // planned, in_progress, achieved, dropped, then others seen
    std::vector<ObjectivesTerritory> territories;
    std::vector<std::string> warnings;
    std::set<std::string> keys_used;  // of the instrument object; the rest is rendered generically
};

// False when `instrument` is not an objectives comparison.
bool read_objectives_section(const Poco::JSON::Object& instrument, ObjectivesSection& out);

std::string objective_status_title(const std::string& status, const std::string& language);
std::string objective_dimension_title(const std::string& dimension, const std::string& language);

void write_objectives_html(const ObjectivesSection& section, const GroupReport& group,
                           const Report& report, const Study* study, const std::string& language,
                           std::ostream& out);
void write_objectives_text(const ObjectivesSection& section, const GroupReport& group,
                           const Report& report, const Study* study, const std::string& language,
                           std::ostream& out);

}  // namespace sonda::report_detail
