#include "overview_panel.hpp"

#include <imgui.h>

#include <cstdio>

#include "sonda/engine.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"

namespace sonda::dashboard {

namespace {

std::string number(const std::optional<double>& value, const char* format = "%.2f") {
    if (!value) return "–";
    char text[32];
    std::snprintf(text, sizeof text, format, *value);
    return text;
}

std::string group_label(const GroupReport& group, const Project& project, const std::string& language) {
    if (group.group == "all") return language == "it" ? "Tutti" : "Everyone";
    if (const Territory* territory = project.study().territory(group.group))
        return territory->name.get(language);
    return group.group;
}

void draw_group(const Report& report, const GroupReport& group, const Project& project,
                const std::string& language) {
    ImGui::PushID(group.group.c_str());
    ImGui::TextUnformatted(group_label(group, project, language).c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("scores", 9, flags)) {
        for (const char* heading : {"Score", "n", "Mean", "Change", "95% CI", "p (t)", "p (rank)", "Effect", "Band"})
            ImGui::TableSetupColumn(heading);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < group.scores.size(); ++i) {
            const ScoreReport& score = group.scores[i];
            const ScoreComparison& s = score.stats;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const ScoreDefinition* definition = i < report.score_definitions.size() ? &report.score_definitions[i] : nullptr;
            ImGui::TextUnformatted(definition && definition->name == s.score ? definition->label.get(language).c_str()
                                                                            : s.score.c_str());
            ImGui::TableNextColumn();
            if (s.suppressed) {
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(gui::colors::kSuppressed),
                                   "suppressed (n < %d)", report.min_cell);
                continue;
            }
            ImGui::Text("%lld → %lld%s", s.n_from, s.n_to,
                        s.design == Design::Paired ? (" (" + std::to_string(s.n_paired) + " paired)").c_str() : "");
            ImGui::TableNextColumn();
            ImGui::Text("%s → %s", number(s.mean_from).c_str(), number(s.mean_to).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(number(s.diff_mean, "%+.2f").c_str());
            ImGui::TableNextColumn();
            ImGui::Text("[%s, %s]", number(s.ci95_low).c_str(), number(s.ci95_high).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(number(s.p_t, "%.3f").c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(number(s.p_rank, "%.3f").c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%s %s", number(s.effect_size).c_str(), s.effect_size_kind.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%s → %s", score.band_from.value_or("–").c_str(), score.band_to.value_or("–").c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::PopID();
}

}  // namespace

OverviewPanel::OverviewPanel() : Panel("overview", "Overview", "") {}

void OverviewPanel::draw_content(gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    if (!model.by_territory()) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    const Report& report = *model.by_territory();
    if (!report.suppression)
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "Small-cell suppression is OFF: do not share this view.");
    if (model.overall())
        for (const GroupReport& group : model.overall()->groups)
            draw_group(*model.overall(), group, model.project(), context.language);
    for (const GroupReport& group : report.groups) draw_group(report, group, model.project(), context.language);
}

}  // namespace sonda::dashboard
