#include "factor_change_panel.hpp"

#include <Poco/JSON/Array.h>
#include <imgui.h>

#include <optional>

#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/report/report.hpp"

namespace collaboration_factors {

namespace {

std::optional<double> number(const Poco::JSON::Object& object, const char* key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    return object.getValue<double>(key);
}

sonda::gui::charts::Axis axis_of(const sonda::Report& report) {
    for (const sonda::ScoreDefinition& definition : report.score_definitions)
        if (definition.min && definition.max)
            return sonda::gui::charts::Axis{*definition.min, *definition.max};
    return sonda::gui::charts::Axis{1, 5};
}

void draw_group(const sonda::Report& report, const sonda::GroupReport& group,
                const sonda::gui::PanelContext& context) {
    const std::string& language = context.language;
    ImGui::PushID(group.group.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(group.label.get(language).c_str());
    const float row_height = ImGui::GetFontSize() * 1.7f;
    // A withheld group has no extras: the report says why.
    if (group.withheld != sonda::Withheld::No) {
        sonda::gui::charts::suppressed_box(ImVec2(ImGui::GetContentRegionAvail().x, row_height),
                                           report.min_cell, language, group.withheld);
        ImGui::PopID();
        return;
    }
    if (!group.instrument) {
        ImGui::TextDisabled("%s", language == "it" ? "nessuna risposta" : "no responses");
        ImGui::PopID();
        return;
    }
    const sonda::gui::charts::Axis axis = axis_of(report);
    const Poco::JSON::Array::Ptr factors = group.instrument->getArray("factors");
    for (std::size_t i = 0; factors && i < factors->size(); ++i) {
        const Poco::JSON::Object::Ptr factor = factors->getObject(static_cast<unsigned>(i));
        if (!factor) continue;
        const std::string label = factor->optValue<std::string>("label", "");
        const std::optional<double> from = number(*factor, "mean_from");
        const std::optional<double> to = number(*factor, "mean_to");
        if (!from && !to) {
            ImGui::TextUnformatted(label.c_str());
            ImGui::SameLine(ImGui::GetFontSize() * 11.0f);
            sonda::gui::charts::suppressed_box(
                ImVec2(ImGui::GetContentRegionAvail().x, row_height * 0.85f), report.min_cell,
                language);
            continue;
        }
        sonda::gui::charts::dumbbell_row(label.c_str(), from, to, std::nullopt, std::nullopt, axis,
                                         sonda::gui::colors::kWaveTo, row_height);
    }
    sonda::gui::charts::dumbbell_axis(axis, row_height * 0.55f);
    ImGui::PopID();
}

}  // namespace

FactorChangePanel::FactorChangePanel()
    : Panel("collaboration-factors.factors", "Collaboration factors", "collaboration-factors") {}

void FactorChangePanel::draw_content(sonda::gui::PanelContext& context) {
    const sonda::gui::DashboardModel& model = context.model;
    const sonda::Report* by_territory = model.by_territory();
    if (!by_territory) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    // The waves as the study names them, in the dashboard's language.
    auto wave_name = [&](const std::string& id) {
        const sonda::Wave* wave = model.project().study().wave(id);
        return wave ? wave->date + " " + wave->label.get(context.language) : id;
    };
    sonda::gui::charts::legend(sonda::gui::colors::kWaveFrom,
                               wave_name(by_territory->from_wave).c_str());
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    sonda::gui::charts::legend(sonda::gui::colors::kWaveTo,
                               wave_name(by_territory->to_wave).c_str());
    if (!model.complete()) {
        // The factor means come with the full report, a moment after the scores.
        ImGui::TextDisabled("%s",
                            context.language == "it" ? "calcolo in corso..." : "computing...");
        return;
    }
    if (const sonda::Report* overall = model.overall())
        for (const sonda::GroupReport& group : overall->groups)
            draw_group(*overall, group, context);
    for (const sonda::GroupReport& group : by_territory->groups)
        draw_group(*by_territory, group, context);
}

}  // namespace collaboration_factors
