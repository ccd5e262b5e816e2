#include "chart_data.hpp"

#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::chart::detail {

Report group_report(Project& project, const ChartRequest& request, GroupBy by, bool scores_only) {
    ReportRequest report;
    report.form = request.form;
    report.from_wave = request.from_wave;
    report.to_wave = request.to_wave;
    report.language = request.language;
    report.scores_only = scores_only;
    report.by = by;
    if (by == GroupBy::Territory && !request.territory.empty())
        report.territories = {request.territory};
    Report built = build_report(project, report);
    if (request.warn)
        for (const std::string& warning : report_warnings(built)) request.warn(warning);
    return built;
}

std::vector<std::string> waves_with_data(Project& project, const std::string& form) {
    std::vector<std::string> waves;
    for (const Wave& wave : project.study().waves) {
        ResponseFilter filter;
        filter.form = form;
        filter.waves = {wave.id};
        if (project.store().any_response(filter)) waves.push_back(wave.id);
    }
    return waves;
}

namespace {

// The figure of `score` in one side of a group's report; withheld when the
// group or the score is not there (nothing shown is ever a made-up zero).
WaveFigure figure(const GroupReport* group, const std::string& score, bool later) {
    WaveFigure figure;
    figure.withheld = true;
    if (!group) return figure;
    for (const ScoreReport& candidate : group->scores) {
        if (candidate.stats.score != score) continue;
        figure.withheld = candidate.stats.suppressed;
        if (figure.withheld) return figure;
        figure.mean = later ? candidate.stats.mean_to : candidate.stats.mean_from;
        figure.sd = later ? candidate.stats.sd_to : candidate.stats.sd_from;
        figure.n = later ? candidate.stats.n_to : candidate.stats.n_from;
    }
    return figure;
}

}  // namespace

Trend gather_trend(Project& project, const ChartRequest& request) {
    Trend trend;
    trend.waves = waves_with_data(project, request.form);
    if (trend.waves.size() < 2)
        throw InvalidInput(Location{"", 0, "", ""},
                           i18n::message("request.trend_two_waves", request.form));
    const GroupBy by = request.territory.empty() ? GroupBy::None : GroupBy::Territory;
    // Baseline against each later wave: the protected table of each pair
    // decides what may be shown, as in the report of that pair.
    for (std::size_t later = 1; later < trend.waves.size(); ++later) {
        ChartRequest pair = request;
        pair.from_wave = trend.waves.front();
        pair.to_wave = trend.waves[later];
        Report report = group_report(project, pair, by);
        const GroupReport* group = report.groups.empty() ? nullptr : &report.groups.front();
        if (later == 1) {
            trend.scores = report.score_definitions;
            trend.figures.assign(trend.scores.size(), {});
            for (std::size_t s = 0; s < trend.scores.size(); ++s)
                trend.figures[s].push_back(figure(group, trend.scores[s].name, false));
        }
        for (std::size_t s = 0; s < trend.scores.size(); ++s)
            trend.figures[s].push_back(figure(group, trend.scores[s].name, true));
        if (later == 1) trend.first = std::move(report);
    }
    return trend;
}

}  // namespace sonda::chart::detail
