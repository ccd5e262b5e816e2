// The figures a chart draws, gathered through build_report: the change of one
// group between two waves, every territory's change, and the means of every
// wave of the study (a trend is a series of baseline-vs-wave reports).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sonda/chart/charts.hpp"
#include "sonda/report/report.hpp"

namespace sonda::chart::detail {

// One group's report (the territory asked for, or everyone).
Report group_report(Project& project, const ChartRequest& request, GroupBy by,
                    bool scores_only = true);

// The waves of the study with responses to the form, in study order.
std::vector<std::string> waves_with_data(Project& project, const std::string& form);

struct WaveFigure {
    std::optional<double> mean, sd;
    long long n = 0;
    bool withheld = false;
};

// Means of each score of the group in each wave with data.
struct Trend {
    std::vector<std::string> waves;
    std::vector<ScoreDefinition> scores;
    std::vector<std::vector<WaveFigure>> figures;  // [score][wave]
    Report first;  // the first report (baseline vs second wave), for labels
};
Trend gather_trend(Project& project, const ChartRequest& request);

}  // namespace sonda::chart::detail
