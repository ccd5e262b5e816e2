// The charts sonda draws from a study's data, for slides and summaries: each
// one a Scene with its title, n and suppression footnote. Figures come from
// build_report, so a chart withholds exactly what the report withholds.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"

namespace sonda {
class Project;
class Registry;
}  // namespace sonda

namespace sonda::chart {

struct ChartInfo {
    std::string name;         // "change", "trend", ...
    std::string description;  // one line, in the language asked for
    std::string instrument;   // the plugin whose output it draws; empty: any form
};

// Every chart `sonda chart` can draw: the core's, then those the loaded
// instruments add (sonda/plugin/instrument_chart.hpp), by name.
std::vector<ChartInfo> list_charts(const Registry& registry, const std::string& language);

// The names of the charts of every form: "change", "territories", "trend",
// "star". An instrument's chart may take none of them.
std::vector<std::string> core_chart_names();

struct ChartRequest {
    std::string form;
    std::string chart;      // a name from list_charts
    std::string territory;  // empty: the whole community
    std::string from_wave;  // empty: the first wave with data
    std::string to_wave;    // empty: the last wave with data
    std::string language = "en";
    // Called with each warning of the reports the chart reads
    // (report_warnings); may be left empty.
    std::function<void(const std::string&)> warn;
};

// Throws UsageError for an unknown chart, InvalidInput for unknown waves or
// territories (as build_report does).
Scene build_chart(Project& project, const ChartRequest& request);

}  // namespace sonda::chart
