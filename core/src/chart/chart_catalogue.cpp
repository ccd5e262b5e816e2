#include <algorithm>
#include <functional>

#include "chart_data.hpp"
#include "chart_kinds.hpp"
#include "sonda/chart/charts.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/plugin_failure.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::chart {

namespace {

using detail::group_report;
using report_detail::tr;

struct Kind {
    const char* name;
    std::function<Scene(Project&, const ChartRequest&)> draw;
    const char* instrument = "";  // the plugin whose output it draws; "" for every form
};

std::string who(const Project& project, const ChartRequest& request) {
    if (request.territory.empty()) return tr(request.language, "chart.everyone");
    const Territory* territory = project.study().territory(request.territory);
    return territory ? territory->name.get(request.language) : request.territory;
}

Scene draw_change(Project& project, const ChartRequest& request) {
    if (request.territory.empty()) {
        const Report everyone = group_report(project, request, GroupBy::None);
        return detail::change_chart(everyone, nullptr, project.study(), request.language);
    }
    const Report territory = group_report(project, request, GroupBy::Territory);
    const Report everyone = group_report(project, request, GroupBy::None);
    return detail::change_chart(territory, &everyone, project.study(), request.language);
}

Scene draw_territories(Project& project, const ChartRequest& request) {
    ChartRequest all = request;
    all.territory.clear();
    const Report territories = group_report(project, all, GroupBy::Territory);
    const Report everyone = group_report(project, all, GroupBy::None);
    return detail::territories_chart(territories, everyone, project.study(), request.language);
}

Scene draw_trend(Project& project, const ChartRequest& request) {
    return detail::trend_chart(detail::gather_trend(project, request), who(project, request),
                               project.study(), request.language);
}

Scene draw_star(Project& project, const ChartRequest& request) {
    return detail::star_chart(detail::gather_trend(project, request), who(project, request),
                              project.study(), request.language);
}

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all{{"change", draw_change},
                                       {"territories", draw_territories},
                                       {"trend", draw_trend},
                                       {"star", draw_star}};
    return all;
}

}  // namespace

std::vector<ChartInfo> list_charts(const Registry& registry, const std::string& language) {
    std::vector<ChartInfo> list;
    for (const Kind& kind : kinds())
        list.push_back({kind.name, tr(language, std::string("chart.") + kind.name + ".about"),
                        kind.instrument});
    for (const InstrumentChart* chart : registry.charts()) {
        // A plugin's failing description costs its line, not the list.
        std::string description;
        try {
            description = chart->description(language);
        } catch (const PluginFailure& failure) {
            description = "(" + failure.fault().message() + ")";
        }
        list.push_back({chart->name(), description, chart->instrument()});
    }
    return list;
}

std::vector<std::string> core_chart_names() {
    std::vector<std::string> names;
    for (const Kind& kind : kinds()) names.push_back(kind.name);
    return names;
}

Scene build_chart(Project& project, const ChartRequest& request) {
    if (!request.territory.empty() && !project.study().territory(request.territory)) {
        std::string known;
        for (const Territory& territory : project.study().territories)
            known += (known.empty() ? "" : ", ") + territory.id;
        throw InvalidInput(
            Location{"", 0, "", ""},
            i18n::message("input.unknown_territory", "'" + request.territory + "'", known));
    }
    // Empty waves are build_report's to choose: baseline against latest.
    for (const Kind& kind : kinds()) {
        if (request.chart != kind.name) continue;
        const Form& form = project.form(request.form);
        if (*kind.instrument && form.plugin != kind.instrument)
            throw UsageError(report_detail::printf_string(
                tr(i18n::message_language(), "chart.not_for_form"), kind.name, kind.instrument,
                form.id.c_str(), form.plugin.c_str()));
        return kind.draw(project, request);
    }
    if (const InstrumentChart* chart = project.registry().chart(request.chart)) {
        const Form& form = project.form(request.form);
        if (form.plugin != chart->instrument())
            throw UsageError(report_detail::printf_string(
                tr(i18n::message_language(), "chart.not_for_form"), request.chart.c_str(),
                chart->instrument().c_str(), form.id.c_str(), form.plugin.c_str()));
        // The group asked for, with its extras: what only the instrument can draw.
        const GroupBy by = request.territory.empty() ? GroupBy::None : GroupBy::Territory;
        return chart->draw(group_report(project, request, by, false), project.study(),
                           request.language);
    }
    std::string known;
    for (const ChartInfo& info : list_charts(project.registry(), i18n::message_language()))
        known += (known.empty() ? "" : ", ") + info.name;
    throw UsageError(i18n::message("request.unknown_chart", request.chart, known));
}

}  // namespace sonda::chart
