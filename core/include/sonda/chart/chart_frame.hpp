// What every chart of sonda shares: the canvas for slides (16:9, legible
// projected at 1280x720), the palette, the title block, the footnote with n
// and suppression, axes with round ticks, text wrapped to a width, and what
// stands in for a withheld group. Public for the charts, report sections and
// summary blocks instruments contribute (sonda/plugin/instrument_chart.hpp,
// sonda/plugin/report_section.hpp), so theirs look like the core's.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"
#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::chart::detail {

// 960 x 540 points: 1280 x 720 pixels at the default PNG width.
constexpr double kSlideWidth = 960, kSlideHeight = 540;
constexpr double kMargin = 28;
constexpr double kTitleSize = 24, kLabelSize = 15, kTickSize = 13, kNoteSize = 12;

namespace palette {
constexpr Colour ink{0x1d, 0x23, 0x2a};
constexpr Colour muted{0x5b, 0x66, 0x70};
constexpr Colour grid{0xd5, 0xdb, 0xe1};
constexpr Colour faint{0xf3, 0xf5, 0xf7};
constexpr Colour improved{0x1f, 0x7a, 0x3a};
constexpr Colour worsened{0xb3, 0x26, 0x1e};
constexpr Colour uncertain{0xc2, 0x7c, 0x0e};
constexpr Colour neutral{0x6b, 0x76, 0x80};
constexpr Colour community{0x2f, 0x5d, 0x8a};
// One colour per wave, first to last: light to dark, told apart in grey too.
Colour wave(std::size_t index, std::size_t count);
}  // namespace palette

// Title and subtitle at the top; returns the y where the plot may start.
double draw_title(Scene& scene, const std::string& title, const std::string& subtitle);
// Footnote lines at the bottom, wrapped; returns the y where the plot must end.
double draw_footnote(Scene& scene, const std::vector<std::string>& notes);

// `text` cut into lines no wider than `width` at `size`, at spaces.
std::vector<std::string> wrap_text(const std::string& text, double size, double width,
                                   bool bold = false);
// `text` shortened with "…" to fit `width`.
std::string fit_text(const std::string& text, double size, double width, bool bold = false);

// A figure that can be drawn: present and finite.
inline bool usable(const std::optional<double>& value) { return value && std::isfinite(*value); }

// Round tick values covering [low, high] with about `count` steps.
std::vector<double> nice_ticks(double low, double high, int count);

// In place of a chart's figures: why the group is withheld, or "not shown"
// when there is nothing to draw.
void draw_not_shown(Scene& scene, const Report& report, const GroupReport* group, double top,
                    const std::string& language);

// A wave's name for axes and legends: its label up to a colon, else its id.
std::string short_wave_title(const std::string& wave, const Study& study,
                             const std::string& language);

}  // namespace sonda::chart::detail
