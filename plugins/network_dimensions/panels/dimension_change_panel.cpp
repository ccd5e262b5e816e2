#include "dimension_change_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "report_reading.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda::network_dimensions::panels {

namespace {

std::string group_name(const GroupReport& group, const Project& project,
                       const std::string& language) {
    if (group.group == "all") return i18n::tr(language, "network-dimensions.all_territories");
    const Territory* territory = project.study().territory(group.group);
    return territory ? territory->name.get(language) : group.group;
}

// Wide enough for the longest verdict in the reader's language.
float verdict_column_width(const std::string& language) {
    float widest = 0;
    for (Outcome outcome : {Outcome::Improved, Outcome::Worsened, Outcome::Changed, Outcome::Held,
                            Outcome::Uncertain, Outcome::NotComputable})
        widest = std::max(widest, ImGui::CalcTextSize(outcome_words(outcome, language).c_str()).x);
    return widest + ImGui::GetFontSize();
}

gui::charts::Axis axis_of(const Report& report) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == kDimensions[0] && definition.min && definition.max)
            return gui::charts::Axis{*definition.min, *definition.max};
    return gui::charts::Axis{1, 5};
}

// The reading the reports print, with the same verdict: the figures in the
// reader's language (decimal comma, "p < 0,001", the kind of effect size in
// words), never a bare identifier or "0.000".
void tooltip(const Report& report, const ScoreReport& score, const std::string& label,
             const std::string& language) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(label.c_str());
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(change_reading(report, score, language).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_group(const Report& report, const GroupReport& group, const gui::PanelContext& context,
                const gui::charts::Axis& axis) {
    const std::string& language = context.language;
    ImGui::PushID(group.group.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(group_name(group, context.model.project(), language).c_str());

    const float row_height = ImGui::GetFontSize() * 1.7f;
    // The radar writes its side labels outside its square (charts.hpp): the
    // dumbbells and verdicts take what the radar and its labels leave.
    const float radar_size = row_height * 4.6f;
    float label_room = 0;
    for (const char* dimension : kDimensions)
        label_room = std::max(
            label_room, ImGui::CalcTextSize(score_label(report, dimension, language).c_str()).x +
                            8 - radar_size * 0.18f);
    const float spacing = std::max(ImGui::GetStyle().ItemSpacing.x, label_room);
    const float available = ImGui::GetContentRegionAvail().x;
    const float chart_width = std::max(available * 0.5f, available - radar_size - 2 * spacing);
    const float verdict_width = verdict_column_width(language);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(chart_width);
    if (ImGui::BeginChild("rows", ImVec2(chart_width, row_height * 5.6f), false,
                          ImGuiWindowFlags_NoScrollbar) &&
        ImGui::BeginTable("verdicts", 2, ImGuiTableFlags_NoPadOuterX)) {
        // The dumbbell, then the verdict of the same rule as the reports.
        ImGui::TableSetupColumn("change", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("verdict", ImGuiTableColumnFlags_WidthFixed, verdict_width);
        for (const char* dimension : kDimensions) {
            const ScoreReport* score = find_score(group, dimension);
            const std::string label = score_label(report, dimension, language);
            if (!score) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (score->stats.suppressed) {
                ImGui::TextUnformatted(label.c_str());
                ImGui::SameLine(ImGui::GetFontSize() * 11.0f);
                gui::charts::suppressed_box(
                    ImVec2(ImGui::GetContentRegionAvail().x, row_height * 0.85f), report.min_cell,
                    language, score->withheld);
                continue;  // a withheld cell has no verdict
            }
            const ImU32 to_color =
                score->band_to ? gui::colors::band(*score->band_to) : gui::colors::kWaveTo;
            bool hovered = gui::charts::dumbbell_row(
                label.c_str(), score->stats.mean_from, score->stats.mean_to,
                score->stats.diff_mean ? score->stats.ci95_low : std::nullopt,
                score->stats.ci95_high, axis, to_color, row_height);
            ImGui::TableNextColumn();
            const ChangeVerdict verdict = judge_change(report, *score);
            ImGui::Dummy(ImVec2(0, row_height * 0.1f));
            hovered |= gui::charts::verdict_chip(verdict.outcome,
                                                 outcome_words(verdict.outcome, language).c_str(),
                                                 ImVec2(verdict_width, row_height * 0.8f));
            if (hovered) tooltip(report, *score, label, language);
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        gui::charts::dumbbell_axis(axis, row_height * 0.55f);
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();

    std::vector<std::string> axes;
    gui::charts::RadarSeries from{{}, gui::colors::kWaveFrom, "from"},
        to{{}, gui::colors::kWaveTo, "to"};
    bool any_suppressed = false;
    for (const char* dimension : kDimensions) {
        const ScoreReport* score = find_score(group, dimension);
        axes.push_back(score_label(report, dimension, language));
        any_suppressed |= score && score->stats.suppressed;
        from.values.push_back(score && !score->stats.suppressed ? score->stats.mean_from
                                                                : std::nullopt);
        to.values.push_back(score && !score->stats.suppressed ? score->stats.mean_to
                                                              : std::nullopt);
    }
    ImGui::SameLine(0, spacing);
    if (any_suppressed)
        gui::charts::suppressed_box(ImVec2(radar_size, radar_size), report.min_cell, language,
                                    group.withheld);
    else
        gui::charts::radar(axes, {from, to}, axis, radar_size);
    ImGui::PopID();
}

}  // namespace

DimensionChangePanel::DimensionChangePanel()
    : Panel("network-dimensions.dimensions", "Network dimensions", "network-dimensions") {}

void DimensionChangePanel::draw_content(gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    const Report* by_territory = model.by_territory();
    if (!by_territory) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    const gui::charts::Axis axis = axis_of(*by_territory);
    const Wave* from = model.project().study().wave(by_territory->from_wave);
    const Wave* to = model.project().study().wave(by_territory->to_wave);
    gui::charts::legend(
        gui::colors::kWaveFrom,
        (from ? from->date + " " + from->label.get(context.language) : by_territory->from_wave)
            .c_str());
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    gui::charts::legend(
        gui::colors::kWaveTo,
        (to ? to->date + " " + to->label.get(context.language) : by_territory->to_wave).c_str());
    ImGui::PushTextWrapPos(0.0f);  // the window's width: never a horizontal scrollbar
    ImGui::TextDisabled("%s",
                        i18n::tr(context.language, "network-dimensions.dimensions.legend").c_str());
    ImGui::PopTextWrapPos();
    if (const Report* overall = model.overall())
        for (const GroupReport& group : overall->groups) draw_group(*overall, group, context, axis);
    for (const GroupReport& group : by_territory->groups)
        draw_group(*by_territory, group, context, axis);
}

}  // namespace sonda::network_dimensions::panels
