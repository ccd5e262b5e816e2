#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <map>

#include "chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::chart::detail {

using report_detail::format_number;
using report_detail::tr;

namespace {

// Okabe and Ito's palette, told apart by colour-blind readers; no yellow,
// which vanishes on a projector.
Colour series_colour(std::size_t index) {
    static const Colour colours[] = {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73},
                                     {0xcc, 0x79, 0xa7}, {0xe6, 0x9f, 0x00}, {0x56, 0xb4, 0xe9},
                                     {0x1d, 0x23, 0x2a}};
    return colours[index % std::size(colours)];
}

struct Interval {
    double low, high;
};

// The 95% interval of a wave's mean (t quantile, n - 1 degrees of freedom).
std::optional<Interval> mean_interval(const WaveFigure& figure, const ScoreDefinition& score) {
    if (figure.withheld || !figure.mean || !figure.sd || figure.n < 2) return std::nullopt;
    const boost::math::students_t distribution(static_cast<double>(figure.n - 1));
    const double quantile = boost::math::quantile(boost::math::complement(distribution, 0.025));
    const double half = quantile * *figure.sd / std::sqrt(static_cast<double>(figure.n));
    if (!std::isfinite(half)) return std::nullopt;
    // A mean cannot leave the score's range, nor can its interval.
    return Interval{std::max(*figure.mean - half, score.min.value_or(-INFINITY)),
                    std::min(*figure.mean + half, score.max.value_or(INFINITY))};
}

// Indices of scores sharing a range, in the form's order.
std::vector<std::vector<std::size_t>> range_groups(const std::vector<ScoreDefinition>& scores) {
    std::map<std::pair<double, double>, std::size_t> index;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::pair<double, double> key{scores[i].min.value_or(-1e300),
                                            scores[i].max.value_or(1e300)};
        auto [found, added] = index.emplace(key, groups.size());
        if (added) groups.emplace_back();
        groups[found->second].push_back(i);
    }
    return groups;
}

struct Box {
    double left, top, right, bottom;
};

// `legend_rows`: the most scores of any panel, so every panel's axis sits at
// the same height.
void draw_trend_panel(Scene& scene, const Trend& trend, const std::vector<std::size_t>& members,
                      std::size_t legend_rows, const Box& box,
                      const std::vector<std::string>& wave_names, const std::string& language) {
    const ScoreDefinition& first = trend.scores[members.front()];
    double low = first.min.value_or(INFINITY), high = first.max.value_or(-INFINITY);
    for (std::size_t s : members)
        for (const WaveFigure& figure : trend.figures[s]) {
            if (auto interval = mean_interval(figure, trend.scores[s])) {
                low = std::min(low, interval->low);
                high = std::max(high, interval->high);
            } else if (figure.mean) {
                low = std::min(low, *figure.mean);
                high = std::max(high, *figure.mean);
            }
        }
    if (!std::isfinite(low) || !std::isfinite(high)) low = 0, high = 1;
    const std::vector<double> ticks = nice_ticks(low, high, 5);
    low = std::min(low, ticks.front());
    high = std::max(high, ticks.back());

    // Legend lines under the plot, one per score.
    const double legend_height = static_cast<double>(legend_rows) * (kTickSize * 1.35);
    const double axis_left = box.left + 44;
    const double plot_bottom = box.bottom - legend_height - 2.6 * kTickSize - 14;
    auto y_of = [&](double value) {
        return plot_bottom - (value - low) / (high - low) * (plot_bottom - box.top);
    };
    const std::size_t waves = trend.waves.size();
    auto x_of = [&](std::size_t wave) {
        const double step = (box.right - axis_left) / static_cast<double>(waves);
        return axis_left + step * (static_cast<double>(wave) + 0.5);
    };
    for (double tick : ticks) {
        scene.add(
            Line{{axis_left, y_of(tick)}, {box.right, y_of(tick)}, Stroke{palette::grid, 0.8}});
        scene.add(
            Text{{axis_left - 6, y_of(tick) + kTickSize * 0.35},
                 format_number(tick, std::fabs(tick - std::round(tick)) < 1e-9 ? 0 : 1, language),
                 kTickSize,
                 palette::muted,
                 Anchor::End});
    }
    for (std::size_t w = 0; w < waves; ++w) {
        const double width = (box.right - axis_left) / static_cast<double>(waves) - 6;
        scene.add(Text{{x_of(w), plot_bottom + kTickSize + 6},
                       fit_text(wave_names[w], kTickSize, width),
                       kTickSize,
                       palette::ink,
                       Anchor::Middle});
        long long n = 0;
        for (std::size_t s : members) n = std::max(n, trend.figures[s][w].n);
        scene.add(Text{{x_of(w), plot_bottom + 2 * kTickSize + 9},
                       // A withheld wave: no n either (the footnote says why).
                       n > 0 ? "n " + std::to_string(n) : std::string("n –"),
                       kTickSize * 0.9,
                       palette::muted,
                       Anchor::Middle});
    }
    double legend_y = plot_bottom + 2.6 * kTickSize + 14 + kTickSize;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const std::size_t s = members[k];
        const Colour colour = series_colour(k);
        // Each series a little to the side, so intervals do not hide each other.
        const double nudge = (static_cast<double>(k) - (members.size() - 1) / 2.0) * 5.0;
        std::optional<Point> previous;
        for (std::size_t w = 0; w < waves; ++w) {
            const WaveFigure& figure = trend.figures[s][w];
            if (figure.withheld || !figure.mean) {
                previous.reset();
                continue;
            }
            const Point at{x_of(w) + nudge, y_of(*figure.mean)};
            if (auto interval = mean_interval(figure, trend.scores[s]))
                scene.add(Line{{at.x, y_of(interval->low)},
                               {at.x, y_of(interval->high)},
                               Stroke{colour, 1.6}});
            if (previous) scene.add(Line{*previous, at, Stroke{colour, 2.4}});
            scene.add(Circle{at, 4.5, colour, Stroke{Colour{255, 255, 255}, 1.0}});
            previous = at;
        }
        scene.add(Line{{box.left, legend_y - kTickSize * 0.35},
                       {box.left + 18, legend_y - kTickSize * 0.35},
                       Stroke{colour, 3.0}});
        scene.add(Text{{box.left + 24, legend_y},
                       fit_text(trend.scores[s].label.get(language).empty()
                                    ? trend.scores[s].name
                                    : trend.scores[s].label.get(language),
                                kTickSize, box.right - box.left - 24),
                       kTickSize,
                       palette::ink});
        legend_y += kTickSize * 1.35;
    }
}

}  // namespace

// Each panel's share of the width: more scores, more room.
std::vector<double> panel_widths(const std::vector<std::vector<std::size_t>>& groups,
                                 double width) {
    std::size_t total = 0;
    for (const auto& group : groups) total += group.size() + 3;
    std::vector<double> widths;
    for (const auto& group : groups)
        widths.push_back(width * static_cast<double>(group.size() + 3) /
                         static_cast<double>(total));
    return widths;
}

Scene trend_chart(const Trend& trend, const std::string& group_title, const Study& study,
                  const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const double top = draw_title(scene, tr(language, "chart.trend") + ": " + group_title,
                                  trend.first.form_title.get(language));
    const auto groups = range_groups(trend.scores);
    const double gap = 24;
    const std::vector<double> widths = panel_widths(
        groups, scene.width - 2 * kMargin - gap * static_cast<double>(groups.size() - 1));
    // Wave names under the axis where they fit; numbers and a key otherwise.
    std::vector<std::string> names;
    for (const std::string& wave : trend.waves)
        names.push_back(short_wave_title(wave, study, language));
    const std::size_t waves = trend.waves.size();
    bool fit = true;
    for (double width : widths)
        for (const std::string& name : names)
            fit =
                fit && text_width(name, kTickSize) <= (width - 44) / static_cast<double>(waves) - 6;
    std::vector<std::string> notes{tr(language, "chart.trend.note")};
    if (!fit) {
        std::string key;
        for (std::size_t w = 0; w < waves; ++w) {
            key += (w ? "; " : "") + std::to_string(w + 1) + " = " + names[w];
            names[w] = std::to_string(w + 1);
        }
        notes.push_back(key + ".");
    }
    if (trend.first.suppression)
        notes.push_back(report_detail::printf_string(tr(language, "chart.withheld_note"),
                                                     trend.first.min_cell));
    const double bottom = draw_footnote(scene, notes);
    std::size_t legend_rows = 0;
    for (const auto& group : groups) legend_rows = std::max(legend_rows, group.size());
    double left = kMargin;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        draw_trend_panel(scene, trend, groups[g], legend_rows,
                         Box{left, top + 6, left + widths[g], bottom}, names, language);
        left += widths[g] + gap;
    }
    return scene;
}

}  // namespace sonda::chart::detail
