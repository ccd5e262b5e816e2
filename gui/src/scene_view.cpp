#include "sonda/gui/scene_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

namespace sonda::gui {

namespace {

ImU32 colour_of(const chart::Colour& colour) {
    const auto alpha = static_cast<int>(std::lround(std::clamp(colour.alpha, 0.0, 1.0) * 255));
    return IM_COL32(colour.r, colour.g, colour.b, alpha);
}

struct Painter {
    ImDrawList* draw;
    ImVec2 origin;
    float scale;

    ImVec2 at(const chart::Point& point) const {
        return ImVec2(origin.x + static_cast<float>(point.x) * scale,
                      origin.y + static_cast<float>(point.y) * scale);
    }
    float length(double points) const { return std::max(1.0f, static_cast<float>(points) * scale); }

    void operator()(const chart::Line& line) const {
        const ImVec2 from = at(line.from), to = at(line.to);
        const ImU32 colour = colour_of(line.stroke.colour);
        const float width = length(line.stroke.width);
        if (!line.stroke.dashed) {
            draw->AddLine(from, to, colour, width);
            return;
        }
        // ImGui draws no dashes: 4-point dashes with 3-point gaps, as the SVG.
        const float dx = to.x - from.x, dy = to.y - from.y;
        const float total = std::sqrt(dx * dx + dy * dy);
        const float dash = 4 * scale, gap = 3 * scale;
        for (float s = 0; s < total; s += dash + gap) {
            const float e = std::min(total, s + dash);
            draw->AddLine(ImVec2(from.x + dx * s / total, from.y + dy * s / total),
                          ImVec2(from.x + dx * e / total, from.y + dy * e / total), colour, width);
        }
    }
    void operator()(const chart::Circle& circle) const {
        const ImVec2 centre = at(circle.centre);
        const float radius = static_cast<float>(circle.radius) * scale;
        if (circle.fill) draw->AddCircleFilled(centre, radius, colour_of(*circle.fill), 48);
        if (circle.stroke)
            draw->AddCircle(centre, radius, colour_of(circle.stroke->colour), 48,
                            length(circle.stroke->width));
    }
    void operator()(const chart::Rect& rect) const {
        const ImVec2 low = at({rect.x, rect.y}),
                     high = at({rect.x + rect.width, rect.y + rect.height});
        if (rect.fill) draw->AddRectFilled(low, high, colour_of(*rect.fill));
        if (rect.stroke)
            draw->AddRect(low, high, colour_of(rect.stroke->colour), 0, 0,
                          length(rect.stroke->width));
    }
    void operator()(const chart::Polygon& polygon) const {
        if (polygon.points.size() < 2) return;
        std::vector<ImVec2> points;
        for (const chart::Point& point : polygon.points) points.push_back(at(point));
        const int count = static_cast<int>(points.size());
        // Scenes' polygons are arrowheads and star outlines: convex.
        if (polygon.fill) draw->AddConvexPolyFilled(points.data(), count, colour_of(*polygon.fill));
        if (polygon.stroke)
            draw->AddPolyline(points.data(), count, colour_of(polygon.stroke->colour),
                              ImDrawFlags_Closed, length(polygon.stroke->width));
    }
    void operator()(const chart::Text& text) const {
        // The scene's size is in points; the dashboard's font is scaled to
        // it. `at` is on the baseline; ImGui places a text by its top.
        const float size = static_cast<float>(text.size) * scale;
        ImFont* font = ImGui::GetFont();
        const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text.text.c_str());
        ImVec2 place = at(text.at);
        place.y -= size * 0.8f;
        if (text.anchor == chart::Anchor::Middle) place.x -= extent.x / 2;
        if (text.anchor == chart::Anchor::End) place.x -= extent.x;
        draw->AddText(font, size, place, colour_of(text.colour), text.text.c_str());
        // Into ImGui's log when one is open (Copy, the tests' text capture):
        // painted text is not logged by ImGui itself.
        ImGui::LogText("%s\n", text.text.c_str());
        if (text.bold)  // no bold face loaded: a second pass half a pixel over
            draw->AddText(font, size, ImVec2(place.x + 0.6f, place.y), colour_of(text.colour),
                          text.text.c_str());
    }
};

}  // namespace

float draw_scene(const chart::Scene& scene, float width) {
    if (scene.width <= 0) return 1.0f;
    const float scale = width / static_cast<float>(scene.width);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, static_cast<float>(scene.height) * scale);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y),
                        IM_COL32(255, 255, 255, 255));
    const Painter painter{draw, origin, scale};
    for (const chart::Shape& shape : scene.shapes) std::visit(painter, shape);
    ImGui::Dummy(size);
    return scale;
}

}  // namespace sonda::gui
