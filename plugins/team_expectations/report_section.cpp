#include "team_expectations/report_section.hpp"

#include <algorithm>
#include <map>

#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/svg_scene.hpp"
#include "sonda/report/report_wording.hpp"
#include "team_expectations/expectations_comparison.hpp"
#include "team_expectations/heatmap_chart.hpp"
#include "team_expectations/register_instruments.hpp"
#include "team_expectations/section_texts.hpp"
#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

namespace {

using report_detail::printf_string;
using report_detail::tr;
namespace palette = chart::detail::palette;

constexpr double kBody = 9.5, kSmall = 8.5;  // the summary's text sizes

}  // namespace

std::string ExpectationsReportSection::instrument() const { return kInstrumentId; }

std::string ExpectationsReportSection::html_style() const {
    return "svg.heatmap { display: block; width: 100%; height: auto; margin: 2mm 0 4mm; "
           "break-inside: avoid; page-break-inside: avoid; }\n"
           "details.te-texts summary { cursor: pointer; color: #2f5d8a; margin: 2mm 0; }\n"
           "details.te-texts table { font-size: 8.5pt; }\n"
           "table.te-uncoded { width: auto; }\n";
}

std::set<std::string> ExpectationsReportSection::write_html(const SectionInput& input,
                                                            std::ostream& out) const {
    // The heatmap needs the study's names; without them the counts show as a table.
    if (!input.study) return {};
    const ExpectationsComparison comparison = read_expectations_comparison(input.group.instrument);
    if (!comparison.has_theme_counts) return {};
    chart::write_svg(heatmap_scene(input.report, &input.group, *input.study, input.language), out,
                     "heatmap");
    // The heatmap says what the counts table did, without its 28 rows.
    write_texts_html(input, comparison, out);
    return section_keys();
}

std::set<std::string> ExpectationsReportSection::write_text(const SectionInput& input,
                                                            std::ostream& out) const {
    const ExpectationsComparison comparison = read_expectations_comparison(input.group.instrument);
    if (!comparison.has_theme_counts) return {};
    write_texts_text(input, comparison, out);
    return section_keys();
}

// The themes most texts of the later wave carry, with their count before.
void ExpectationsReportSection::write_summary(const SectionInput& input, const std::string&,
                                              summary::PageFlow& flow) const {
    const ExpectationsComparison comparison = read_expectations_comparison(input.group.instrument);
    if (!comparison.has_theme_counts || !input.study) return;
    const std::string& language = input.language;
    std::map<std::string, std::string> labels;
    for (const AxisLabel& theme : comparison.themes) labels[theme.id] = theme.label;
    std::map<std::string, std::pair<long long, long long>> totals;  // theme -> (to, from)
    for (const ReportedCell& count : comparison.theme_counts) {
        auto& total = totals[count.theme];
        total.first += count.texts_to.value_or(0);
        total.second += count.texts_from.value_or(0);
    }
    std::vector<std::pair<std::string, std::pair<long long, long long>>> ranked(totals.begin(),
                                                                                totals.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    const Study& study = *input.study;
    const std::string to = chart::detail::short_wave_title(input.report.to_wave, study, language);
    const std::string from =
        chart::detail::short_wave_title(input.report.from_wave, study, language);
    flow.space(4);
    flow.keep(kBody * 1.35 * 7 + kSmall * 1.35);
    flow.paragraph(printf_string(tr(language, "team-expectations.summary.themes"), to.c_str()),
                   kBody, palette::ink, true);
    flow.paragraph(
        printf_string(tr(language, "team-expectations.summary.theme_counts"), from.c_str()), kSmall,
        palette::muted);
    std::size_t shown = 0;
    for (const auto& [theme, total] : ranked) {
        if (total.first == 0 || shown++ == 5) break;
        const std::string label = labels[theme].empty() ? theme : labels[theme];
        flow.paragraph("•  " + label + ": " + std::to_string(total.first) + " (" +
                           std::to_string(total.second) + ")",
                       kBody, palette::ink);
    }
}

void register_outputs(PluginContext& plugin) {
    plugin.add_report_section(std::make_unique<ExpectationsReportSection>());
    plugin.add_chart(std::make_unique<HeatmapChart>());
}

}  // namespace sonda::team_expectations
