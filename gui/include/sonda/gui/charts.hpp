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

// Radar of N axes (N >= 3) with one polygon per series; empty values are
// skipped (the polygon is broken there).
struct RadarSeries {
    std::vector<std::optional<double>> values;
    ImU32 color;
    std::string name;
};
void radar(const std::vector<std::string>& axes, const std::vector<RadarSeries>& series,
           const Axis& scale, float size);

// A grey hatched box with "suppressed (n < k)": never drawn as zero.
void suppressed_box(const ImVec2& size, int min_cell);
// The same with the text in `language`: "oscurato (n < k)" in Italian, as the
// reports say it.
void suppressed_box(const ImVec2& size, int min_cell, const std::string& language);

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

}  // namespace sonda::gui::charts
