#include <algorithm>
#include <cmath>

#include "chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::chart::detail {

using report_detail::format_signed;
using report_detail::tr;

namespace {

// The scores drawn: those sharing the first score's range, at most six
// columns, so a row of territories stays readable.
std::vector<std::string> grid_scores(const Report& report) {
    std::vector<std::string> scores;
    if (report.score_definitions.empty()) return scores;
    const ScoreDefinition& first = report.score_definitions.front();
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.min == first.min && definition.max == first.max && scores.size() < 6)
            scores.push_back(definition.name);
    return scores;
}

const ScoreReport* score_of(const GroupReport& group, const std::string& score) {
    for (const ScoreReport& candidate : group.scores)
        if (candidate.stats.score == score) return &candidate;
    return nullptr;
}

}  // namespace

Scene territories_chart(const Report& by_territory, const Report& community, const Study& study,
                        const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const double top =
        draw_title(scene, tr(language, "chart.territories"),
                   by_territory.form_title.get(language) + " · " +
                       short_wave_title(by_territory.from_wave, study, language) + " → " +
                       short_wave_title(by_territory.to_wave, study, language));
    std::vector<std::string> notes{tr(language, "chart.change.note"),
                                   tr(language, "chart.colours")};
    if (by_territory.suppression)
        notes.push_back(report_detail::printf_string(tr(language, "chart.withheld_note"),
                                                     by_territory.min_cell));
    const double bottom = draw_footnote(scene, notes);

    std::vector<const GroupReport*> rows;
    for (const GroupReport& group : by_territory.groups) rows.push_back(&group);
    for (const GroupReport& group : community.groups) rows.push_back(&group);
    const std::vector<std::string> scores = grid_scores(by_territory);
    if (rows.empty() || scores.empty()) return scene;

    double label_width = 0;
    for (const GroupReport* row : rows)
        label_width =
            std::max(label_width,
                     text_width(report_detail::group_title(*row, &study, language), kLabelSize));
    label_width = std::min(label_width, 230.0);
    const double grid_left = kMargin + label_width + 12;
    const double column_gap = 16;
    const double column_width =
        (scene.width - kMargin - grid_left - column_gap * static_cast<double>(scores.size() - 1)) /
        static_cast<double>(scores.size());
    // Column headings on up to three lines: names of scores often share
    // their first words ("Present collaboration with ...").
    std::size_t heading_lines = 1;
    for (const std::string& score : scores)
        heading_lines =
            std::max(heading_lines,
                     std::min<std::size_t>(
                         3, wrap_text(report_detail::score_title(by_territory, score, language),
                                      kTickSize, column_width, true)
                                .size()));
    const double header_height = static_cast<double>(heading_lines) * kTickSize * 1.25 + 6,
                 axis_height = kTickSize + 10;
    const double row_height =
        std::clamp((bottom - top - header_height - axis_height) / static_cast<double>(rows.size()),
                   22.0, 60.0);

    // One common axis for every cell: the widest interval of any group.
    double low = 0, high = 0;
    for (const GroupReport* row : rows)
        for (const std::string& score : scores)
            if (const ScoreReport* cell = score_of(*row, score); cell && !cell->stats.suppressed)
                for (const auto& value :
                     {cell->stats.ci95_low, cell->stats.ci95_high, cell->stats.diff_mean})
                    if (usable(value)) low = std::min(low, *value), high = std::max(high, *value);
    const double pad = std::max((high - low) * 0.08, 0.05);
    low -= pad, high += pad;

    const double grid_top = top + header_height;
    const double grid_bottom = grid_top + row_height * static_cast<double>(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const double y = grid_top + row_height * static_cast<double>(r);
        const bool is_community = r + 1 == rows.size() && !community.groups.empty();
        if (r % 2 == 0 || is_community)
            scene.add(Rect{kMargin, y, scene.width - 2 * kMargin, row_height,
                           is_community ? Colour{0xe8, 0xef, 0xf6} : palette::faint, std::nullopt});
        const std::string name = is_community
                                     ? tr(language, "chart.everyone")
                                     : report_detail::group_title(*rows[r], &study, language);
        // Territories have long official names: two lines, then cut.
        std::vector<std::string> lines = wrap_text(name, kLabelSize, label_width - 4, is_community);
        if (lines.size() > 2) {
            lines[1] =
                fit_text(lines[1] + " " + lines[2], kLabelSize, label_width - 4, is_community);
            lines.resize(2);
        }
        const double line_height = kLabelSize * 1.2;
        double baseline = y + row_height / 2 -
                          line_height * (static_cast<double>(lines.size()) - 1) / 2 +
                          kLabelSize * 0.35;
        for (const std::string& line : lines) {
            scene.add(Text{{kMargin + 4, baseline},
                           line,
                           kLabelSize,
                           palette::ink,
                           Anchor::Start,
                           is_community});
            baseline += line_height;
        }
    }
    for (std::size_t c = 0; c < scores.size(); ++c) {
        const double left = grid_left + static_cast<double>(c) * (column_width + column_gap);
        auto x_of = [&](double value) {
            return left + (value - low) / (high - low) * column_width;
        };
        const auto title = wrap_text(report_detail::score_title(by_territory, scores[c], language),
                                     kTickSize, column_width, true);
        for (std::size_t l = 0; l < title.size() && l < heading_lines; ++l)
            scene.add(Text{{left + column_width / 2,
                            top + kTickSize + static_cast<double>(l) * kTickSize * 1.25},
                           title[l],
                           kTickSize,
                           palette::ink,
                           Anchor::Middle,
                           true});
        for (double tick : nice_ticks(low, high, 3)) {
            if (tick < low || tick > high) continue;
            scene.add(
                Line{{x_of(tick), grid_top},
                     {x_of(tick), grid_bottom},
                     Stroke{tick == 0.0 ? palette::ink : palette::grid, tick == 0.0 ? 1.2 : 0.7}});
            scene.add(Text{{x_of(tick), grid_bottom + kTickSize + 4},
                           format_signed(tick, 1, language),
                           kTickSize * 0.9,
                           palette::muted,
                           Anchor::Middle});
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double mid = grid_top + row_height * (static_cast<double>(r) + 0.5);
            const ScoreReport* cell = score_of(*rows[r], scores[c]);
            if (!cell || cell->stats.suppressed || !usable(cell->stats.diff_mean)) {
                // A blank cell over the axis lines: nothing is drawn where nothing is shown.
                scene.add(Rect{left - 2, mid - kTickSize, column_width + 4, 2 * kTickSize,
                               Colour{0xff, 0xff, 0xff}, Stroke{palette::grid, 0.8}});
                scene.add(Text{{left + column_width / 2, mid + kTickSize * 0.35},
                               tr(language, "chart.withheld"),
                               kTickSize * 0.9,
                               palette::muted,
                               Anchor::Middle});
                continue;
            }
            const ScoreComparison& s = cell->stats;
            const Colour colour =
                change_colour(s, report_detail::definition_of(by_territory, s.score));
            if (usable(s.ci95_low) && usable(s.ci95_high))
                scene.add(
                    Line{{x_of(*s.ci95_low), mid}, {x_of(*s.ci95_high), mid}, Stroke{colour, 3.0}});
            scene.add(
                Circle{{x_of(*s.diff_mean), mid}, 5.0, colour, Stroke{Colour{255, 255, 255}, 1.0}});
        }
    }
    return scene;
}

}  // namespace sonda::chart::detail
