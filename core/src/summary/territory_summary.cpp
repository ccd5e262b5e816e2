#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "../chart/chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/dates.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/plugin_failure.hpp"
#include "sonda/report/report_wording.hpp"
#include "sonda/report/verdict.hpp"
#include "sonda/summary/page_flow.hpp"
#include "sonda/summary/summary.hpp"

namespace sonda::summary {

namespace {

using chart::Anchor;
using chart::Text;
using chart::detail::usable;
namespace palette = chart::detail::palette;
using report_detail::format_signed;
using report_detail::printf_string;
using report_detail::tr;

constexpr double kBody = 9.5, kSmall = 8.5, kHeading = 13;

void write_header(PageFlow& flow, const Project& project, const SummaryRequest& request) {
    const Study& study = project.study();
    const std::string& language = request.language;
    flow.paragraph(study.title.get(language), kSmall, palette::muted);
    flow.space(4);
    flow.paragraph(tr(language, "summary.kicker"), 11, palette::muted, true);
    flow.heading(study.territory(request.territory)->name.get(language), 20, palette::ink);
    if (!request.date.empty())
        flow.paragraph(printf_string(tr(language, "summary.made"),
                                     i18n::date_text(request.date, language).c_str()),
                       kSmall, palette::muted);
    flow.space(4);
    flow.paragraph(tr(language, "summary.intro"), kBody, palette::ink);
    flow.paragraph(printf_string(tr(language, "summary.protection"), study.min_cell), kSmall,
                   palette::muted);
    flow.space(6);
}

// The report of one form for the territory, or nothing when the territory has
// too few waves of it.
std::optional<Report> territory_report(Project& project, const std::string& form,
                                       const SummaryRequest& request) {
    ReportRequest report;
    report.form = form;
    report.by = GroupBy::Territory;
    report.territories = {request.territory};
    report.language = request.language;
    report.from_wave = request.from_wave;
    report.to_wave = request.to_wave;
    if (report.from_wave.empty() || report.to_wave.empty()) {
        // Baseline against the latest wave, as every output of sonda by default.
        const std::vector<std::string> waves = chart::detail::waves_with_data(project, form);
        if (waves.size() < 2) return std::nullopt;
        if (report.from_wave.empty()) report.from_wave = waves.front();
        if (report.to_wave.empty()) report.to_wave = waves.back();
        if (report.from_wave == report.to_wave) return std::nullopt;
    }
    Report built = build_report(project, report);
    if (request.warn)
        for (const std::string& warning : report_warnings(built)) request.warn(warning);
    return built;
}

void write_verdicts(PageFlow& flow, const Report& report, const GroupReport& group,
                    const std::string& language) {
    // The reports' rule (verdict.hpp), in four lists: uncertain and not
    // computable changes are no clear change either.
    enum List { Improved, Changed, Held, Worsened };
    std::map<List, std::string> lists;
    for (const ScoreReport& score : group.scores) {
        if (score.stats.suppressed || !usable(score.stats.diff_mean)) continue;
        const Outcome outcome = judge_change(report, score).outcome;
        const List list = outcome == Outcome::Improved   ? Improved
                          : outcome == Outcome::Worsened ? Worsened
                          : outcome == Outcome::Changed  ? Changed
                                                         : Held;
        lists[list] += (lists[list].empty() ? "" : ", ") +
                       report_detail::score_title(report, score.stats.score, language) + " (" +
                       format_signed(score.stats.diff_mean, 2, language) + ")";
    }
    const std::pair<List, const char*> order[] = {{Improved, "summary.improved"},
                                                  {Changed, "summary.changed"},
                                                  {Held, "summary.held"},
                                                  {Worsened, "summary.worsened"}};
    for (const auto& [list, key] : order)
        if (!lists[list].empty())
            flow.paragraph(tr(language, key) + ": " + lists[list] + ".", kBody, palette::ink);
}

void write_changes(PageFlow& flow, const Report& report, const GroupReport& group,
                   const std::string& language) {
    chart::Scene block{flow.width(), 2000, {}};
    chart::detail::ChangeRowsStyle style;
    style.right = flow.width();
    style.bottom = 2000;
    style.label_size = 9;
    style.tick_size = 8;
    style.row_min = style.row_max = 13;
    style.label_share = 0.45;
    const double height =
        chart::detail::draw_change_rows(block, report, group, nullptr, style, language);
    const double top = flow.reserve(height + 4);
    flow.page().append(block, {flow.left(), top});
}

void write_form(PageFlow& flow, Project& project, const Form& form, const SummaryRequest& request) {
    const std::string& language = request.language;
    flow.space(8);
    flow.heading(form.title.get(language), kHeading, palette::community);
    const std::optional<Report> report = territory_report(project, form.id, request);
    const GroupReport* group =
        report && !report->groups.empty() ? &report->groups.front() : nullptr;
    if (!group) {
        flow.paragraph(tr(language, "summary.no_waves"), kBody, palette::muted);
        return;
    }
    const Study& study = project.study();
    const std::string from = chart::detail::short_wave_title(report->from_wave, study, language);
    const std::string to = chart::detail::short_wave_title(report->to_wave, study, language);
    // A team-level instrument (one answer per territory) has its scores
    // withheld as a group of one, but its content is the team's own list,
    // shown below: the note would only confuse.
    const bool team_level = group->instrument && group->instrument->optValue("team_level", false);
    if (group->withheld != Withheld::No) {
        if (!team_level)
            flow.paragraph(from + " → " + to + ". " +
                               report_detail::withheld_reading(*report, group->withheld, language),
                           kBody, palette::muted);
    } else if (!group->scores.empty()) {
        const ScoreComparison& first = group->scores.front().stats;
        flow.paragraph(printf_string(tr(language, "summary.counts"), from.c_str(), to.c_str(),
                                     first.n_from, first.n_to, first.n_paired),
                       kSmall, palette::muted);
        flow.space(2);
        write_changes(flow, *report, *group, language);
        write_verdicts(flow, *report, *group, language);
    }
    // What the instrument adds is what the report publishes: a team-level
    // answer (the territory's own plan) is kept where its scores are not.
    if (group->instrument) {
        if (const ReportSection* section = project.registry().report_section(form.plugin)) {
            // A section that fails half-way leaves none of its block: the
            // pages go back to what they were, and a line says why.
            const summary::PageFlow before = flow;
            try {
                section->write_summary(SectionInput{*report, *group, &study, language},
                                       request.territory, flow);
            } catch (const PluginFailure& failure) {
                flow = before;
                const PluginFault& fault = failure.fault();
                flow.paragraph(
                    printf_string(tr(language, "summary.section_failed"), fault.plugin.c_str(),
                                  fault.version.c_str(), fault.call.c_str()),
                    kSmall, palette::muted);
            }
        }
    }
}

}  // namespace

std::vector<chart::Scene> build_summary(Project& project, const SummaryRequest& request) {
    const Study& study = project.study();
    if (!study.territory(request.territory)) {
        std::string known;
        for (const Territory& territory : study.territories)
            known += (known.empty() ? "" : ", ") + territory.id;
        throw InvalidInput(
            Location{"", 0, "", ""},
            i18n::message("input.unknown_territory", "'" + request.territory + "'", known));
    }
    std::vector<const Form*> forms;
    std::set<std::string> seen;
    for (const Form& form : project.forms()) {
        if (!seen.insert(form.id).second) continue;
        ResponseFilter filter;
        filter.form = form.id;
        if (project.store().any_response(filter)) forms.push_back(&form);
    }
    if (forms.empty())
        throw InvalidInput(Location{project.target(), 0, "", ""},
                           "no questionnaire has any response yet: a summary needs answers; "
                           "import some first");
    PageFlow flow;
    write_header(flow, project, request);
    for (const Form* form : forms) write_form(flow, project, *form, request);
    return flow.finish(study.territory(request.territory)->name.get(request.language) + " · " +
                           study.title.get(request.language),
                       tr(request.language, "summary.page"));
}

}  // namespace sonda::summary
