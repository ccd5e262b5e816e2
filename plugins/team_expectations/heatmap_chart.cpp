#include "team_expectations/heatmap_chart.hpp"

#include <algorithm>
#include <map>

#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"
#include "team_expectations/expectations_comparison.hpp"
#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

namespace {

using namespace chart;
using namespace chart::detail;
using report_detail::tr;

// White to a deep blue: more texts, darker; text turns white on dark cells.
Colour cell_colour(double share) {
    auto mix = [share](double light, double dark) {
        return static_cast<std::uint8_t>(light + (dark - light) * share);
    };
    return Colour{mix(0xf7, 0x1f), mix(0xf9, 0x4e), mix(0xfb, 0x79)};
}

using Cells = std::map<std::pair<std::string, std::string>, std::pair<long long, long long>>;

// The grid below the title: service headings, a row per theme.
void draw_grid(Scene& scene, const ExpectationsComparison& comparison, const Cells& cells,
               long long most, double top, double bottom) {
    const std::vector<AxisLabel>& themes = comparison.themes;
    const std::vector<AxisLabel>& services = comparison.services;
    const double label_width = std::min(scene.width * 0.36, [&] {
        double widest = 0;
        for (const AxisLabel& theme : themes)
            widest = std::max(widest, text_width(theme.label, kTickSize));
        return widest;
    }());
    const double grid_left = kMargin + label_width + 10;
    const double column =
        (scene.width - kMargin - grid_left) / static_cast<double>(services.size());
    std::size_t heading_lines = 1;
    for (const AxisLabel& service : services)
        heading_lines = std::max(
            heading_lines,
            std::min<std::size_t>(3, wrap_text(service.label, kTickSize, column - 8, true).size()));
    const double grid_top = top + static_cast<double>(heading_lines) * kTickSize * 1.25 + 8;
    const double row = std::min(40.0, (bottom - grid_top) / static_cast<double>(themes.size()));
    for (std::size_t c = 0; c < services.size(); ++c) {
        const auto lines = wrap_text(services[c].label, kTickSize, column - 8, true);
        for (std::size_t l = 0; l < lines.size() && l < heading_lines; ++l)
            scene.add(Text{{grid_left + column * (static_cast<double>(c) + 0.5),
                            top + kTickSize + static_cast<double>(l) * kTickSize * 1.25},
                           lines[l],
                           kTickSize,
                           palette::ink,
                           Anchor::Middle,
                           true});
    }
    for (std::size_t r = 0; r < themes.size(); ++r) {
        const double y = grid_top + row * static_cast<double>(r);
        scene.add(Text{{kMargin, y + row / 2 + kTickSize * 0.35},
                       fit_text(themes[r].label, kTickSize, label_width),
                       kTickSize,
                       palette::ink});
        for (std::size_t c = 0; c < services.size(); ++c) {
            const auto found = cells.find({themes[r].id, services[c].id});
            const auto [to, from] =
                found == cells.end() ? std::pair<long long, long long>{0, 0} : found->second;
            const double share = static_cast<double>(to) / static_cast<double>(most);
            const double x = grid_left + column * static_cast<double>(c);
            scene.add(Rect{x + 1, y + 1, column - 2, row - 2, cell_colour(share),
                           Stroke{palette::grid, 0.6}});
            const Colour ink = share > 0.55 ? Colour{255, 255, 255} : palette::ink;
            const std::string change =
                to == from ? "" : (to > from ? " (+" : " (") + std::to_string(to - from) + ")";
            scene.add(Text{{x + column / 2, y + row / 2 + kTickSize * 0.35},
                           std::to_string(to) + change,
                           kTickSize,
                           ink,
                           Anchor::Middle,
                           to > 0});
        }
    }
}

}  // namespace

Scene heatmap_scene(const Report& report, const GroupReport* group, const Study& study,
                    const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const std::string who = group && group->group != "all"
                                ? report_detail::group_title(*group, &study, language)
                                : tr(language, "chart.everyone");
    const double top =
        draw_title(scene, tr(language, "team-expectations.chart.heatmap") + ": " + who,
                   report.form_title.get(language) + " · " +
                       short_wave_title(report.to_wave, study, language));
    std::vector<std::string> notes{
        report_detail::printf_string(tr(language, "team-expectations.chart.heatmap.note"),
                                     short_wave_title(report.from_wave, study, language).c_str())};
    if (report.suppression)
        notes.push_back(
            report_detail::printf_string(tr(language, "chart.withheld_note"), report.min_cell));
    const double bottom = draw_footnote(scene, notes);
    const ExpectationsComparison comparison =
        read_expectations_comparison(group ? group->instrument : nullptr);
    if (!group || group->withheld != Withheld::No || !comparison.has_theme_counts) {
        draw_not_shown(scene, report, group, top, language);
        return scene;
    }
    Cells cells;
    long long most = 1;
    for (const ReportedCell& count : comparison.theme_counts) {
        auto& cell = cells[{count.theme, count.service}];
        cell = {count.texts_to.value_or(0), count.texts_from.value_or(0)};
        most = std::max(most, cell.first);
    }
    if (comparison.themes.empty() || comparison.services.empty()) return scene;
    draw_grid(scene, comparison, cells, most, top, bottom);
    return scene;
}

std::string HeatmapChart::instrument() const { return kInstrumentId; }

std::string HeatmapChart::description(const std::string& language) const {
    return tr(language, "team-expectations.chart.heatmap.about");
}

Scene HeatmapChart::draw(const Report& report, const Study& study,
                         const std::string& language) const {
    return heatmap_scene(report, report.groups.empty() ? nullptr : &report.groups.front(), study,
                         language);
}

}  // namespace sonda::team_expectations
