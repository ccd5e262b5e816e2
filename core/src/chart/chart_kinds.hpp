// Each chart of sonda as a function from gathered figures to a scene.
#pragma once

#include <string>

#include "chart_data.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/scene.hpp"
#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::chart::detail {

// Forest plot: one row per score, the change with its interval; scores on
// different ranges get separate axes. `community` (may be null) adds the
// whole community's change as a reference mark.
Scene change_chart(const Report& report, const Report* community, const Study& study,
                   const std::string& language);

// Where and how large the rows of a change chart are drawn: a slide, or a
// block of an A4 summary.
struct ChangeRowsStyle {
    double left = 0, right = 0, top = 0, bottom = 0;
    double label_size = 15, tick_size = 13;
    double row_min = 20, row_max = 44;
    double label_share = 0.34;  // of the width, at most, for the scores' names
};
// The rows of `group`'s changes, one axis per range of scores; returns the
// y where they end.
double draw_change_rows(Scene& scene, const Report& report, const GroupReport& group,
                        const GroupReport* reference, const ChangeRowsStyle& style,
                        const std::string& language);

// Every territory (and the community) per score, on one common axis a score.
Scene territories_chart(const Report& by_territory, const Report& community, const Study& study,
                        const std::string& language);

// The mean of each score in each wave with its interval, one panel a score.
Scene trend_chart(const Trend& trend, const std::string& group_title, const Study& study,
                  const std::string& language);

// A star: one axis per score that has a range, one outline per wave.
Scene star_chart(const Trend& trend, const std::string& group_title, const Study& study,
                 const std::string& language);

// The colour of a change by the reports' verdict (verdict.hpp): green
// improved, red worsened, blue a clear change of a score with no better
// direction, grey no clear change.
Colour change_colour(const ScoreComparison& stats, const ScoreDefinition* definition);

}  // namespace sonda::chart::detail
