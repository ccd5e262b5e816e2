#include "network_map_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "map_layout.hpp"
#include "report_reading.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::network_dimensions::panels {

namespace {

ImU32 move_color(const std::string& move) {
    if (move == "moved_inward") return gui::colors::kInward;
    if (move == "moved_outward") return gui::colors::kOutward;
    if (move == "appeared") return gui::colors::kAppeared;
    if (move == "disappeared") return gui::colors::kDisappeared;
    return IM_COL32(70, 70, 70, 255);
}

// The catalogue's words for a move of the comparison's JSON.
const char* move_key(const std::string& move) {
    if (move == "moved_inward") return "network-dimensions.map.inward";
    if (move == "moved_outward") return "network-dimensions.map.outward";
    if (move == "appeared") return "network-dimensions.map.appeared";
    if (move == "disappeared") return "network-dimensions.map.disappeared";
    if (move == "unclassified") return "network-dimensions.map.move_hidden";
    return "network-dimensions.map.unchanged";
}

// A wave's figures as the report gives them: a withheld count is said to be
// small, never shown as 0, and an absent wave is a dash.
std::string describe(const MapActor& actor, int min_cell, const std::string& language) {
    auto ring = [](const std::optional<double>& value) {
        if (!value) return std::string("–");
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%g", *value);
        return std::string(buffer);
    };
    auto placed = [&](const std::optional<int>& value) {
        if (!value) return i18n::format(language, "network-dimensions.map.fewer", min_cell);
        return std::to_string(*value);
    };
    return actor.label + "\n" +
           i18n::format(language, "network-dimensions.map.ring", ring(actor.ring_from).c_str(),
                        ring(actor.ring_to).c_str()) +
           "\n" +
           i18n::format(language, "network-dimensions.map.placed_by",
                        placed(actor.placed_by_from).c_str(), placed(actor.placed_by_to).c_str()) +
           "\n" + i18n::tr(language, move_key(actor.move));
}

// "2 moved inward, 1 appeared, ...", each count in its singular or plural.
std::string counts_line(const MapChange& change, const std::string& language) {
    auto count = [&](const char* what, long long n) {
        return i18n::format_count(language, std::string("network-dimensions.map.count.") + what, n);
    };
    return count("inward", change.moved_inward) + ", " + count("outward", change.moved_outward) +
           ", " + count("appeared", change.appeared) + ", " +
           count("disappeared", change.disappeared) + ", " + count("unchanged", change.unchanged);
}

MapMark mark_of(const std::string& move) {
    if (move == "moved_inward") return MapMark::Inward;
    if (move == "moved_outward") return MapMark::Outward;
    if (move == "appeared") return MapMark::Appeared;
    if (move == "disappeared") return MapMark::Disappeared;
    return MapMark::Unchanged;
}

// Widths in the font ImGui draws with, so labels are cut where they really end.
double imgui_text_width(std::string_view text, double font_size) {
    return ImGui::GetFont()
        ->CalcTextSizeA(static_cast<float>(font_size), FLT_MAX, 0.0f, text.data(),
                        text.data() + text.size())
        .x;
}

// One wave's map at the cursor, drawn from the layout the HTML report uses:
// the same angles, label columns, leader lines, ring numbers and arrows.
void draw_map(const char* id, const MapLayout& layout, const std::vector<MapActor>& actors,
              const std::vector<std::string>& tips) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const auto at = [&](chart::Point p) {
        return ImVec2(origin.x + static_cast<float>(p.x), origin.y + static_cast<float>(p.y));
    };
    const ImVec2 centre = at(layout.centre);
    for (std::size_t ring = layout.ring_radii.size(); ring >= 1; --ring) {
        const float r = static_cast<float>(layout.ring_radii[ring - 1]);
        draw->AddCircleFilled(
            centre, r, ring % 2 ? IM_COL32(243, 246, 249, 255) : IM_COL32(232, 238, 244, 255), 96);
        draw->AddCircle(centre, r, IM_COL32(184, 196, 207, 255), 96);
    }
    draw->AddCircleFilled(centre, static_cast<float>(layout.centre_radius),
                          IM_COL32(29, 35, 42, 255), 48);
    ImFont* font = ImGui::GetFont();
    const float number_size = static_cast<float>(layout.ring_number_font_size);
    for (const RingNumber& number : layout.ring_numbers) {
        const std::string text = std::to_string(number.ring);
        const float width = static_cast<float>(imgui_text_width(text, number_size));
        draw->AddText(font, number_size,
                      at({number.box.x + (number.box.width - width) / 2,
                          number.box.y + (number.box.height - number_size) / 2}),
                      gui::colors::kTextDim, text.c_str());
    }
    for (const PlacedActor& actor : layout.actors) {
        std::vector<ImVec2> points;
        for (const chart::Point& p : actor.leader) points.push_back(at(p));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()),
                          IM_COL32(138, 150, 163, 255), 0, 1.0f);
    }
    const float font_size = static_cast<float>(layout.font_size);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hovered = -1;
    for (const PlacedActor& actor : layout.actors) {
        const ImU32 colour = move_color(actors[actor.input].move);
        const ImVec2 dot = at(actor.dot);
        const float radius = static_cast<float>(actor.dot_radius);
        if (actor.moved_from) {
            // Where the actor was, and the way it went.
            const ImVec2 from = at(*actor.moved_from);
            const float dx = dot.x - from.x, dy = dot.y - from.y;
            const float length = std::sqrt(dx * dx + dy * dy);
            if (length > 0) {
                const float ux = dx / length, uy = dy / length;
                const float head = std::min(0.5f * font_size, 0.4f * (length - radius)),
                            half = 0.64f * head;
                const ImVec2 tip(dot.x - ux * (radius + 1), dot.y - uy * (radius + 1));
                const ImVec2 base(tip.x - ux * head, tip.y - uy * head);
                draw->AddCircle(from, radius, colour, 24, 1.0f);
                draw->AddLine(from, base, colour, 1.5f);
                draw->AddTriangleFilled(tip, ImVec2(base.x - uy * half, base.y + ux * half),
                                        ImVec2(base.x + uy * half, base.y - ux * half), colour);
            }
        }
        draw->AddCircleFilled(dot, radius, colour, 24);
        if (actor.mark != MapMark::Unchanged && actor.mark != MapMark::Disappeared)
            draw->AddCircle(dot, radius, IM_COL32(29, 35, 42, 255), 24, 1.0f);
        const ImVec2 text_at =
            at({actor.label.x, actor.label.y + (actor.label.height - font_size) / 2});
        draw->AddText(font, font_size, text_at, gui::colors::kText, actor.text.c_str());
        const ImVec2 box_min = at({actor.label.x, actor.label.y}),
                     box_max = at({actor.label.right(), actor.label.bottom()});
        const float mx = mouse.x - dot.x, my = mouse.y - dot.y;
        if (mx * mx + my * my < (radius + 3) * (radius + 3) ||
            (mouse.x >= box_min.x && mouse.x <= box_max.x && mouse.y >= box_min.y &&
             mouse.y <= box_max.y))
            hovered = static_cast<int>(actor.input);
    }
    ImGui::Dummy(ImVec2(static_cast<float>(layout.width), static_cast<float>(layout.height)));
    if (hovered >= 0 && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tips[static_cast<std::size_t>(hovered)].c_str());
    ImGui::PopID();
}

}  // namespace

NetworkMapPanel::NetworkMapPanel()
    : Panel("network-dimensions.map", "Network map", "network-dimensions") {}

void NetworkMapPanel::draw_content(gui::PanelContext& context) {
    const gui::DashboardModel& model = context.model;
    const Report* report = model.by_territory();
    if (!report) {
        ImGui::TextWrapped("%s", model.error().c_str());
        return;
    }
    const std::string& language = context.language;
    gui::charts::legend(gui::colors::kInward,
                        i18n::tr(language, "network-dimensions.map.inward").c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kOutward,
                        i18n::tr(language, "network-dimensions.map.outward").c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kAppeared,
                        i18n::tr(language, "network-dimensions.map.appeared").c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kDisappeared,
                        i18n::tr(language, "network-dimensions.map.disappeared").c_str());

    const std::string centre = i18n::tr(language, "network-dimensions.map.centre");
    // The centre disc is too small for its name: the legend says what it is.
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(IM_COL32(29, 35, 42, 255), centre.c_str());
    const Study& study = model.project().study();
    for (const GroupReport& group : report->groups) {
        const MapChange change = read_map_change(group);
        if (!change.present) continue;
        ImGui::PushID(group.group.c_str());
        ImGui::Separator();
        const Territory* territory = study.territory(group.group);
        ImGui::TextUnformatted(territory ? territory->name.get(context.language).c_str()
                                         : group.group.c_str());
        const float size =
            std::min(ImGui::GetContentRegionAvail().x * 0.45f, ImGui::GetFontSize() * 28);
        if (change.suppressed) {
            gui::charts::suppressed_box(ImVec2(size * 2, ImGui::GetFontSize() * 3),
                                        report->min_cell, context.language, group.withheld);
            ImGui::PopID();
            continue;
        }
        ImGui::TextUnformatted(counts_line(change, language).c_str());
        // Actors whose figures are withheld are said to be there, never drawn
        // at an invented place.
        if (change.unclassified > 0)
            ImGui::TextDisabled("%s",
                                i18n::format_count(language, "network-dimensions.map.unclassified",
                                                   change.unclassified, report->min_cell)
                                    .c_str());
        if (change.actors_withheld > 0)
            ImGui::TextDisabled(
                "%s", i18n::format_count(language, "network-dimensions.map.withheld_actors",
                                         change.actors_withheld, report->min_cell)
                          .c_str());
        // Both waves' maps from one layout: an actor keeps its direction.
        std::vector<MapActorInput> inputs;
        std::vector<std::string> tips;
        for (const MapActor& actor : change.actors) {
            inputs.push_back(MapActorInput{actor.key, actor.label, actor.ring_from, actor.ring_to,
                                           mark_of(actor.move)});
            tips.push_back(describe(actor, report->min_cell, language));
        }
        const float font = ImGui::GetFontSize();
        const float available = ImGui::GetContentRegionAvail().x;
        // Side by side when each map keeps room for rings and for label
        // columns that hold the longest name whole (the layout gives a
        // column at most 0.3 of a map's width); else one above the other,
        // each across the panel: a cut name cannot be compared by eye.
        double widest = 0;
        for (const MapActorInput& input : inputs)
            widest = std::max(widest, imgui_text_width(input.label, font));
        const bool side_by_side =
            available >= 2 * 28 * font && widest <= 0.3 * (available - font) / 2;
        const float width = std::max(side_by_side ? (available - font) / 2 : available, 28 * font);
        const MapPairLayout maps = layout_network_map_pair(
            inputs, change.rings,
            // One above the other, each map is kept short enough that both
            // show together on a laptop screen.
            MapCanvas{width, side_by_side ? width * 0.46 : std::min(width * 0.46, 16.0 * font),
                      font},
            imgui_text_width);
        ImGui::BeginGroup();
        ImGui::Text("%s (n = %d)", study.short_wave_title(report->from_wave, language).c_str(),
                    change.respondents_from);
        draw_map("from", maps.from, change.actors, tips);
        ImGui::EndGroup();
        if (side_by_side) ImGui::SameLine(0, font);
        ImGui::BeginGroup();
        ImGui::Text("%s (n = %d)", study.short_wave_title(report->to_wave, language).c_str(),
                    change.respondents_to);
        draw_map("to", maps.to, change.actors, tips);
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

}  // namespace sonda::network_dimensions::panels
