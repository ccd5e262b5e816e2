#include "selection_controls.hpp"

#include <imgui.h>

#include <algorithm>

#include "sonda/engine.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/disclosure_text.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/dates.hpp"

namespace sonda::dashboard {

namespace {

const std::string& wave_label(const Study& study, const std::string& id,
                              const std::string& language, std::string& buffer) {
    const Wave* wave = study.wave(id);
    buffer = wave ? i18n::date_text(wave->date, language) + "  " + wave->label.get(language) : id;
    return buffer;
}

template <typename Entity>
bool draw_filter(const char* title, const std::vector<Entity>& entities,
                 std::vector<std::string>& chosen, const std::string& language) {
    bool changed = false;
    if (!ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen)) return false;
    ImGui::PushID(title);
    // An empty list means "all"; ticking boxes narrows it down.
    for (const Entity& entity : entities) {
        bool on =
            chosen.empty() || std::find(chosen.begin(), chosen.end(), entity.id) != chosen.end();
        if (ImGui::Checkbox(entity.name.get(language).c_str(), &on)) {
            if (chosen.empty())
                for (const Entity& other : entities) chosen.push_back(other.id);
            if (on)
                chosen.push_back(entity.id);
            else
                std::erase(chosen, entity.id);
            std::sort(chosen.begin(), chosen.end());
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
            if (chosen.size() == entities.size()) chosen.clear();
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

}  // namespace

bool draw_min_cell_slider(const gui::DashboardModel& model, gui::Selection& selection) {
    const int study_min = model.project().study().min_cell;
    // The study's min_cell is the floor: lower only with the toggle below.
    // AlwaysClamp holds it for a value typed with Ctrl+click too.
    const int lowest = model.lowest_min_cell(selection);
    const int highest = std::max(20, study_min + 15);
    ImGui::TextUnformatted(i18n::tr(selection.language, "dashboard.min_cell").c_str());
    ImGui::SetNextItemWidth(-1);
    int min_cell = std::clamp(selection.min_cell, lowest, highest);
    const bool edited = ImGui::SliderInt("##min_cell", &min_cell, lowest, highest, "%d",
                                         ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(i18n::tr(selection.language, "dashboard.min_cell.tip").c_str(),
                          study_min);
    if (!edited || min_cell == selection.min_cell) return false;
    selection.min_cell = min_cell;
    return true;
}

bool draw_small_groups_toggle(const gui::DashboardModel& model, gui::Selection& selection) {
    const int study_min = model.project().study().min_cell;
    const bool was_on = selection.show_small_groups;
    bool on = was_on;
    // The label wraps in the narrow column, so it is a text of its own;
    // clicking it ticks the box as a checkbox label would.
    bool clicked = ImGui::Checkbox("##small_groups", &on);
    ImGui::SameLine();
    if (was_on) ImGui::PushStyleColor(ImGuiCol_Text, gui::colors::kAlert);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(gui::disclosure::small_groups_toggle(selection.language).c_str());
    ImGui::PopTextWrapPos();
    if (was_on) ImGui::PopStyleColor();
    if (ImGui::IsItemClicked()) {
        on = !was_on;
        clicked = true;
    }
    if (!clicked || on == was_on) return false;
    selection.show_small_groups = on;
    // Off again: back to the study's floor at once, never a stale smaller k.
    if (!on) selection.min_cell = std::max(selection.min_cell, study_min);
    return true;
}

bool draw_selection_controls(const gui::DashboardModel& model, gui::Selection& selection) {
    const Project& project = model.project();
    const Study& study = project.study();
    const std::string& language = selection.language;
    bool changed = false;
    std::string buffer;

    ImGui::TextUnformatted(study.title.get(language).c_str());
    ImGui::Separator();

    ImGui::TextUnformatted(i18n::tr(language, "dashboard.form").c_str());
    const std::vector<std::string>& forms = model.forms_with_data();
    const char* current_title = selection.form.c_str();
    std::string title_buffer;
    for (const Form& form : project.forms())
        if (form.id == selection.form)
            current_title = (title_buffer = form.title.get(language)).c_str();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##form", current_title)) {
        for (const std::string& id : forms) {
            const Form& form = project.form(id);
            if (ImGui::Selectable(form.title.get(language).c_str(), id == selection.form) &&
                id != selection.form) {
                model.choose_form(selection, id);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }

    auto wave_combo = [&](const char* caption, const char* id, std::string& wave_id) {
        ImGui::TextUnformatted(caption);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo(id, wave_label(study, wave_id, language, buffer).c_str())) {
            for (const Wave& wave : study.waves) {
                if (ImGui::Selectable(wave_label(study, wave.id, language, buffer).c_str(),
                                      wave.id == wave_id) &&
                    wave.id != wave_id) {
                    wave_id = wave.id;
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
    };
    wave_combo(i18n::tr(language, "dashboard.from").c_str(), "##from", selection.from_wave);
    wave_combo(i18n::tr(language, "dashboard.to").c_str(), "##to", selection.to_wave);

    ImGui::Spacing();
    changed |= draw_filter(i18n::tr(language, "dashboard.territories").c_str(), study.territories,
                           selection.territories, language);
    changed |= draw_filter(i18n::tr(language, "dashboard.roles").c_str(), study.roles,
                           selection.roles, language);
    // Why the total of the ticked territories is missing, where they are ticked.
    if (!model.total_note().empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(gui::disclosure::territory_subset_hint(language).c_str());
        ImGui::PopTextWrapPos();
    }

    ImGui::Spacing();
    changed |= draw_min_cell_slider(model, selection);
    changed |= draw_small_groups_toggle(model, selection);

    ImGui::TextUnformatted(i18n::tr(language, "dashboard.language").c_str());
    for (const std::string& code : study.languages) {
        ImGui::SameLine();
        if (ImGui::RadioButton(code.c_str(), selection.language == code) &&
            selection.language != code) {
            selection.language = code;
            changed = true;
        }
    }
    return changed;
}

}  // namespace sonda::dashboard
