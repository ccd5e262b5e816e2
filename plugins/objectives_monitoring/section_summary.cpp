// The objectives in a territory's summary: where each stands at the later
// wave, the stalled ones in red, with the counts in one line.
#include <algorithm>

#include "objectives_monitoring/report_section.hpp"
#include "objectives_monitoring/report_words.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::objectives {

namespace {

using report_detail::printf_string;
using report_detail::tr;
namespace palette = chart::detail::palette;

constexpr double kBody = 9.5;  // the summary's body text

void write_territory(const TerritoryObjectives& entry, const SectionInput& input,
                     summary::PageFlow& flow) {
    const std::string& language = input.language;
    long long achieved = 0, under_way = 0;
    for (const ObjectiveChange& line : entry.objectives) {
        if (line.status_to == std::optional<std::string>("achieved")) ++achieved;
        if (line.status_to == std::optional<std::string>("in_progress") ||
            line.status_to == std::optional<std::string>("planned"))
            ++under_way;
    }
    const std::string to =
        input.study ? chart::detail::short_wave_title(input.report.to_wave, *input.study, language)
                    : input.report.to_wave;
    flow.space(4);
    flow.keep(kBody * 1.35 *
              static_cast<double>(std::min<std::size_t>(entry.objectives.size(), 6) + 2));
    flow.paragraph(printf_string(tr(language, "objectives-monitoring.summary.title"), to.c_str()),
                   kBody, palette::ink, true);
    flow.paragraph(count_text("achieved", achieved, language) + ", " +
                       count_text("under_way", under_way, language) + ", " +
                       count_text("stalled", entry.stalled, language) + ", " +
                       count_text("new", entry.added, language) + ", " +
                       count_text("removed", entry.removed, language) + ".",
                   kBody, palette::ink);
    for (const ObjectiveChange* line : in_report_order(entry)) {
        if (!line->status_to) continue;
        std::string text = "•  " + line->title + " — " + status_title(*line->status_to, language);
        if (line->mark == ObjectiveMark::Stalled || line->mark == ObjectiveMark::New)
            text +=
                " (" +
                tr(language, std::string("objectives-monitoring.summary.") + mark_id(line->mark)) +
                ")";
        flow.paragraph(text, kBody,
                       line->mark == ObjectiveMark::Stalled ? palette::worsened : palette::ink);
    }
}

}  // namespace

void write_objectives_summary(const ObjectivesComparison& comparison, const SectionInput& input,
                              const std::string& territory, summary::PageFlow& flow) {
    for (const TerritoryObjectives& entry : comparison.territories)
        if (entry.territory == territory) write_territory(entry, input, flow);
}

}  // namespace sonda::objectives
