#include "sonda/gui/dashboard_model.hpp"

#include <set>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"

namespace sonda::gui {

DashboardModel::DashboardModel(Project& project)
    : m_project(project), m_forms_with_data(list_forms_with_data()) {}

std::vector<std::string> DashboardModel::list_forms_with_data() const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const Form& form : m_project.forms()) {
        if (seen.count(form.id)) continue;
        ResponseFilter filter;
        filter.form = form.id;
        if (m_project.store().count_responses(filter) > 0) {
            out.push_back(form.id);
            seen.insert(form.id);
        }
    }
    return out;
}

std::vector<std::string> DashboardModel::waves_with_data(const std::string& form) const {
    std::vector<std::string> out;
    for (const Wave& wave : m_project.study().waves) {
        ResponseFilter filter;
        filter.form = form;
        filter.waves = {wave.id};
        if (m_project.store().count_responses(filter) > 0) out.push_back(wave.id);
    }
    return out;
}

Selection DashboardModel::default_selection() const {
    Selection selection;
    const std::vector<std::string>& forms = m_forms_with_data;
    if (!forms.empty()) {
        selection.form = forms.front();
        const std::vector<std::string> waves = waves_with_data(selection.form);
        if (waves.size() >= 2) {
            selection.from_wave = waves[waves.size() - 2];
            selection.to_wave = waves.back();
        }
    }
    selection.min_cell = m_project.study().min_cell;
    if (!m_project.study().languages.empty()) selection.language = m_project.study().languages.front();
    return selection;
}

void DashboardModel::select(const Selection& selection) {
    if (selection == m_selection && m_generation > 0) return;
    m_selection = selection;
    refresh();
}

void DashboardModel::refresh() {
    ++m_generation;
    m_forms_with_data = list_forms_with_data();
    m_by_territory.reset();
    m_overall.reset();
    m_error.clear();
    if (m_selection.form.empty()) {
        m_error = "No form has responses yet.";
        return;
    }
    if (m_selection.from_wave.empty() || m_selection.to_wave.empty() ||
        m_selection.from_wave == m_selection.to_wave) {
        m_error = "Choose two different waves to compare.";
        return;
    }
    ReportRequest request;
    request.form = m_selection.form;
    request.from_wave = m_selection.from_wave;
    request.to_wave = m_selection.to_wave;
    request.min_cell = m_selection.min_cell;
    request.language = m_selection.language;
    request.territories = m_selection.territories;
    request.roles = m_selection.roles;
    try {
        request.by = GroupBy::Territory;
        m_by_territory = std::make_unique<Report>(build_report(m_project, request));
        request.by = GroupBy::None;
        m_overall = std::make_unique<Report>(build_report(m_project, request));
    } catch (const Error& failure) {
        m_by_territory.reset();
        m_overall.reset();
        m_error = failure.what();
    }
}

}  // namespace sonda::gui
