#include "sonda/gui/dashboard_model.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <set>

#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/gui/disclosure_text.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::gui {

namespace {

// A report's working columns are gone once it is built; hand the freed heap
// back so the dashboard's resident memory is what it shows, not its peak.
void release_free_memory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// How many distinct ids a filter names, 0 when none or every one of the
// study's `listed` (both select every territory or role, as in the core).
std::size_t chosen_count(const std::vector<std::string>& filter, std::size_t listed) {
    const std::set<std::string> distinct(filter.begin(), filter.end());
    return distinct.size() == listed ? 0 : distinct.size();
}

}  // namespace

DashboardModel::DashboardModel(Project& project)
    : m_project(project), m_forms_with_data(list_forms_with_data()) {}

std::vector<std::string> DashboardModel::list_forms_with_data() const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const Form& form : m_project.forms()) {
        if (seen.count(form.id)) continue;
        ResponseFilter filter;
        filter.form = form.id;
        if (m_project.store().any_response(filter)) {
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
        if (m_project.store().any_response(filter)) out.push_back(wave.id);
    }
    return out;
}

void DashboardModel::choose_form(Selection& selection, const std::string& form) const {
    selection.form = form;
    const std::vector<std::string> waves = waves_with_data(form);
    selection.from_wave = waves.size() >= 2 ? waves.front() : "";
    selection.to_wave = waves.empty() ? "" : waves.back();
}

Selection DashboardModel::default_selection() const {
    Selection selection;
    const std::vector<std::string>& forms = m_forms_with_data;
    if (!forms.empty()) {
        selection.form = forms.front();
        const std::vector<std::string> waves = waves_with_data(selection.form);
        if (waves.size() >= 2) {
            selection.from_wave = waves.front();  // baseline against latest
            selection.to_wave = waves.back();
        }
    }
    selection.min_cell = m_project.study().min_cell;
    if (!m_project.study().languages.empty())
        selection.language = m_project.study().languages.front();
    return selection;
}

int DashboardModel::lowest_min_cell(const Selection& selection) const {
    return selection.show_small_groups ? 1 : std::max(m_project.study().min_cell, 1);
}

void DashboardModel::select(const Selection& selection) {
    Selection raised = selection;
    raised.min_cell = std::max(raised.min_cell, lowest_min_cell(raised));
    if (raised == m_selection && m_generation > 0) return;
    m_selection = std::move(raised);
    refresh();
}

bool DashboardModel::suppression_off() const {
    if (m_selection.show_small_groups && m_selection.min_cell < m_project.study().min_cell)
        return true;
    for (const Report* report : {by_territory(), overall()})
        if (report && !report->suppression) return true;
    return false;
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
    m_note.clear();
    m_total_note.clear();
    if (m_pending.valid()) m_retired.push_back(std::move(m_pending));
    if (m_selection.form.empty()) {
        m_error = i18n::tr(m_selection.language, "dashboard.no_responses");
        return;
    }
    if (m_selection.from_wave.empty() || m_selection.to_wave.empty() ||
        m_selection.from_wave == m_selection.to_wave) {
        // Say why: a form with no answers, or one wave only, has no change.
        const std::size_t waves = waves_with_data(m_selection.form).size();
        m_error = i18n::tr(m_selection.language, waves == 0   ? "dashboard.form_no_data"
                                                 : waves == 1 ? "dashboard.one_wave"
                                                              : "dashboard.two_waves");
        return;
    }
    // Only cells of the protected table are asked for (the core refuses any
    // other total): by territory needs at most one role, everyone together
    // at most one territory too.
    const Study& study = m_project.study();
    const std::size_t territories = chosen_count(m_selection.territories, study.territories.size());
    const std::size_t roles = chosen_count(m_selection.roles, study.roles.size());
    if (roles > 1) {
        m_error = disclosure::role_subset_note(roles, study.roles.size(), m_selection.language);
        return;
    }
    const bool with_overall = territories <= 1;
    if (!with_overall)
        m_total_note = disclosure::territory_subset_note(territories, study.territories.size(),
                                                         m_selection.language);
    ReportRequest request;
    request.form = m_selection.form;
    request.from_wave = m_selection.from_wave;
    request.to_wave = m_selection.to_wave;
    request.min_cell = m_selection.min_cell;
    // Below the study's min_cell only with the explicit toggle; the reports
    // then say suppression is off and every view carries the banner.
    request.suppression = !m_selection.show_small_groups;
    request.language = m_selection.language;
    request.territories = m_selection.territories;
    request.roles = m_selection.roles;
    request.by = GroupBy::Territory;
    try {
        ReportRequest scores_only = request;
        scores_only.scores_only = true;
        m_by_territory = std::make_unique<Report>(build_report(m_project, scores_only));
        release_free_memory();
    } catch (const Error& failure) {
        m_error = failure.what();
        return;
    }
    const long long responses = m_by_territory->responses_read;
    if (responses > m_full_report_limit) {
        m_note = i18n::format(m_selection.language, "dashboard.scores_only", responses);
        return;
    }
    m_pending =
        std::async(std::launch::async, [&engine = m_project.engine(), target = m_project.target(),
                                        request, with_overall]() mutable {
            FullReports reports;
            try {
                Project project(engine, target, Store::Access::Existing);
                reports.by_territory = std::make_unique<Report>(build_report(project, request));
                request.by = GroupBy::None;
                // Should the core refuse a total the check above let through, the
                // territories stay on screen and its reason takes the total's place.
                if (with_overall) {
                    try {
                        reports.overall = std::make_unique<Report>(build_report(project, request));
                    } catch (const UsageError& refused) {
                        reports.total_note = refused.what();
                    }
                }
            } catch (const std::exception& failure) {  // sonda's errors and the unexpected alike
                reports.error = failure.what();
            }
            return reports;
        });
}

std::vector<std::string> DashboardModel::report_notes() const {
    std::vector<std::string> texts;
    const auto add = [&](const Report& report, const ReportNote& note) {
        std::string text = note_text(report, note, m_selection.language);
        if (std::find(texts.begin(), texts.end(), text) == texts.end())
            texts.push_back(std::move(text));
    };
    for (const Report* report : {m_by_territory.get(), m_overall.get()}) {
        if (!report) continue;
        for (const ReportNote& note : report->notes) add(*report, note);
        for (const GroupReport& group : report->groups)
            for (const ReportNote& note : group.notes) add(*report, note);
    }
    return texts;
}

void DashboardModel::take(FullReports reports) {
    release_free_memory();
    ++m_generation;
    if (!reports.error.empty()) {
        m_error = reports.error;
        return;
    }
    // The views say what was left out; the details (the response, the
    // plugin's words) are for whoever runs the dashboard, not for a picture.
    for (const Report* report : {reports.by_territory.get(), reports.overall.get()})
        if (report)
            for (const std::string& failure : report->plugin_failures)
                std::cerr << "sonda-dashboard: warning: " << safe_message(failure) << '\n';
    m_by_territory = std::move(reports.by_territory);
    m_overall = std::move(reports.overall);
    if (!reports.total_note.empty()) m_total_note = std::move(reports.total_note);
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
