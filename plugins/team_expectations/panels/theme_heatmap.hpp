// The team-expectations heatmap as data: the instrument's compare() JSON of one
// group (docs/instruments/team-expectations.md), read by the plugin's one
// reader (team_expectations/expectations_comparison.hpp), turned into the
// cells the panel draws (themes x services, for wave A, wave B or their change), each with a
// value or the reason it has none, the colour scale's top, and the coded texts
// behind a cell. Read once when the selection changes, never per frame, and
// kept apart from drawing so it is testable without ImGui.
//
// Privacy: a wave the instrument withheld (fewer respondents than the minimum
// cell) gives Suppressed cells and no texts; a group the report withheld
// entirely (no extras at all) gives Suppressed everywhere. Neither is ever
// turned into a zero.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sonda/report/report.hpp"
#include "team_expectations/expectations_comparison.hpp"

namespace sonda::team_expectations::panels {

enum class HeatmapView { From, To, Change };
enum class HeatmapMeasure { Texts, Respondents };
enum class WaveSide { From, To };

enum class CellState {
    Value,        // a count (or change) to show, zero included
    Suppressed,   // the wave's group is smaller than the minimum cell
    NoResponses,  // nobody of the group answered at that wave
    Missing,      // the report has no figure for it (older or foreign JSON)
};

struct HeatCell {
    CellState state = CellState::Missing;
    long long value = 0;                // meaningful only when state == Value
    std::optional<long long> from, to;  // both waves' counts, for the change view's caption
    bool shown() const { return state == CellState::Value; }
};

struct AxisEntry {
    std::string id;
    std::string label;  // already in the report's language
};

struct CodedTextEntry {
    WaveSide side = WaveSide::From;
    // Empty when the report does not name it (the territory's own cell is
    // withheld inside this group). Texts carry no respondent code at all.
    std::string territory;
    std::string service;
    std::string facet;
    std::string text;
    std::vector<std::string> themes;
    bool overridden = false;                                  // coded by an evaluator
    std::map<std::string, std::vector<std::string>> matched;  // theme -> keywords that fired
};

// One cell of the grid: a theme row (or the row of uncoded texts) x a service.
struct CellRef {
    std::optional<std::size_t> theme;  // empty: texts coded into no theme
    std::size_t service = 0;
    bool operator==(const CellRef&) const = default;
};

class ThemeHeatmap {
  public:
    // Reads the group's instrument extras. A group without extras is one the
    // report withheld: every cell is Suppressed.
    static ThemeHeatmap from_group(const GroupReport& group);
    // Reads a compare() JSON object; null gives a withheld heatmap.
    static ThemeHeatmap from_json(const Poco::JSON::Object::Ptr& extras);

    // The group has team-expectations figures (false for a withheld group or
    // another instrument's extras).
    bool present() const { return m_present; }
    bool withheld() const { return m_withheld; }
    long long n(WaveSide side) const { return side == WaveSide::From ? m_n_from : m_n_to; }
    bool suppressed(WaveSide side) const;
    bool no_responses(WaveSide side) const;

    const std::vector<AxisEntry>& themes() const { return m_themes; }
    const std::vector<AxisEntry>& services() const { return m_services; }
    const std::vector<std::string>& warnings() const { return m_warnings; }

    HeatCell cell(const CellRef& where, HeatmapView view, HeatmapMeasure measure) const;
    // The top of the colour scale: wave A and wave B share one (the largest
    // count of either) so their colours compare; the change view uses the
    // largest absolute change. Never below 1, so an all-zero grid stays white.
    double scale_max(HeatmapView view, HeatmapMeasure measure) const;
    // The texts of a wave behind a cell, in the report's order; empty when
    // that wave is withheld.
    std::vector<const CodedTextEntry*> texts_of(const CellRef& where, WaveSide side) const;
    // The theme cell that moved most (largest absolute value in `view`,
    // the first on ties), empty when every shown value is zero or none is shown.
    std::optional<CellRef> busiest(HeatmapView view, HeatmapMeasure measure) const;

    // A cell's counts as the report gives them (empty: withheld or absent).
    struct Counts {
        std::optional<long long> texts_from, texts_to, texts_change;
        std::optional<long long> respondents_from, respondents_to, respondents_change;
        bool found = false;
    };

  private:
    const Counts* counts(const CellRef& where) const;
    CellState wave_state(WaveSide side) const;

    bool m_present = false;
    bool m_withheld = false;
    long long m_n_from = 0, m_n_to = 0;
    bool m_suppressed_from = false, m_suppressed_to = false;
    std::vector<AxisEntry> m_themes, m_services;
    std::vector<Counts> m_cells;    // theme-major: theme * services + service
    std::vector<Counts> m_uncoded;  // per service (texts only)
    std::vector<CodedTextEntry> m_texts;
    std::vector<std::string> m_warnings;
};

// Which texts may be attributed to their territory. In the group of
// everyone, a text carries its territory unless the report withheld that
// territory's cell there; as a second line of defence (an older or hand-made
// report), a territory is named at a wave only when its by-territory heatmap
// also shows that wave. A text without a territory is never attributed.
class WriterVisibility {
  public:
    WriterVisibility() = default;  // names nobody
    explicit WriterVisibility(const Report& by_territory);
    // One territory's group, as read already (the panel reads each group once).
    void add_territory(const std::string& territory, const ThemeHeatmap& heatmap);
    bool may_name(const CodedTextEntry& text) const;

  private:
    std::vector<std::pair<std::string, WaveSide>> m_open;
};

}  // namespace sonda::team_expectations::panels
