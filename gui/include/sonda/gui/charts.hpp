// Chart primitives drawn with ImGui draw lists, shared by every plugin's
// panels so the dashboard looks like one product: a dumbbell/slope row with
// an interval, a radar, concentric rings, a heatmap cell, a suppressed marker.
// Each takes the rectangle to draw in, reserves it with ImGui::Dummy and
// returns whether the mouse hovers the mark (for tooltips).
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/report/verdict.hpp"
#include "sonda/stats/table_protection.hpp"

namespace sonda::gui::charts {

struct Axis {
    double min = 1;
    double max = 5;
    float to_x(double value, float left, float width) const;
};

// One row: a line from `from` to `to` with dots, the 95% interval of the
// change drawn around `to` as a whisker; empty values draw nothing.
bool dumbbell_row(const char* label, std::optional<double> from, std::optional<double> to,
                  std::optional<double> ci_low, std::optional<double> ci_high, const Axis& axis,
                  ImU32 to_color, float height);

// The value scale under a column of dumbbell rows: a number at each whole
// tick, placed where dumbbell_row draws its grid line (same label width).
// Returns how many numbers it wrote (at most about ten: wider scales step).
int dumbbell_axis(const Axis& axis, float height);

// Radar of N axes (N >= 3) with one polygon per series; empty values are
// skipped (the polygon is broken there).
struct RadarSeries {
    std::vector<std::optional<double>> values;
    ImU32 color;
    std::string name;
};
void radar(const std::vector<std::string>& axes, const std::vector<RadarSeries>& series,
           const Axis& scale, float size);

// A grey hatched box with "withheld (n < k)": never drawn as zero.
void suppressed_box(const ImVec2& size, int min_cell);
// The same with the text in `language`: "oscurato (n < k)" in Italian, as the
// reports say it.
void suppressed_box(const ImVec2& size, int min_cell, const std::string& language);
// The same saying why the report withholds it (GroupReport::withheld):
// "withheld: fewer than k" or "withheld to protect another group", in
// `language`, with the reason as a sentence in a tooltip.
void suppressed_box(const ImVec2& size, int min_cell, const std::string& language, Withheld why);

// Concentric rings with actors placed on them, own service at the centre.
struct RingActor {
    std::string name;
    int ring = 1;
    ImU32 color;
    std::string tooltip;
};
// Returns the index of the hovered actor, or -1.
int ring_map(const char* id, const std::string& centre, int rings,
             const std::vector<RingActor>& actors, float size);

// Heatmap cell coloured from white (0) to the colour at `max`; signed values
// (changes) use a diverging scale. Returns true when hovered.
bool heat_cell(double value, double max_abs, bool diverging, const ImVec2& size, bool suppressed);

// A small legend entry.
void legend(ImU32 color, const char* text);

// The fill of a heat cell: white at 0 to blue at `max_abs`; diverging (a
// change) runs to bluish green for gains and vermillion for losses, so the
// sign reads without colour too (the value is printed in the cell).
ImU32 heat_color(double value, double max_abs, bool diverging);

// suppressed_box with the caller's words (in the dashboard's language); the
// text wraps inside the box and never spills out of it.
void suppressed_box(const ImVec2& size, const char* text);

// What a heat cell prints instead of its bare value: `text` replaces the
// number, `caption` is a second line in a quieter colour (e.g. "1 → 3").
// A zero value is printed in grey.
struct HeatCellLabel {
    const char* text = nullptr;
    const char* caption = nullptr;
};
bool heat_cell(double value, double max_abs, bool diverging, const ImVec2& size,
               const HeatCellLabel& label);

// A red band across the available width, `text` wrapped in white inside it:
// for what must not be missed on screen or in a picture of it (suppression
// off).
void alert_banner(const char* text);

// The verdict on a change (sonda/report/verdict.hpp) as a rounded chip of
// `size`: filled with colors::outcome(outcome), `text` (the outcome in words)
// centred in it. True when hovered.
bool verdict_chip(Outcome outcome, const char* text, const ImVec2& size);

// A cell with no figure at all (nobody answered): white with a grey frame and
// grey text, so it reads neither as zero nor as suppressed. True when hovered.
bool blank_cell(const ImVec2& size, const char* text);

// The colour scale of heat cells as a bar, its ends labelled (0 .. max, or
// -max .. +max when diverging).
void heat_legend(double max_abs, bool diverging, const ImVec2& size);

}  // namespace sonda::gui::charts
