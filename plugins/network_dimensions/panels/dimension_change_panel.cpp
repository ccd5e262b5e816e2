#include "dimension_change_panel.hpp"

#include <imgui.h>

#include <cstdio>

#include "report_reading.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"

namespace sonda::network_dimensions::panels {

namespace {

std::string group_name(const GroupReport& group, const Project& project,
                       const std::string& language) {
    if (group.group == "all") return language == "it" ? "Tutti i territori" : "All territories";
    const Territory* territory = project.study().territory(group.group);
    return territory ? territory->name.get(language) : group.group;
}

gui::charts::Axis axis_of(const Report& report) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == kDimensions[0] && definition.min && definition.max)
            return gui::charts::Axis{*definition.min, *definition.max};
    return gui::charts::Axis{1, 5};
}

void tooltip(const ScoreReport& score, const std::string& label) {
    const ScoreComparison& s = score.stats;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(label.c_str());
    ImGui::Separator();
    if (s.mean_from && s.mean_to)
        ImGui::Text("mean %.2f -> %.2f (n %lld -> %lld)", *s.mean_from, *s.mean_to, s.n_from,
                    s.n_to);
    if (s.diff_mean) ImGui::Text("change %+.2f", *s.diff_mean);
    if (s.ci95_low && s.ci95_high)
        ImGui::Text("95%% interval [%+.2f, %+.2f]", *s.ci95_low, *s.ci95_high);
    if (s.p_t)
        ImGui::Text("p = %.3f (%s t-test)", *s.p_t,
                    s.design == Design::Paired ? "paired" : "Welch");
    if (s.effect_size) ImGui::Text("%s = %.2f", s.effect_size_kind.c_str(), *s.effect_size);
    if (s.design == Design::Paired) ImGui::Text("%lld respondents answered both times", s.n_paired);
    ImGui::EndTooltip();
}

void draw_group(const Report& report, const GroupReport& group, const gui::PanelContext& context,
                const gui::charts::Axis& axis) {
    const std::string& language = context.language;
    ImGui::PushID(group.group.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(group_name(group, context.model.project(), language).c_str());

    const float row_height = ImGui::GetFontSize() * 1.7f;
    const float chart_width = ImGui::GetContentRegionAvail().x * 0.62f;
    ImGui::BeginGroup();
    ImGui::PushItemWidth(chart_width);
    if (ImGui::BeginChild("rows", ImVec2(chart_width, row_height * 5.2f), false,
                          ImGuiWindowFlags_NoScrollbar)) {
        for (const char* dimension : kDimensions) {
            const ScoreReport* score = find_score(group, dimension);
            const std::string label = score_label(report, dimension, language);
            if (!score) continue;
            if (score->stats.suppressed) {
                ImGui::TextUnformatted(label.c_str());
                ImGui::SameLine(ImGui::GetFontSize() * 11.0f);
                gui::charts::suppressed_box(
                    ImVec2(ImGui::GetContentRegionAvail().x, row_height * 0.85f), report.min_cell,
                    language, score->withheld);
                continue;
            }
            const ImU32 to_color =
                score->band_to ? gui::colors::band(*score->band_to) : gui::colors::kWaveTo;
            const bool hovered = gui::charts::dumbbell_row(
                label.c_str(), score->stats.mean_from, score->stats.mean_to,
                score->stats.diff_mean ? score->stats.ci95_low : std::nullopt,
                score->stats.ci95_high, axis, to_color, row_height);
            if (hovered) tooltip(*score, label);
        }
        gui::charts::dumbbell_axis(axis, row_height * 0.55f);
    }
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();

    ImGui::SameLine();
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
    if (any_suppressed)
        gui::charts::suppressed_box(ImVec2(row_height * 4.6f, row_height * 4.6f), report.min_cell,
                                    language, group.withheld);
    else
        gui::charts::radar(axes, {from, to}, axis, row_height * 4.6f);
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
    ImGui::TextDisabled(
        "%s", context.language == "it"
                  ? "punto finale colorato per fascia; barra ombreggiata: intervallo al 95% "
                    "della variazione"
                  : "end point coloured by band; shaded bar: 95% interval of the change");
    ImGui::PopTextWrapPos();
    if (const Report* overall = model.overall())
        for (const GroupReport& group : overall->groups) draw_group(*overall, group, context, axis);
    for (const GroupReport& group : by_territory->groups)
        draw_group(*by_territory, group, context, axis);
}

}  // namespace sonda::network_dimensions::panels
