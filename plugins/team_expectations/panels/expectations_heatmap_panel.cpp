#include "expectations_heatmap_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::team_expectations::panels {

namespace {

std::string wave_caption(const Study& study, const std::string& id, const std::string& language) {
    const Wave* wave = study.wave(id);
    if (!wave) return id;
    const std::string& label = wave->label.get(language);
    return label.empty() ? wave->date : wave->date + " " + label;
}

std::string counts_line(const ThemeHeatmap& heatmap, const CellRef& where, WaveSide side,
                        const std::string& language) {
    const HeatmapView view = side == WaveSide::From ? HeatmapView::From : HeatmapView::To;
    const HeatCell texts = heatmap.cell(where, view, HeatmapMeasure::Texts);
    switch (texts.state) {
        case CellState::Suppressed:
            return i18n::tr(language, "team-expectations.heatmap.suppressed");
        case CellState::NoResponses:
            return i18n::tr(language, "team-expectations.heatmap.no_responses");
        case CellState::Missing:
            return i18n::tr(language, "team-expectations.heatmap.no_figure");
        case CellState::Value:
            break;
    }
    std::string line = i18n::format_count(language, "team-expectations.heatmap.texts", texts.value);
    const HeatCell people = heatmap.cell(where, view, HeatmapMeasure::Respondents);
    if (people.shown())
        line +=
            " (" +
            i18n::format_count(language, "team-expectations.heatmap.respondents", people.value) +
            ")";
    return line;
}

}  // namespace

ExpectationsHeatmapPanel::ExpectationsHeatmapPanel()
    : Panel("team-expectations.heatmap", "Team expectations", "team-expectations") {}

void ExpectationsHeatmapPanel::show(const std::string& group, HeatmapView view,
                                    HeatmapMeasure measure) {
    if (group != m_group) {
        m_selected.reset();
        m_pick_default_cell = true;
    }
    m_group = group;
    m_view = view;
    m_measure = measure;
}

const ThemeHeatmap* ExpectationsHeatmapPanel::heatmap() const {
    for (const GroupEntry& entry : m_groups)
        if (entry.id == m_group) return &entry.heatmap;
    return nullptr;
}

void ExpectationsHeatmapPanel::read_model(const gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    if (model.generation() == m_generation) return;
    m_generation = model.generation();
    m_groups.clear();
    m_facet_labels.clear();
    m_territory_names.clear();
    m_pick_default_cell = true;
    const Report* by_territory = model.by_territory();
    if (!by_territory) return;

    const Study& study = model.project().study();
    const std::string& language = context.language;
    for (const Territory& territory : study.territories)
        m_territory_names[territory.id] = territory.name.get(language);
    if (const Report* overall = model.overall())
        for (const GroupReport& group : overall->groups)
            m_groups.push_back(
                {group.group,
                 model.selection().territories.empty()
                     ? i18n::tr(language, "team-expectations.heatmap.all_territories")
                     : i18n::tr(language, "team-expectations.heatmap.chosen_territories"),
                 ThemeHeatmap::from_group(group)});
    for (const GroupReport& group : by_territory->groups) {
        const auto name = m_territory_names.find(group.group);
        m_groups.push_back({group.group,
                            name != m_territory_names.end() ? name->second : group.group,
                            ThemeHeatmap::from_group(group)});
    }
    m_writers = WriterVisibility();
    if (by_territory->by == GroupBy::Territory)
        for (const GroupEntry& entry : m_groups)
            if (entry.id != "all") m_writers.add_territory(entry.id, entry.heatmap);
    // Filtered down to one territory: the evaluator is sitting with that team.
    const std::vector<std::string>& chosen = model.selection().territories;
    if (chosen.size() == 1)
        for (const GroupEntry& entry : m_groups)
            if (entry.id == chosen.front()) m_group = entry.id;
    m_min_cell = by_territory->min_cell;
    m_from_label = wave_caption(study, by_territory->from_wave, language);
    m_to_label = wave_caption(study, by_territory->to_wave, language);
    const Wave* from = study.wave(by_territory->from_wave);
    const Wave* to = study.wave(by_territory->to_wave);
    m_from_date = from ? from->date : by_territory->from_wave;
    m_to_date = to ? to->date : by_territory->to_wave;
    // Facet labels come from the form: the report names facets by id only.
    try {
        const Form& form = model.project().form(by_territory->form, by_territory->form_version);
        for (const Item& item : form.items)
            if (item.type == "matrix")
                for (const Choice& column : item.columns)
                    m_facet_labels[column.value] = column.label.get(language);
    } catch (const Error&) {
        // The ids are shown instead; the heatmap itself does not need the form.
    }
}

void ExpectationsHeatmapPanel::draw_content(gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    if (!model.by_territory()) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    if (!model.complete()) {
        // Until the full report is in, the groups carry no theme counts at
        // all: showing them would read as suppressed.
        ImGui::TextDisabled(
            "%s", i18n::tr(context.language, "team-expectations.heatmap.counting").c_str());
        return;
    }
    read_model(context);
    if (!heatmap() && !m_groups.empty())
        show(m_groups.front().id, m_view, m_measure);  // that group left the selection
    const ThemeHeatmap* shown = heatmap();
    if (!shown) {
        ImGui::TextUnformatted(
            i18n::tr(context.language, "team-expectations.heatmap.no_group").c_str());
        return;
    }
    if (m_pick_default_cell) {
        // Open on what moved most, so the texts below start with the news.
        m_selected = shown->busiest(HeatmapView::Change, m_measure);
        if (!m_selected) m_selected = shown->busiest(HeatmapView::To, m_measure);
        m_pick_default_cell = false;
    }
    draw_controls(context);
    shown = heatmap();  // the group may have changed
    if (!shown) return;
    ImGui::Spacing();
    draw_grid(context, *shown);
    if (!shown->present()) return;
    ImGui::Spacing();
    ImGui::Separator();
    draw_texts(context, *shown);
}

void ExpectationsHeatmapPanel::draw_controls(const gui::PanelContext& context) {
    const std::string& language = context.language;
    const float font = ImGui::GetFontSize();
    const float spacing = font * 1.5f;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::tr(language, "team-expectations.heatmap.group").c_str());
    ImGui::SameLine();
    const ThemeHeatmap* current = heatmap();
    std::string current_label;
    for (const GroupEntry& entry : m_groups)
        if (entry.id == m_group) current_label = entry.label;
    // Wide enough for the longest territory name, within reason.
    float combo_width = font * 10;
    for (const GroupEntry& entry : m_groups)
        combo_width = std::max(combo_width, ImGui::CalcTextSize(entry.label.c_str()).x);
    ImGui::SetNextItemWidth(std::min(
        combo_width + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2, font * 26));
    if (ImGui::BeginCombo("##group", current_label.c_str())) {
        for (const GroupEntry& entry : m_groups) {
            std::string label = entry.label;
            if (entry.heatmap.withheld())
                label += "  (" + i18n::tr(language, "team-expectations.heatmap.suppressed") + ")";
            else if (entry.heatmap.suppressed(WaveSide::From) ||
                     entry.heatmap.suppressed(WaveSide::To))
                label += "  (" +
                         i18n::tr(language, "team-expectations.heatmap.one_wave_suppressed") + ")";
            if (ImGui::Selectable(label.c_str(), entry.id == m_group))
                show(entry.id, m_view, m_measure);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, spacing);
    ImGui::TextUnformatted(i18n::tr(language, "team-expectations.heatmap.count").c_str());
    ImGui::SameLine();
    if (ImGui::RadioButton(i18n::tr(language, "team-expectations.heatmap.coded_texts").c_str(),
                           m_measure == HeatmapMeasure::Texts))
        m_measure = HeatmapMeasure::Texts;
    ImGui::SameLine();
    if (ImGui::RadioButton(
            i18n::tr(language, "team-expectations.heatmap.respondents_who_wrote").c_str(),
            m_measure == HeatmapMeasure::Respondents))
        m_measure = HeatmapMeasure::Respondents;

    // Wave buttons carry the date only; the full wave label is in the tooltip
    // and in the headings of the texts below.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(i18n::tr(language, "team-expectations.heatmap.show").c_str());
    ImGui::SameLine();
    auto view_button = [&](const std::string& label, const std::string& tooltip, HeatmapView view) {
        if (ImGui::RadioButton(label.c_str(), m_view == view)) m_view = view;
        if (!tooltip.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip.c_str());
        ImGui::SameLine();
    };
    view_button(i18n::tr(language, "team-expectations.heatmap.wave_a") + " (" + m_from_date + ")",
                m_from_label, HeatmapView::From);
    view_button(i18n::tr(language, "team-expectations.heatmap.wave_b") + " (" + m_to_date + ")",
                m_to_label, HeatmapView::To);
    view_button(i18n::tr(language, "team-expectations.heatmap.change"), "", HeatmapView::Change);

    if (!current) return;
    ImGui::SameLine(0, spacing);
    if (current->withheld())
        // The report withheld the group without saying which wave was small.
        ImGui::TextDisabled(
            "%s", i18n::tr(language, "team-expectations.heatmap.respondents_not_shown").c_str());
    else
        ImGui::TextDisabled("%s", i18n::format(language, "team-expectations.heatmap.respondents_n",
                                               current->n(WaveSide::From), current->n(WaveSide::To))
                                      .c_str());
    if (!current->warnings().empty()) {
        ImGui::SameLine(0, spacing);
        ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s (%zu)",
                           i18n::tr(language, "team-expectations.heatmap.coding_warnings").c_str(),
                           current->warnings().size());
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(font * 36);
            for (const std::string& warning : current->warnings())
                ImGui::BulletText("%s", warning.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }

    // The legend: the colour scale in use, then what hatched and blank mean.
    const bool diverging = m_view == HeatmapView::Change;
    ImGui::AlignTextToFramePadding();
    if (current->present()) {
        ImGui::TextUnformatted(
            diverging ? i18n::tr(language, "team-expectations.heatmap.fewer_more").c_str()
                      : i18n::tr(language, "team-expectations.heatmap.scale").c_str());
        ImGui::SameLine();
        gui::charts::heat_legend(current->scale_max(m_view, m_measure), diverging,
                                 ImVec2(font * 9, font * 1.1f));
        ImGui::SameLine(0, spacing);
    }
    gui::charts::suppressed_box(ImVec2(font * 2.2f, font * 1.1f), "");
    ImGui::SameLine();
    ImGui::TextUnformatted(
        i18n::format(language, "team-expectations.heatmap.suppressed_legend", m_min_cell).c_str());
    ImGui::SameLine(0, spacing);
    gui::charts::blank_cell(ImVec2(font * 2.2f, font * 1.1f), "");
    ImGui::SameLine();
    ImGui::TextUnformatted(
        i18n::tr(language, "team-expectations.heatmap.nobody_answered_legend").c_str());
}

void ExpectationsHeatmapPanel::draw_grid(const gui::PanelContext& context,
                                         const ThemeHeatmap& heatmap) {
    const std::string& language = context.language;
    const std::vector<AxisEntry>& themes = heatmap.themes();
    const std::vector<AxisEntry>& services = heatmap.services();
    const float font = ImGui::GetFontSize();
    const float gap = std::max(2.0f, font * 0.2f);

    if (!heatmap.present() || services.empty()) {
        // The report withholds a group that is small at a wave, and also a
        // larger one alongside it (complementary suppression), so that the
        // small one cannot be worked out from everyone's figures by difference.
        const std::string text =
            i18n::format(language, "team-expectations.heatmap.group_suppressed", m_min_cell);
        if (heatmap.withheld())
            gui::charts::suppressed_box(
                ImVec2(std::min(ImGui::GetContentRegionAvail().x, font * 40), font * 3.5f),
                text.c_str());
        else
            ImGui::TextDisabled(
                "%s", i18n::tr(language, "team-expectations.heatmap.no_theme_counts").c_str());
        return;
    }

    // A little short of the full width, so rounding never adds a horizontal scrollbar.
    const float avail = ImGui::GetContentRegionAvail().x - font * 0.5f;
    const float label_width = std::clamp(avail * 0.3f, font * 11, font * 20);
    const float cell_width = std::clamp(
        (avail - label_width) / static_cast<float>(services.size()) - gap, font * 4.5f, font * 11);
    const bool diverging = m_view == HeatmapView::Change;
    const float base_height = diverging ? font * 2.6f : font * 1.9f;
    const double scale = heatmap.scale_max(m_view, m_measure);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Column heads: service labels wrapped to the column, bottom-aligned.
    float head_height = 0;
    for (const AxisEntry& service : services)
        head_height =
            std::max(head_height,
                     ImGui::CalcTextSize(service.label.c_str(), nullptr, false, cell_width - 4).y);
    const ImVec2 head = ImGui::GetCursorScreenPos();
    for (std::size_t s = 0; s < services.size(); ++s) {
        const char* label = services[s].label.c_str();
        const ImVec2 size = ImGui::CalcTextSize(label, nullptr, false, cell_width - 4);
        const float x = head.x + label_width + static_cast<float>(s) * (cell_width + gap);
        draw->AddText(ImGui::GetFont(), font,
                      ImVec2(x + (cell_width - size.x) * 0.5f, head.y + head_height - size.y),
                      gui::colors::kText, label, nullptr, cell_width - 4);
    }
    ImGui::Dummy(ImVec2(label_width + static_cast<float>(services.size()) * (cell_width + gap),
                        head_height + gap));

    char value_text[32], caption[64], blank[64];
    auto draw_row = [&](const std::optional<std::size_t>& theme, const char* row_label,
                        bool quiet) {
        const float label_height =
            ImGui::CalcTextSize(row_label, nullptr, false, label_width - font).y;
        const float row_height = std::max(base_height, label_height + font * 0.5f);
        const ImVec2 row = ImGui::GetCursorScreenPos();
        draw->AddText(ImGui::GetFont(), font,
                      ImVec2(row.x, row.y + (row_height - label_height) * 0.5f),
                      quiet ? IM_COL32(100, 100, 100, 255) : gui::colors::kText, row_label, nullptr,
                      label_width - font);
        ImGui::Dummy(ImVec2(label_width - gap, row_height));
        for (std::size_t s = 0; s < services.size(); ++s) {
            ImGui::SameLine(0, gap);
            const CellRef where{theme, s};
            const HeatCell cell = heatmap.cell(where, m_view, m_measure);
            const ImVec2 size(cell_width, row_height);
            ImGui::PushID(static_cast<int>(s));
            switch (cell.state) {
                case CellState::Value: {
                    gui::charts::HeatCellLabel label;
                    if (diverging && cell.from && cell.to) {
                        std::snprintf(caption, sizeof caption, "%lld → %lld", *cell.from, *cell.to);
                        label.caption = caption;
                    }
                    if (quiet) {
                        // Uncoded texts are a check on the codebook, not a theme:
                        // printed, not coloured, so they do not compete with the themes.
                        std::snprintf(value_text, sizeof value_text,
                                      diverging && cell.value ? "%+lld" : "%lld", cell.value);
                        std::snprintf(blank, sizeof blank, "%s%s%s", value_text,
                                      label.caption ? "   " : "",
                                      label.caption ? label.caption : "");
                        gui::charts::blank_cell(size, blank);
                    } else {
                        gui::charts::heat_cell(static_cast<double>(cell.value), scale, diverging,
                                               size, label);
                    }
                    break;
                }
                case CellState::Suppressed:
                    std::snprintf(blank, sizeof blank, "n < %d", m_min_cell);
                    gui::charts::suppressed_box(size, blank);
                    break;
                case CellState::NoResponses:
                    gui::charts::blank_cell(
                        size, i18n::tr(language, "team-expectations.heatmap.no_responses").c_str());
                    break;
                case CellState::Missing:
                    gui::charts::blank_cell(size, "–");
                    break;
            }
            const bool selected = m_selected && *m_selected == where;
            if (selected)
                draw->AddRect(ImVec2(ImGui::GetItemRectMin().x - 1, ImGui::GetItemRectMin().y - 1),
                              ImVec2(ImGui::GetItemRectMax().x + 1, ImGui::GetItemRectMax().y + 1),
                              gui::colors::kText, 2.0f, 0, 2.5f);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::Text("%s × %s", row_label, services[s].label.c_str());
                ImGui::Separator();
                ImGui::Text("%s: %s",
                            i18n::tr(language, "team-expectations.heatmap.wave_a").c_str(),
                            counts_line(heatmap, where, WaveSide::From, language).c_str());
                ImGui::Text("%s: %s",
                            i18n::tr(language, "team-expectations.heatmap.wave_b").c_str(),
                            counts_line(heatmap, where, WaveSide::To, language).c_str());
                ImGui::TextDisabled(
                    "%s", i18n::tr(language, "team-expectations.heatmap.click_to_read").c_str());
                ImGui::EndTooltip();
                if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) m_selected = where;
            }
            ImGui::PopID();
        }
        ImGui::Dummy(ImVec2(0, gap * 0.5f));
    };
    for (std::size_t t = 0; t < themes.size(); ++t) {
        ImGui::PushID(static_cast<int>(t));
        draw_row(t, themes[t].label.c_str(), false);
        ImGui::PopID();
    }
    if (m_measure == HeatmapMeasure::Texts) {
        ImGui::PushID("uncoded");
        ImGui::Dummy(ImVec2(0, gap));
        draw_row(std::nullopt, i18n::tr(language, "team-expectations.heatmap.uncoded_row").c_str(),
                 true);
        ImGui::PopID();
    }
}

const std::vector<const CodedTextEntry*>& ExpectationsHeatmapPanel::texts_of(
    const ThemeHeatmap& heatmap, const CellRef& where, WaveSide side) {
    // A report over many responses carries many texts: look them up when the
    // cell, group or selection changes, not at every frame.
    TextsKey key{m_generation, m_group, where, side};
    TextsCache& cache = m_texts[side == WaveSide::From ? 0 : 1];
    if (!(cache.key == key)) {
        cache.key = key;
        cache.texts = heatmap.texts_of(where, side);
    }
    return cache.texts;
}

void ExpectationsHeatmapPanel::draw_texts(const gui::PanelContext& context,
                                          const ThemeHeatmap& heatmap) {
    const std::string& language = context.language;
    const float font = ImGui::GetFontSize();
    if (!m_selected || m_selected->service >= heatmap.services().size() ||
        (m_selected->theme && *m_selected->theme >= heatmap.themes().size())) {
        ImGui::TextDisabled("%s",
                            i18n::tr(language, "team-expectations.heatmap.click_a_cell").c_str());
        return;
    }
    // Wrap at the visible edge: left to ImGui, wrapped text in a window that
    // may scroll sideways keeps the width it had before the scrollbar appeared.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    const CellRef where = *m_selected;
    const std::string theme_label =
        where.theme ? heatmap.themes()[*where.theme].label
                    : i18n::tr(language, "team-expectations.heatmap.uncoded_heading");
    ImGui::TextWrapped("%s × %s", theme_label.c_str(),
                       heatmap.services()[where.service].label.c_str());

    for (const WaveSide side : {WaveSide::From, WaveSide::To}) {
        ImGui::PushID(side == WaveSide::From ? "from" : "to");
        const std::string heading =
            i18n::tr(language, side == WaveSide::From ? "team-expectations.heatmap.wave_a"
                                                      : "team-expectations.heatmap.wave_b") +
            ": " + (side == WaveSide::From ? m_from_label : m_to_label) + "  —  " +
            counts_line(heatmap, where, side, language);
        gui::charts::legend(side == WaveSide::From ? gui::colors::kWaveFrom : gui::colors::kWaveTo,
                            "");
        ImGui::SameLine(0, 0);
        ImGui::TextWrapped("%s", heading.c_str());
        ImGui::Indent(font);
        if (heatmap.suppressed(side) && !heatmap.no_responses(side)) {
            // The texts of a small group are not shown.
            const std::string text =
                i18n::format(language, "team-expectations.heatmap.texts_withheld", m_min_cell);
            gui::charts::suppressed_box(
                ImVec2(std::min(ImGui::GetContentRegionAvail().x, font * 36), font * 1.8f),
                text.c_str());
        } else if (heatmap.no_responses(side)) {
            ImGui::TextDisabled(
                "%s", i18n::tr(language, "team-expectations.heatmap.nobody_answered").c_str());
        } else {
            const std::vector<const CodedTextEntry*>& texts = texts_of(heatmap, where, side);
            if (texts.empty())
                ImGui::TextDisabled(
                    "%s", i18n::tr(language, "team-expectations.heatmap.no_text").c_str());
            for (const CodedTextEntry* entry : texts) {
                ImGui::Bullet();
                ImGui::TextWrapped("%s", entry->text.c_str());
                const auto facet = m_facet_labels.find(entry->facet);
                std::string about = facet != m_facet_labels.end() ? facet->second : entry->facet;
                // A territory's own group needs no attribution; in everyone's
                // group a text is attributed only to a territory the report
                // names and shows at this wave. No respondent code is shown:
                // the report carries none.
                if (m_group == "all") {
                    if (m_writers.may_name(*entry)) {
                        const auto territory = m_territory_names.find(entry->territory);
                        about +=
                            "  ·  " + (territory != m_territory_names.end() ? territory->second
                                                                            : entry->territory);
                    } else {
                        about +=
                            std::string("  ·  ") +
                            i18n::tr(language, "team-expectations.heatmap.territory_not_shown");
                    }
                }
                if (entry->overridden) {
                    about += std::string("  ·  ") +
                             i18n::tr(language, "team-expectations.heatmap.coded_by_hand");
                } else if (where.theme) {
                    const auto matched = entry->matched.find(heatmap.themes()[*where.theme].id);
                    if (matched != entry->matched.end() && !matched->second.empty()) {
                        about += "  ·  " +
                                 i18n::tr(language, "team-expectations.heatmap.keywords") + ": ";
                        for (std::size_t k = 0; k < matched->second.size(); ++k)
                            about += (k ? ", " : "") + matched->second[k];
                    }
                }
                ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
                ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.38f, 0.38f, 0.38f, 1.0f));
                ImGui::TextWrapped("%s", about.c_str());
                ImGui::PopStyleColor();
                ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
            }
        }
        ImGui::Unindent(font);
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace sonda::team_expectations::panels
