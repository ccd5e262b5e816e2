#include <algorithm>
#include <cmath>
#include <map>

#include "chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/report/report_wording.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda::chart::detail {

using report_detail::format_number;
using report_detail::format_signed;
using report_detail::tr;

namespace {

// Scores measured on the same range share an axis; a count and a 1-4 scale
// never do.
std::vector<std::vector<const ScoreReport*>> panels_by_range(const Report& report,
                                                             const GroupReport& group) {
    std::map<std::pair<double, double>, std::size_t> index;
    std::vector<std::vector<const ScoreReport*>> panels;
    for (const ScoreReport& score : group.scores) {
        const ScoreDefinition* definition = report_detail::definition_of(report, score.stats.score);
        const std::pair<double, double> range{
            definition && definition->min ? *definition->min : NAN,
            definition && definition->max ? *definition->max : NAN};
        // NaN keys never compare equal: map them to a sentinel.
        const std::pair<double, double> key{std::isnan(range.first) ? -1e300 : range.first,
                                            std::isnan(range.second) ? 1e300 : range.second};
        auto [found, added] = index.emplace(key, panels.size());
        if (added) panels.emplace_back();
        panels[found->second].push_back(&score);
    }
    return panels;
}

const ScoreReport* find_score(const GroupReport* group, const std::string& score) {
    if (!group) return nullptr;
    for (const ScoreReport& candidate : group->scores)
        if (candidate.stats.score == score) return &candidate;
    return nullptr;
}

// The x range of a panel: every interval, dot and reference, and zero.
std::pair<double, double> panel_range(const std::vector<const ScoreReport*>& rows,
                                      const GroupReport* community) {
    double low = 0, high = 0;
    auto take = [&](const std::optional<double>& value) {
        if (!usable(value)) return;
        low = std::min(low, *value);
        high = std::max(high, *value);
    };
    for (const ScoreReport* row : rows) {
        if (row->stats.suppressed) continue;
        take(row->stats.ci95_low);
        take(row->stats.ci95_high);
        take(row->stats.diff_mean);
        if (const ScoreReport* reference = find_score(community, row->stats.score))
            if (!reference->stats.suppressed) take(reference->stats.diff_mean);
    }
    const double pad = std::max((high - low) * 0.06, 0.05);
    return {low - pad, high + pad};
}

// A score's name left of its row: on two lines when the row is tall enough.
void draw_row_label(Scene& scene, const std::string& title, Point at, double width,
                    double row_height, double size) {
    std::vector<std::string> lines{title};
    if (text_width(title, size) > width && row_height >= 2.5 * size) {
        lines = wrap_text(title, size, width);
        if (lines.size() > 2) lines[1] = fit_text(lines[1] + " " + lines[2], size, width);
        lines.resize(std::min<std::size_t>(lines.size(), 2));
    }
    double baseline = at.y + size * 0.35 - size * 0.6 * static_cast<double>(lines.size() - 1);
    for (const std::string& line : lines) {
        scene.add(Text{{at.x, baseline}, fit_text(line, size, width), size, palette::ink});
        baseline += size * 1.2;
    }
}

}  // namespace

double draw_change_rows(Scene& scene, const Report& report, const GroupReport& group,
                        const GroupReport* reference, const ChangeRowsStyle& style,
                        const std::string& language) {
    const auto panels = panels_by_range(report, group);
    const double label_size = style.label_size, tick_size = style.tick_size;
    const double k = label_size / kLabelSize;  // strokes and dots follow the text
    std::size_t rows = 0;
    double label_width = 0;
    for (const auto& panel : panels)
        for (const ScoreReport* row : panel) {
            ++rows;
            label_width =
                std::max(label_width,
                         text_width(report_detail::score_title(report, row->stats.score, language),
                                    label_size));
        }
    const double width = style.right - style.left;
    label_width = std::min(label_width, width * style.label_share);
    const double axis_height = tick_size + 11 * k, gap = 14 * k, value_width = 150 * k;
    const double available =
        style.bottom - style.top - static_cast<double>(panels.size()) * (axis_height + gap);
    const double row_height =
        std::clamp(available / std::max<double>(rows, 1), style.row_min, style.row_max);
    const double plot_left = style.left + label_width + 16 * k;
    const double plot_right = style.right - value_width;

    double y = style.top;
    for (const auto& panel : panels) {
        const auto [low, high] = panel_range(panel, reference);
        auto x_of = [&, low = low, high = high](double value) {
            return plot_left + (value - low) / (high - low) * (plot_right - plot_left);
        };
        const double panel_top = y;
        const double panel_bottom = y + row_height * static_cast<double>(panel.size());
        for (double tick : nice_ticks(low, high, 6)) {
            if (tick < low || tick > high) continue;
            scene.add(Line{
                {x_of(tick), panel_top},
                {x_of(tick), panel_bottom},
                Stroke{tick == 0.0 ? palette::ink : palette::grid, (tick == 0.0 ? 1.4 : 0.8) * k}});
            scene.add(Text{{x_of(tick), panel_bottom + tick_size + 4 * k},
                           format_signed(tick, 2, language),
                           tick_size,
                           palette::muted,
                           Anchor::Middle});
        }
        for (std::size_t i = 0; i < panel.size(); ++i) {
            const ScoreReport& row = *panel[i];
            const ScoreComparison& s = row.stats;
            const double mid = y + row_height / 2;
            y += row_height;
            if (i % 2 == 0)
                scene.add(Rect{style.left, mid - row_height / 2, width, row_height,
                               Colour{palette::faint.r, palette::faint.g, palette::faint.b, 0.8},
                               std::nullopt});
            draw_row_label(scene, report_detail::score_title(report, s.score, language),
                           Point{style.left, mid}, label_width, row_height, label_size);
            if (s.suppressed || !usable(s.diff_mean)) {
                scene.add(Text{{plot_left + 6 * k, mid + tick_size * 0.35},
                               s.suppressed
                                   ? report_detail::suppressed_marker(report, row, language)
                                   : tr(language, "chart.withheld"),
                               tick_size,
                               palette::muted});
                continue;
            }
            const Colour colour = change_colour(s, report_detail::definition_of(report, s.score));
            if (usable(s.ci95_low) && usable(s.ci95_high)) {
                scene.add(Line{
                    {x_of(*s.ci95_low), mid}, {x_of(*s.ci95_high), mid}, Stroke{colour, 3.0 * k}});
                for (double end : {*s.ci95_low, *s.ci95_high})
                    scene.add(Line{{x_of(end), mid - 6 * k},
                                   {x_of(end), mid + 6 * k},
                                   Stroke{colour, 2.0 * k}});
            }
            if (const ScoreReport* other = find_score(reference, s.score))
                if (!other->stats.suppressed && usable(other->stats.diff_mean))
                    scene.add(Circle{{x_of(*other->stats.diff_mean), mid},
                                     6.5 * k,
                                     std::nullopt,
                                     Stroke{palette::community, 2.0 * k}});
            scene.add(Circle{{x_of(*s.diff_mean), mid},
                             5.5 * k,
                             colour,
                             Stroke{Colour{255, 255, 255}, 1.2 * k}});
            const long long n =
                s.design == Design::Paired ? s.n_paired : std::min(s.n_from, s.n_to);
            scene.add(Text{{plot_right + 12 * k, mid + label_size * 0.35},
                           format_signed(s.diff_mean, 2, language),
                           label_size,
                           colour,
                           Anchor::Start,
                           true});
            scene.add(Text{{style.right, mid + tick_size * 0.35},
                           "n " + std::to_string(n),
                           tick_size,
                           palette::muted,
                           Anchor::End});
        }
        y = panel_bottom + axis_height + gap;
    }
    return y - gap;
}

Scene change_chart(const Report& report, const Report* community, const Study& study,
                   const std::string& language) {
    Scene scene{kSlideWidth, kSlideHeight, {}};
    const GroupReport* group = report.groups.empty() ? nullptr : &report.groups.front();
    const GroupReport* reference = community && !community->groups.empty() && community != &report
                                       ? &community->groups.front()
                                       : nullptr;
    const std::string who = group && group->group != "all"
                                ? report_detail::group_title(*group, &study, language)
                                : tr(language, "chart.everyone");
    const double top = draw_title(scene, tr(language, "chart.change") + ": " + who,
                                  report.form_title.get(language) + " · " +
                                      short_wave_title(report.from_wave, study, language) + " → " +
                                      short_wave_title(report.to_wave, study, language));
    std::vector<std::string> notes{tr(language, "chart.change.note"),
                                   tr(language, "chart.colours")};
    if (reference) notes.push_back(tr(language, "chart.community_mark"));
    if (report.suppression)
        notes.push_back(
            report_detail::printf_string(tr(language, "chart.withheld_note"), report.min_cell));
    const double bottom = draw_footnote(scene, notes);
    if (!group) return scene;
    if (group->withheld != Withheld::No) {
        draw_not_shown(scene, report, group, top, language);
        return scene;
    }
    ChangeRowsStyle style;
    style.left = kMargin;
    style.right = scene.width - kMargin;
    style.top = top;
    style.bottom = bottom;
    draw_change_rows(scene, report, *group, reference, style, language);
    return scene;
}

void draw_not_shown(Scene& scene, const Report& report, const GroupReport* group, double top,
                    const std::string& language) {
    const std::string why = group && group->withheld != Withheld::No
                                ? report_detail::withheld_reading(report, group->withheld, language)
                                : tr(language, "chart.withheld");
    double y = top + kLabelSize;
    for (const std::string& line : wrap_text(why, kLabelSize, scene.width - 2 * kMargin)) {
        scene.add(Text{{kMargin, y}, line, kLabelSize, palette::muted});
        y += kLabelSize * 1.3;
    }
}

Colour change_colour(const ScoreComparison& stats, const ScoreDefinition* definition) {
    // The reports' rule (verdict.hpp): colours follow improvement, not sign.
    switch (
        judge_change(stats, definition ? definition->improvement : Improvement::Neither).outcome) {
        case Outcome::Improved:
            return palette::improved;
        case Outcome::Worsened:
            return palette::worsened;
        case Outcome::Changed:
            return palette::community;
        default:
            return palette::neutral;
    }
}

std::string short_wave_title(const std::string& wave, const Study& study,
                             const std::string& language) {
    return study.short_wave_title(wave, language);
}

}  // namespace sonda::chart::detail
