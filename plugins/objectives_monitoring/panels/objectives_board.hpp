// The objectives board as data: what the objectives-monitoring instrument adds
// to each group of a change report (its compare() JSON, see
// docs/instruments/objectives-monitoring.md, read by the plugin's one reader,
// objectives_comparison.hpp) arranged as one board per territory: every objective of either wave as
// a card, placed in a status column of wave A and/or wave B, marked followed, stalled, new or
// removed, with the from x to transition table and both waves' achievement. Kept apart from the
// drawing so it is tested without ImGui, on the demo and on hand-made reports.
//
// Nothing here is withheld for small groups: the instrument does not suppress
// objectives (a territory team's public plan, not a person's answers); a group
// the core did withhold (its JSON says "suppressed") is kept as such and never
// read as empty.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "objectives_monitoring/objectives_comparison.hpp"
#include "sonda/model/form.hpp"
#include "sonda/report/report.hpp"

namespace sonda::objectives::panels {

// A card is one objective of either wave as the comparison reader gives it
// (objectives_monitoring/objectives_comparison.hpp): the board adds no
// reading of its own, only the arrangement in columns.
using CardMark = ObjectiveMark;
using ObjectiveCard = ObjectiveChange;
// Achievement of one territory at one wave: achieved / objectives not dropped.
using Achievement = ObjectivesTally;

struct TerritoryBoard {
    std::string territory;
    bool suppressed = false;  // the core withheld this group: draw it as such
    // Empty when the territory sent no response at that wave.
    std::optional<Achievement> from;
    std::optional<Achievement> to;
    std::vector<ObjectiveCard> cards;  // ordered by objective id
    // transitions[i][j]: objectives followed from statuses[i] to statuses[j].
    std::vector<std::vector<long long>> transitions;
    long long followed = 0, stalled = 0, added = 0, removed = 0;

    // The cards in one status column of wave A (`second_wave` false) or B.
    std::vector<const ObjectiveCard*> column(bool second_wave, const std::string& status) const;
    // New objectives per status at wave B, removed ones per status at wave A.
    long long added_with(const std::string& status) const;
    long long removed_with(const std::string& status) const;
};

struct ObjectivesBoard {
    bool present = false;                     // some group carries the objectives comparison
    std::vector<std::string> statuses;        // the instrument's, in its order, then unknown ones
    std::vector<TerritoryBoard> territories;  // in the order of the report's groups
    std::vector<std::string> warnings;        // the instrument's, passed through
};

// Reads every group of `report` (one territory each in a by-territory report;
// a group of several territories is split by the objectives' territory).
ObjectivesBoard read_objectives_board(const Report& report);

// The label of a status or dimension from the form's "statuses" /
// "dimensions" lists in `language`, else a built-in it/en one, else the id.
std::string status_label(const Form* form, const std::string& status, const std::string& language);
std::string dimension_label(const Form* form, const std::string& dimension,
                            const std::string& language);

}  // namespace sonda::objectives::panels
