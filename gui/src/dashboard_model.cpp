#include "sonda/gui/dashboard_model.hpp"

#include <chrono>
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
    if (!m_project.study().languages.empty())
        selection.language = m_project.study().languages.front();
    return selection;
}

void DashboardModel::select(const Selection& selection) {
    if (selection == m_selection && m_generation > 0) return;
    m_selection = selection;
    refresh();
}

DashboardModel::~DashboardModel() {
    // Workers hold their own connections; they end before the model does.
    for (auto& retired : m_retired) retired.wait();
    if (m_pending.valid()) m_pending.wait();
}

void DashboardModel::refresh() {
    ++m_generation;
    m_forms_with_data = list_forms_with_data();
    m_by_territory.reset();
    m_overall.reset();
    m_error.clear();
    if (m_pending.valid()) m_retired.push_back(std::move(m_pending));
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
    request.by = GroupBy::Territory;
    try {
        ReportRequest scores_only = request;
        scores_only.scores_only = true;
        m_by_territory = std::make_unique<Report>(build_report(m_project, scores_only));
    } catch (const Error& failure) {
        m_error = failure.what();
        return;
    }
    m_pending = std::async(std::launch::async, [&engine = m_project.engine(),
                                                target = m_project.target(), request]() mutable {
        FullReports reports;
        try {
            Project project(engine, target);
            reports.by_territory = std::make_unique<Report>(build_report(project, request));
            request.by = GroupBy::None;
            reports.overall = std::make_unique<Report>(build_report(project, request));
        } catch (const std::exception& failure) {  // sonda's errors and the unexpected alike
            reports.error = failure.what();
        }
        return reports;
    });
}

void DashboardModel::take(FullReports reports) {
    ++m_generation;
    if (!reports.error.empty()) {
        m_error = reports.error;
        return;
    }
    m_by_territory = std::move(reports.by_territory);
    m_overall = std::move(reports.overall);
}

void DashboardModel::poll() {
    std::erase_if(m_retired, [](std::future<FullReports>& retired) {
        return retired.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    if (m_pending.valid() &&
        m_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        take(m_pending.get());
}

void DashboardModel::wait() {
    if (m_pending.valid()) take(m_pending.get());
}

}  // namespace sonda::gui
