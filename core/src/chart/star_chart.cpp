#include <algorithm>
#include <cmath>

#include "chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::chart::detail {

using report_detail::format_number;
using report_detail::tr;

namespace {

// The scores a star can carry: those with a full range, of the range most of
// them share (a star mixing a 1-4 scale and a 0-1 index misleads).
std::vector<std::size_t> star_axes(const std::vector<ScoreDefinition>& scores) {
    std::vector<std::size_t> best;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!scores[i].min || !scores[i].max || !(*scores[i].max > *scores[i].min)) continue;
        std::vector<std::size_t> same;
        for (std::size_t j = 0; j < scores.size(); ++j)
            if (scores[j].min == scores[i].min && scores[j].max == scores[i].max) same.push_back(j);
        if (same.size() > best.size()) best = same;
    }
    return best;
}

std::string axis_title(const ScoreDefinition& score, const std::string& language) {
    const std::string label = score.label.get(language);
    return label.empty() ? score.name : label;
}

}  // namespace

Scene star_chart(const Trend& trend, const std::string& group_title, const Study& study,
                 const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const double top = draw_title(scene, tr(language, "chart.star") + ": " + group_title,
                                  trend.first.form_title.get(language));
    std::vector<std::string> notes{tr(language, "chart.star.note")};
    if (trend.first.suppression)
        notes.push_back(report_detail::printf_string(tr(language, "chart.withheld_note"),
                                                     trend.first.min_cell));
    const double bottom = draw_footnote(scene, notes);
    const std::vector<std::size_t> axes = star_axes(trend.scores);
    if (axes.size() < 3) {
        scene.add(Text{{kMargin, top + kLabelSize},
                       tr(language, "chart.no_scale"),
                       kLabelSize,
                       palette::muted});
        return scene;
    }
    const double low = *trend.scores[axes.front()].min, high = *trend.scores[axes.front()].max;
    // The star on the left two thirds, the legend of waves on the right.
    const double legend_left = scene.width * 0.68;
    const Point centre{(kMargin + legend_left) / 2, (top + bottom) / 2};
    // Room for two lines of axis name above and below the star.
    const double radius =
        std::min((legend_left - kMargin) / 2 - 110, (bottom - top) / 2 - 2.4 * kLabelSize - 14);
    auto at = [&](std::size_t axis, double value) {
        const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(axis) / axes.size();
        const double r = radius * std::clamp((value - low) / (high - low), 0.0, 1.0);
        return Point{centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)};
    };
    for (double tick : nice_ticks(low, high, 4)) {
        if (tick < low || tick > high) continue;
        std::vector<Point> ring;
        for (std::size_t a = 0; a < axes.size(); ++a) ring.push_back(at(a, tick));
        scene.add(Polygon{ring, std::nullopt, Stroke{palette::grid, 0.8}});
        // Values along the first axis, except at its end where its name is.
        if (tick >= high) continue;
        const Point label = at(0, tick);
        scene.add(Text{{label.x + 5, label.y + kTickSize * 0.35},
                       format_number(tick, 0, language),
                       kTickSize * 0.9,
                       palette::muted});
    }
    for (std::size_t a = 0; a < axes.size(); ++a) {
        const Point end = at(a, high);
        scene.add(Line{centre, end, Stroke{palette::grid, 1.0}});
        const double dx = end.x - centre.x;
        const Anchor anchor = std::fabs(dx) < 1 ? Anchor::Middle
                              : dx > 0          ? Anchor::Start
                                                : Anchor::End;
        const double dy = end.y - centre.y;
        const Point label{end.x + (dx > 1    ? 8
                                   : dx < -1 ? -8
                                             : 0),
                          end.y + (dy < -1  ? -8
                                   : dy > 1 ? kLabelSize + 4
                                            : kLabelSize * 0.35)};
        // Two lines at most; the second goes below the first, the block
        // grows away from the star at the top.
        std::vector<std::string> lines =
            wrap_text(axis_title(trend.scores[axes[a]], language), kLabelSize, 190);
        if (lines.size() > 2)
            lines.resize(2), lines[1] = fit_text(lines[1] + " …", kLabelSize, 190);
        double y =
            label.y - (dy < -1 ? kLabelSize * 1.2 * static_cast<double>(lines.size() - 1) : 0);
        for (const std::string& line : lines) {
            scene.add(Text{{label.x, y}, line, kLabelSize, palette::ink, anchor});
            y += kLabelSize * 1.2;
        }
    }
    double legend_y = top + 20;
    const std::size_t waves = trend.waves.size();
    for (std::size_t w = 0; w < waves; ++w) {
        const Colour colour = palette::wave(w, waves);
        std::vector<Point> outline;
        bool complete = true;
        for (std::size_t a = 0; a < axes.size(); ++a) {
            const WaveFigure& figure = trend.figures[axes[a]][w];
            if (figure.withheld || !figure.mean)
                complete = false;
            else
                outline.push_back(at(a, *figure.mean));
        }
        std::string name = short_wave_title(trend.waves[w], study, language);
        if (complete) {
            scene.add(Polygon{outline, Colour{colour.r, colour.g, colour.b, 0.10},
                              Stroke{colour, w + 1 == waves ? 3.0 : 2.0}});
            for (const Point& point : outline) scene.add(Circle{point, 3.5, colour, std::nullopt});
        } else {
            name += " (" + tr(language, "chart.withheld") + ")";
        }
        scene.add(Line{
            {legend_left, legend_y - 5}, {legend_left + 26, legend_y - 5}, Stroke{colour, 3.0}});
        for (const std::string& line :
             wrap_text(name, kLabelSize, scene.width - kMargin - legend_left - 34)) {
            scene.add(Text{{legend_left + 34, legend_y}, line, kLabelSize, palette::ink});
            legend_y += kLabelSize * 1.25;
        }
        legend_y += kLabelSize * 0.5;
    }
    return scene;
}

}  // namespace sonda::chart::detail
