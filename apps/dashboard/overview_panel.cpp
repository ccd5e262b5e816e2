#include "overview_panel.hpp"

#include <imgui.h>

#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/gui/disclosure_text.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/figures.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda::dashboard {

namespace {

std::string everyone(const gui::Selection& selection) {
    if (selection.territories.empty() && selection.roles.empty())
        return i18n::tr(selection.language, "dashboard.everyone");
    return i18n::tr(selection.language, "dashboard.everyone_selected");
}

std::string group_label(const GroupReport& group, const gui::DashboardModel& model,
                        const std::string& language) {
    if (group.group == "all") return everyone(model.selection());
    if (const Territory* territory = model.project().study().territory(group.group))
        return territory->name.get(language);
    return group.group;
}

// A band by its label in the language shown, as the reports name it: the id
// ("borderline") is the form's, not a word for the reader.
std::string band_text(const ScoreDefinition* definition, const std::optional<std::string>& band,
                      const std::string& language) {
    if (!band) return "–";
    if (definition)
        for (const Band& candidate : definition->bands)
            if (candidate.id == *band && !candidate.label.empty())
                return candidate.label.get(language);
    return *band;
}

void draw_group(const Report& report, const GroupReport& group, const gui::DashboardModel& model,
                const std::string& language) {
    ImGui::PushID(group.group.c_str());
    ImGui::TextUnformatted(group_label(group, model, language).c_str());
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("scores", 10, flags)) {
        // The verdict next to the change it judges: the columns after it may
        // run past a narrow window, the verdict must not.
        const auto word = [&](const char* key) { return i18n::tr(language, key); };
        for (const std::string& heading :
             {word("dashboard.col.score"), std::string("n"), word("dashboard.col.mean"),
              word("dashboard.col.change"), verdict_heading(language), word("dashboard.col.ci"),
              std::string("p (t)"), word("dashboard.col.p_rank"), word("dashboard.col.effect"),
              word("dashboard.col.band")})
            ImGui::TableSetupColumn(heading.c_str());
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < group.scores.size(); ++i) {
            const ScoreReport& score = group.scores[i];
            const ScoreComparison& s = score.stats;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const ScoreDefinition* definition =
                i < report.score_definitions.size() && report.score_definitions[i].name == s.score
                    ? &report.score_definitions[i]
                    : nullptr;
            ImGui::TextUnformatted(definition ? definition->label.get(language).c_str()
                                              : s.score.c_str());
            ImGui::TableNextColumn();
            if (s.suppressed) {
                // Why, and nothing else: no figure, band or reading of a withheld row.
                const Withheld why =
                    score.withheld != Withheld::No ? score.withheld : group.withheld;
                ImGui::TextColored(
                    ImGui::ColorConvertU32ToFloat4(gui::colors::kTextDim), "%s",
                    gui::disclosure::withheld_marker(why, report.min_cell, language).c_str());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip(
                        "%s",
                        gui::disclosure::withheld_reason(why, report.min_cell, language).c_str());
                continue;
            }
            const std::string paired = " (" + std::to_string(s.n_paired) + " " +
                                       i18n::tr(language, "dashboard.paired") + ")";
            ImGui::Text("%lld → %lld%s", s.n_from, s.n_to,
                        s.design == Design::Paired ? paired.c_str() : "");
            ImGui::TableNextColumn();
            // Figures as the reports print them: decimal comma in Italian,
            // "0.00" for a change that rounds to nothing, "<0.001", never "0.000".
            ImGui::Text("%s → %s", figure_text(s.mean_from, 2, language).c_str(),
                        figure_text(s.mean_to, 2, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(change_text(s.diff_mean, 2, language).c_str());
            ImGui::TableNextColumn();
            // The reports' verdict, by the same rule, coloured by improvement.
            const ChangeVerdict verdict = judge_change(report, score);
            const std::string words = outcome_words(verdict.outcome, language);
            gui::charts::verdict_chip(
                verdict.outcome, words.c_str(),
                ImVec2(ImGui::CalcTextSize(words.c_str()).x + ImGui::GetFontSize(),
                       ImGui::GetTextLineHeight()));
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
                ImGui::TextUnformatted(change_reading(report, score, language).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableNextColumn();
            ImGui::Text("[%s, %s]", change_text(s.ci95_low, 2, language).c_str(),
                        change_text(s.ci95_high, 2, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p_value_text(s.p_t, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p_value_text(s.p_rank, language).c_str());
            ImGui::TableNextColumn();
            // The kind as the report tables abbreviate it ("dz", "g"); the
            // tooltip of the verdict names it in words.
            if (s.effect_size)
                ImGui::Text("%s %s", s.effect_size_kind == "cohen_dz" ? "dz" : "g",
                            figure_text(s.effect_size, 2, language).c_str());
            else
                ImGui::TextUnformatted("–");
            ImGui::TableNextColumn();
            ImGui::Text("%s → %s", band_text(definition, score.band_from, language).c_str(),
                        band_text(definition, score.band_to, language).c_str());
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
    // The banner of suppression off is the app's, above every view.
    if (model.overall()) {
        for (const GroupReport& group : model.overall()->groups)
            draw_group(*model.overall(), group, model, context.language);
    } else if (!model.total_note().empty()) {
        // In place of the total over part of the territories: why, and how to see each one.
        ImGui::TextUnformatted(everyone(model.selection()).c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(model.total_note().c_str());
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    }
    for (const GroupReport& group : report.groups)
        draw_group(report, group, model, context.language);
}

}  // namespace sonda::dashboard
