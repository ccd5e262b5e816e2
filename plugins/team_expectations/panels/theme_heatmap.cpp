#include "theme_heatmap.hpp"

#include <algorithm>
#include <cstdlib>

namespace sonda::team_expectations::panels {

namespace {

// A panel must never throw while drawing: the reader
// (team_expectations/expectations_comparison.hpp) reads anything not shaped
// as documented as absent.

void copy_counts(const ReportedCell& cell, ThemeHeatmap::Counts& counts) {
    counts.found = true;
    counts.texts_from = cell.texts_from;
    counts.texts_to = cell.texts_to;
    counts.texts_change = cell.texts_change;
    counts.respondents_from = cell.respondents_from;
    counts.respondents_to = cell.respondents_to;
    counts.respondents_change = cell.respondents_change;
}

// The axis as the panel draws it: entries without an id are left out.
std::vector<AxisEntry> axis(const std::vector<AxisLabel>& labels) {
    std::vector<AxisEntry> out;
    for (const AxisLabel& label : labels)
        if (!label.id.empty()) out.push_back(AxisEntry{label.id, label.label});
    return out;
}

std::optional<std::size_t> index_of(const std::vector<AxisEntry>& entries, const std::string& id) {
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].id == id) return i;
    return std::nullopt;
}

}  // namespace

ThemeHeatmap ThemeHeatmap::from_group(const GroupReport& group) {
    return from_json(group.instrument);
}

ThemeHeatmap ThemeHeatmap::from_json(const Poco::JSON::Object::Ptr& extras) {
    ThemeHeatmap heatmap;
    if (!extras) {
        heatmap.m_withheld = true;
        return heatmap;
    }
    const ExpectationsComparison comparison = read_expectations_comparison(extras);
    if (!comparison.present) return heatmap;
    heatmap.m_present = true;
    heatmap.m_n_from = comparison.n_from;
    heatmap.m_n_to = comparison.n_to;
    heatmap.m_suppressed_from = comparison.suppressed_from;
    heatmap.m_suppressed_to = comparison.suppressed_to;
    heatmap.m_themes = axis(comparison.themes);
    heatmap.m_services = axis(comparison.services);
    heatmap.m_cells.resize(heatmap.m_themes.size() * heatmap.m_services.size());
    heatmap.m_uncoded.resize(heatmap.m_services.size());
    for (const ReportedCell& cell : comparison.theme_counts) {
        const auto theme = index_of(heatmap.m_themes, cell.theme);
        const auto service = index_of(heatmap.m_services, cell.service);
        if (theme && service)
            copy_counts(cell, heatmap.m_cells[*theme * heatmap.m_services.size() + *service]);
    }
    for (const ReportedCell& cell : comparison.uncoded)
        if (const auto service = index_of(heatmap.m_services, cell.service))
            copy_counts(cell, heatmap.m_uncoded[*service]);
    for (const ReportedText& text : comparison.coded_texts)
        heatmap.m_texts.push_back(CodedTextEntry{
            text.wave == TextWave::From ? WaveSide::From : WaveSide::To, text.territory,
            text.service, text.facet, text.text, text.themes, text.overridden, text.matched});
    heatmap.m_warnings = comparison.warnings;
    return heatmap;
}

bool ThemeHeatmap::suppressed(WaveSide side) const {
    if (m_withheld) return true;
    return side == WaveSide::From ? m_suppressed_from : m_suppressed_to;
}

bool ThemeHeatmap::no_responses(WaveSide side) const { return m_present && n(side) == 0; }

CellState ThemeHeatmap::wave_state(WaveSide side) const {
    if (m_withheld) return CellState::Suppressed;
    if (!m_present) return CellState::Missing;
    // Nobody answered: "no responses" says more than "suppressed" and reveals
    // nobody (a wave with no one is also below any minimum cell).
    if (no_responses(side)) return CellState::NoResponses;
    if (suppressed(side)) return CellState::Suppressed;
    return CellState::Value;
}

const ThemeHeatmap::Counts* ThemeHeatmap::counts(const CellRef& where) const {
    if (where.service >= m_services.size()) return nullptr;
    if (!where.theme) return &m_uncoded[where.service];
    if (*where.theme >= m_themes.size()) return nullptr;
    return &m_cells[*where.theme * m_services.size() + where.service];
}

HeatCell ThemeHeatmap::cell(const CellRef& where, HeatmapView view, HeatmapMeasure measure) const {
    HeatCell out;
    const Counts* found = counts(where);
    const CellState from_state = wave_state(WaveSide::From);
    const CellState to_state = wave_state(WaveSide::To);
    // Uncoded texts are counted as texts only.
    const bool texts = measure == HeatmapMeasure::Texts || !where.theme;
    auto pick = [&](const std::optional<long long>& t, const std::optional<long long>& r) {
        return texts ? t : (where.theme ? r : std::nullopt);
    };
    if (view == HeatmapView::Change) {
        if (from_state == CellState::Suppressed || to_state == CellState::Suppressed)
            out.state = CellState::Suppressed;
        else if (from_state == CellState::NoResponses || to_state == CellState::NoResponses)
            out.state = CellState::NoResponses;
        else
            out.state = from_state == CellState::Value && to_state == CellState::Value
                            ? CellState::Value
                            : CellState::Missing;
    } else {
        out.state = view == HeatmapView::From ? from_state : to_state;
    }
    if (out.state != CellState::Value) return out;
    if (!found || !found->found) {
        out.state = CellState::Missing;
        return out;
    }
    const std::optional<long long> from = pick(found->texts_from, found->respondents_from);
    const std::optional<long long> to = pick(found->texts_to, found->respondents_to);
    const std::optional<long long> change = pick(found->texts_change, found->respondents_change);
    const std::optional<long long>& value = view == HeatmapView::From ? from
                                            : view == HeatmapView::To ? to
                                                                      : change;
    if (!value || (measure == HeatmapMeasure::Respondents && !where.theme)) {
        out.state = CellState::Missing;
        return out;
    }
    out.value = *value;
    out.from = from;
    out.to = to;
    return out;
}

double ThemeHeatmap::scale_max(HeatmapView view, HeatmapMeasure measure) const {
    long long top = 0;
    auto consider = [&](HeatmapView v) {
        for (std::size_t t = 0; t < m_themes.size(); ++t)
            for (std::size_t s = 0; s < m_services.size(); ++s) {
                const HeatCell c = cell(CellRef{t, s}, v, measure);
                if (c.shown()) top = std::max(top, std::llabs(c.value));
            }
    };
    if (view == HeatmapView::Change) {
        consider(HeatmapView::Change);
    } else {
        consider(HeatmapView::From);
        consider(HeatmapView::To);
    }
    return static_cast<double>(std::max(top, 1LL));
}

std::vector<const CodedTextEntry*> ThemeHeatmap::texts_of(const CellRef& where,
                                                          WaveSide side) const {
    std::vector<const CodedTextEntry*> out;
    if (where.service >= m_services.size() || suppressed(side)) return out;
    if (where.theme && *where.theme >= m_themes.size()) return out;
    const std::string& service = m_services[where.service].id;
    for (const CodedTextEntry& entry : m_texts) {
        if (entry.side != side || entry.service != service) continue;
        const bool belongs = where.theme
                                 ? std::find(entry.themes.begin(), entry.themes.end(),
                                             m_themes[*where.theme].id) != entry.themes.end()
                                 : entry.themes.empty();
        if (belongs) out.push_back(&entry);
    }
    return out;
}

std::optional<CellRef> ThemeHeatmap::busiest(HeatmapView view, HeatmapMeasure measure) const {
    std::optional<CellRef> best;
    long long best_value = 0;
    for (std::size_t t = 0; t < m_themes.size(); ++t)
        for (std::size_t s = 0; s < m_services.size(); ++s) {
            const HeatCell c = cell(CellRef{t, s}, view, measure);
            if (c.shown() && std::llabs(c.value) > best_value) {
                best_value = std::llabs(c.value);
                best = CellRef{t, s};
            }
        }
    return best;
}

WriterVisibility::WriterVisibility(const Report& by_territory) {
    if (by_territory.by != GroupBy::Territory) return;
    for (const GroupReport& group : by_territory.groups)
        add_territory(group.group, ThemeHeatmap::from_group(group));
}

void WriterVisibility::add_territory(const std::string& territory, const ThemeHeatmap& heatmap) {
    if (!heatmap.present()) return;
    for (const WaveSide side : {WaveSide::From, WaveSide::To})
        if (!heatmap.suppressed(side) && !heatmap.no_responses(side))
            m_open.emplace_back(territory, side);
}

bool WriterVisibility::may_name(const CodedTextEntry& text) const {
    if (text.territory.empty()) return false;
    return std::find(m_open.begin(), m_open.end(),
                     std::pair<std::string, WaveSide>(text.territory, text.side)) != m_open.end();
}

}  // namespace sonda::team_expectations::panels
