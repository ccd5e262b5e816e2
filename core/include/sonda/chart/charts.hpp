// The charts sonda draws from a study's data, for slides and summaries: each
// one a Scene with its title, n and suppression footnote. Figures come from
// build_report, so a chart withholds exactly what the report withholds.
#pragma once

#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"

namespace sonda {
class Project;
}

namespace sonda::chart {

struct ChartInfo {
    std::string name;         // "change", "trend", ...
    std::string description;  // one line, in the language asked for
    std::string instrument;   // the plugin whose output it draws; empty: any form
};

// Every chart `sonda chart` can draw.
std::vector<ChartInfo> list_charts(const std::string& language);

struct ChartRequest {
    std::string form;
    std::string chart;      // a name from list_charts
    std::string territory;  // empty: the whole community
    std::string from_wave;  // empty: the first wave with data
    std::string to_wave;    // empty: the last wave with data
    std::string language = "en";
};

// Throws UsageError for an unknown chart, InvalidInput for unknown waves or
// territories (as build_report does).
Scene build_chart(Project& project, const ChartRequest& request);

}  // namespace sonda::chart
