#include "sonda/gui/charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "sonda/gui/colors.hpp"
#include "sonda/gui/disclosure_text.hpp"

namespace sonda::gui::charts {

namespace {

// Dark fills get white text; the threshold is on the fill's luminance.
ImU32 text_on(ImU32 fill) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
    return luminance < 0.55f ? IM_COL32(255, 255, 255, 255) : colors::kText;
}

// Draws `text` centred in [a, b], wrapped to the box's width and clipped to it.
void centred_text(ImDrawList* draw, const ImVec2& a, const ImVec2& b, ImU32 color, const char* text,
                  float y_offset = 0) {
    const float wrap = std::max(b.x - a.x - 4.0f, 1.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(text, nullptr, false, wrap);
    draw->PushClipRect(a, b, true);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(a.x + std::max((b.x - a.x - text_size.x) * 0.5f, 2.0f),
                         a.y + (b.y - a.y - text_size.y) * 0.5f + y_offset),
                  color, text, nullptr, wrap);
    draw->PopClipRect();
}

}  // namespace

float Axis::to_x(double value, float left, float width) const {
    const double span = max - min;
    const double t = span > 0 ? (value - min) / span : 0.5;
    return left + static_cast<float>(std::clamp(t, 0.0, 1.0)) * width;
}

bool dumbbell_row(const char* label, std::optional<double> from, std::optional<double> to,
                  std::optional<double> ci_low, std::optional<double> ci_high, const Axis& axis,
                  ImU32 to_color, float height) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float label_width = ImGui::GetFontSize() * 11.0f;
    const float plot_width = std::max(ImGui::GetContentRegionAvail().x - label_width - 8.0f, 80.0f);
    const float mid = origin.y + height * 0.5f;
    const float left = origin.x + label_width;

    draw->AddText(ImVec2(origin.x, mid - ImGui::GetFontSize() * 0.5f), colors::kText, label);
    for (double tick = std::ceil(axis.min); tick <= axis.max; tick += 1.0) {
        const float x = axis.to_x(tick, left, plot_width);
        draw->AddLine(ImVec2(x, origin.y + 2), ImVec2(x, origin.y + height - 2), colors::kGrid);
    }
    const float radius = std::max(3.0f, height * 0.18f);
    if (from && to && ci_low && ci_high) {
        // The interval is of the change; drawn around the end point so a reader
        // sees where the "to" mean could plausibly sit given the "from" mean.
        const float x_low = axis.to_x(*from + *ci_low, left, plot_width);
        const float x_high = axis.to_x(*from + *ci_high, left, plot_width);
        draw->AddLine(ImVec2(x_low, mid), ImVec2(x_high, mid),
                      to_color & IM_COL32(255, 255, 255, 110), radius * 1.6f);
    }
    if (from && to)
        draw->AddLine(ImVec2(axis.to_x(*from, left, plot_width), mid),
                      ImVec2(axis.to_x(*to, left, plot_width), mid), colors::kText, 1.5f);
    if (from)
        draw->AddCircleFilled(ImVec2(axis.to_x(*from, left, plot_width), mid), radius,
                              colors::kWaveFrom);
    if (to) draw->AddCircleFilled(ImVec2(axis.to_x(*to, left, plot_width), mid), radius, to_color);

    ImGui::Dummy(ImVec2(label_width + plot_width, height));
    return ImGui::IsItemHovered();
}

int dumbbell_axis(const Axis& axis, float height) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float label_width = ImGui::GetFontSize() * 11.0f;
    const float plot_width = std::max(ImGui::GetContentRegionAvail().x - label_width - 8.0f, 80.0f);
    const double step = std::max(1.0, std::ceil((axis.max - axis.min) / 10.0));
    int written = 0;
    char text[32];
    for (double tick = std::ceil(axis.min); tick <= axis.max; tick += step) {
        std::snprintf(text, sizeof text, "%g", tick);
        const float x = axis.to_x(tick, origin.x + label_width, plot_width);
        draw->AddText(ImVec2(x - ImGui::CalcTextSize(text).x * 0.5f, origin.y), colors::kTextDim,
                      text);
        ++written;
    }
    ImGui::Dummy(ImVec2(label_width + plot_width, height));
    return written;
}

void radar(const std::vector<std::string>& axes, const std::vector<RadarSeries>& series,
           const Axis& scale, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 centre(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const float radius = size * 0.32f;
    const std::size_t n = axes.size();
    if (n < 3) {
        ImGui::TextUnformatted("A radar needs at least three scores.");
        return;
    }
    auto point = [&](std::size_t axis, double value) {
        const double t = std::clamp((value - scale.min) / (scale.max - scale.min), 0.0, 1.0);
        const double angle =
            -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(axis) / n;
        return ImVec2(centre.x + static_cast<float>(std::cos(angle) * t * radius),
                      centre.y + static_cast<float>(std::sin(angle) * t * radius));
    };
    for (double level = scale.min; level <= scale.max + 1e-9; level += 1.0) {
        std::vector<ImVec2> ring;
        for (std::size_t axis = 0; axis < n; ++axis) ring.push_back(point(axis, level));
        draw->AddPolyline(ring.data(), static_cast<int>(ring.size()), colors::kGrid,
                          ImDrawFlags_Closed, 1.0f);
    }
    for (std::size_t axis = 0; axis < n; ++axis) {
        const ImVec2 end = point(axis, scale.max);
        draw->AddLine(centre, end, colors::kGrid);
        const ImVec2 text_size = ImGui::CalcTextSize(axes[axis].c_str());
        const ImVec2 label(end.x + (end.x < centre.x - 1   ? -text_size.x - 4
                                    : end.x > centre.x + 1 ? 4
                                                           : -text_size.x / 2),
                           end.y + (end.y < centre.y - 1   ? -text_size.y - 2
                                    : end.y > centre.y + 1 ? 2
                                                           : -text_size.y / 2));
        draw->AddText(label, colors::kText, axes[axis].c_str());
    }
    for (const RadarSeries& s : series) {
        std::vector<ImVec2> run;
        auto flush = [&](bool closed) {
            if (run.size() >= 2)
                draw->AddPolyline(run.data(), static_cast<int>(run.size()), s.color,
                                  closed ? ImDrawFlags_Closed : ImDrawFlags_None, 2.5f);
            for (const ImVec2& p : run) draw->AddCircleFilled(p, 3.5f, s.color);
            run.clear();
        };
        bool complete = true;
        for (std::size_t axis = 0; axis < n && axis < s.values.size(); ++axis) {
            if (s.values[axis]) {
                run.push_back(point(axis, *s.values[axis]));
            } else {
                complete = false;
                flush(false);
            }
        }
        flush(complete && s.values.size() == n);
    }
    ImGui::Dummy(ImVec2(size, size));
}

void suppressed_box(const ImVec2& size, int min_cell) { suppressed_box(size, min_cell, "en"); }

void suppressed_box(const ImVec2& size, int min_cell, const std::string& language) {
    suppressed_box(size, disclosure::suppressed_short(min_cell, language).c_str());
}

void suppressed_box(const ImVec2& size, int min_cell, const std::string& language, Withheld why) {
    suppressed_box(size, disclosure::withheld_marker(why, min_cell, language).c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", disclosure::withheld_reason(why, min_cell, language).c_str());
}

void alert_banner(const char* text) {
    // The text is an ImGui text item (wrapped by ImGui, and seen by ImGui's
    // log like any other text); the red band goes under it on a second
    // channel once its height is known.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    const float pad = ImGui::GetFontSize() * 0.5f;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(width - 2 * pad, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(a, ImVec2(a.x + width, bottom), colors::kAlert, 3.0f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(ImVec2(width, bottom - a.y));
}

void suppressed_box(const ImVec2& size, const char* text) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    draw->AddRectFilled(a, b, IM_COL32(235, 235, 235, 255));
    draw->PushClipRect(a, b, true);
    for (float x = a.x - size.y; x < b.x; x += 8.0f)
        draw->AddLine(ImVec2(x, b.y), ImVec2(x + size.y, a.y), IM_COL32(205, 205, 205, 255));
    draw->PopClipRect();
    centred_text(draw, a, b, IM_COL32(90, 90, 90, 255), text);
    ImGui::Dummy(size);
}

int ring_map(const char* id, const std::string& centre, int rings,
             const std::vector<RingActor>& actors, float size) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 middle(origin.x + size * 0.5f, origin.y + size * 0.5f);
    const float outer = size * 0.47f;
    const float inner = outer / static_cast<float>(rings + 1);
    for (int ring = rings; ring >= 1; --ring) {
        const float r = inner * static_cast<float>(ring + 1);
        draw->AddCircleFilled(
            middle, r, ring % 2 ? IM_COL32(245, 245, 250, 255) : IM_COL32(232, 236, 244, 255), 96);
        draw->AddCircle(middle, r, colors::kGrid, 96);
    }
    draw->AddCircleFilled(middle, inner * 0.95f, IM_COL32(60, 60, 60, 255), 48);
    const ImVec2 centre_size = ImGui::CalcTextSize(centre.c_str());
    draw->AddText(ImVec2(middle.x - centre_size.x * 0.5f, middle.y - centre_size.y * 0.5f),
                  IM_COL32(255, 255, 255, 255), centre.c_str());

    // Actors of one ring are spread evenly round it; ring r sits between the
    // circles r and r+1 so labels never sit on a line.
    std::vector<int> per_ring(static_cast<std::size_t>(rings) + 1, 0), placed(per_ring.size(), 0);
    for (const RingActor& actor : actors) per_ring[std::clamp(actor.ring, 1, rings)]++;
    int hovered = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const int ring = std::clamp(actors[i].ring, 1, rings);
        const int k = placed[ring]++;
        const double angle =
            -std::numbers::pi / 2 + 2 * std::numbers::pi * (k + 0.5 * (ring % 2)) / per_ring[ring];
        const float r = inner * (static_cast<float>(ring) + 0.5f);
        const ImVec2 p(middle.x + static_cast<float>(std::cos(angle)) * r,
                       middle.y + static_cast<float>(std::sin(angle)) * r);
        draw->AddCircleFilled(p, 6.0f, actors[i].color);
        draw->AddText(ImVec2(p.x + 8, p.y - ImGui::GetFontSize() * 0.5f), colors::kText,
                      actors[i].name.c_str());
        const float dx = mouse.x - p.x, dy = mouse.y - p.y;
        if (dx * dx + dy * dy < 64.0f) hovered = static_cast<int>(i);
    }
    ImGui::Dummy(ImVec2(size, size));
    if (hovered >= 0 && ImGui::IsItemHovered() && !actors[hovered].tooltip.empty())
        ImGui::SetTooltip("%s", actors[hovered].tooltip.c_str());
    ImGui::PopID();
    return hovered;
}

ImU32 heat_color(double value, double max_abs, bool diverging) {
    const float t =
        max_abs > 0 ? static_cast<float>(std::clamp(std::abs(value) / max_abs, 0.0, 1.0)) : 0.0f;
    auto mix = [t](int r, int g, int bl) {
        return IM_COL32(static_cast<int>(255 + (r - 255) * t),
                        static_cast<int>(255 + (g - 255) * t),
                        static_cast<int>(255 + (bl - 255) * t), 255);
    };
    if (diverging) return value >= 0 ? mix(0, 158, 115) : mix(213, 94, 0);
    return mix(0, 114, 178);
}

bool heat_cell(double value, double max_abs, bool diverging, const ImVec2& size, bool suppressed) {
    if (suppressed) {
        suppressed_box(size, "suppressed");
        return ImGui::IsItemHovered();
    }
    return heat_cell(value, max_abs, diverging, size, HeatCellLabel{});
}

bool heat_cell(double value, double max_abs, bool diverging, const ImVec2& size,
               const HeatCellLabel& label) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    const ImU32 fill = heat_color(value, max_abs, diverging);
    draw->AddRectFilled(a, b, fill, 2.0f);
    draw->AddRect(a, b, colors::kGrid, 2.0f);
    char number[32];
    std::snprintf(number, sizeof number, diverging && value != 0 ? "%+g" : "%g", value);
    const char* text = label.text ? label.text : number;
    // Zeros in grey: the eye goes to the cells that hold something.
    const ImU32 ink = value == 0 ? IM_COL32(125, 125, 125, 255) : text_on(fill);
    if (label.caption) {
        const float line = ImGui::GetTextLineHeight() * 0.5f;
        centred_text(draw, a, b, ink, text, -line);
        centred_text(draw, a, b, (ink & 0x00FFFFFF) | 0xC0000000, label.caption, line);
    } else {
        centred_text(draw, a, b, ink, text);
    }
    ImGui::Dummy(size);
    return ImGui::IsItemHovered();
}

bool verdict_chip(Outcome outcome, const char* text, const ImVec2& size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    draw->AddRectFilled(a, b, colors::outcome(outcome), size.y * 0.3f);
    // The words as ImGui text, not draw-list text: they are what a screen
    // reader or a log of the frame gets, and the colour is never the only cue.
    const ImVec2 text_size = ImGui::CalcTextSize(text);
    ImGui::SetCursorScreenPos(ImVec2(a.x + std::max((size.x - text_size.x) * 0.5f, 2.0f),
                                     a.y + (size.y - text_size.y) * 0.5f));
    ImGui::PushClipRect(a, b, true);
    ImGui::PushStyleColor(ImGuiCol_Text, text_on(colors::outcome(outcome)));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopClipRect();
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(size);
    return ImGui::IsItemHovered();
}

bool blank_cell(const ImVec2& size, const char* text) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255), 2.0f);
    draw->AddRect(ImVec2(a.x + 1, a.y + 1), ImVec2(b.x - 1, b.y - 1), colors::kSuppressed, 2.0f);
    centred_text(draw, a, b, IM_COL32(110, 110, 110, 255), text);
    ImGui::Dummy(size);
    return ImGui::IsItemHovered();
}

void heat_legend(double max_abs, bool diverging, const ImVec2& size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    char low[32], high[32];
    std::snprintf(low, sizeof low, diverging ? "%+g" : "%g", diverging ? -max_abs : 0.0);
    std::snprintf(high, sizeof high, diverging ? "%+g" : "%g", max_abs);
    const float low_width = ImGui::CalcTextSize(low).x;
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    const float bar_left = origin.x + low_width + gap;
    const float bar_width = std::max(size.x, 8.0f);
    const float text_y = origin.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f;
    draw->AddText(ImVec2(origin.x, text_y), colors::kText, low);
    // Drawn as steps, not a smooth gradient: the cells take discrete values.
    const int steps = 24;
    const double from = diverging ? -max_abs : 0.0;
    for (int i = 0; i < steps; ++i) {
        const double v = from + (max_abs - from) * (i + 0.5) / steps;
        const float x0 = bar_left + bar_width * static_cast<float>(i) / steps;
        const float x1 = bar_left + bar_width * static_cast<float>(i + 1) / steps;
        draw->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1 + 0.5f, origin.y + size.y),
                            heat_color(v, max_abs, diverging));
    }
    draw->AddRect(ImVec2(bar_left, origin.y), ImVec2(bar_left + bar_width, origin.y + size.y),
                  colors::kGrid);
    draw->AddText(ImVec2(bar_left + bar_width + gap, text_y), colors::kText, high);
    ImGui::Dummy(ImVec2(low_width + bar_width + 2 * gap + ImGui::CalcTextSize(high).x, size.y));
}

void legend(ImU32 color, const char* text) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFontSize();
    draw->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.35f, color);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(text);
}

}  // namespace sonda::gui::charts
