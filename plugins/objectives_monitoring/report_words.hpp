// What the objectives-monitoring report section (report_section.hpp) says in
// words, shared by its text, HTML and summary: titles of statuses and
// dimensions, counts and tallies, and the order objectives are listed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "objectives_monitoring/objectives_comparison.hpp"
#include "sonda/model/study.hpp"

namespace sonda::objectives {

// The plugin's own label of a built-in status or dimension (`kind` "status"
// or "dimension", from messages.cpp); "" for an id it does not know.
std::string built_in_label(const std::string& kind, const std::string& id,
                           const std::string& language);
// The label of a status or dimension: the built-in one, else the id made readable.
std::string status_title(const std::string& status, const std::string& language);
std::string dimension_title(const std::string& dimension, const std::string& language);
std::string territory_title(const std::string& id, const Study* study, const std::string& language);

std::string percent(const std::optional<double>& share, const std::string& language);
std::string progress_text(const std::optional<double>& value, const std::string& language);
// "2/3 (67%)", or that the territory did not answer.
std::string tally_text(const std::optional<ObjectivesTally>& tally, const std::string& language);
// "1 achieved", "2 stalled": `what` is achieved, under_way, followed, stalled,
// new or removed, in the singular or plural the count asks for.
std::string count_text(const std::string& what, long long count, const std::string& language);
// "3 followed · 1 stalled · 2 new · 0 removed".
std::string counts_text(long long followed, long long stalled, long long added, long long removed,
                        const std::string& language);
std::string counts_text(const TerritoryObjectives& territory, const std::string& language);
// "stalled", "new", "removed"; "" for a followed objective.
const char* mark_id(ObjectiveMark mark);
std::string mark_word(ObjectiveMark mark, const std::string& language);

// Objectives followed from status `from` to `to`.
long long transitions(const TerritoryObjectives& territory, const std::string& from,
                      const std::string& to);
// New objectives with `status` at the later wave (New), removed ones with it at
// the earlier (Removed).
long long margin(const TerritoryObjectives& territory, ObjectiveMark mark,
                 const std::string& status);

// Stalled first (what needs attention), then new, removed, followed; by id
// within each.
std::vector<const ObjectiveChange*> in_report_order(const TerritoryObjectives& territory);

}  // namespace sonda::objectives
