#include "network_map_panel.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "report_reading.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/charts.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/dashboard_model.hpp"

namespace sonda::network_dimensions::panels {

namespace {

ImU32 move_color(const std::string& move) {
    if (move == "moved_inward") return gui::colors::kInward;
    if (move == "moved_outward") return gui::colors::kOutward;
    if (move == "appeared") return gui::colors::kAppeared;
    if (move == "disappeared") return gui::colors::kDisappeared;
    return IM_COL32(70, 70, 70, 255);
}

// A wave's figures as the report gives them: a withheld count is said to be
// small, never shown as 0, and an absent wave is a dash.
std::string describe(const MapActor& actor, int min_cell) {
    auto ring = [](const std::optional<double>& value) {
        if (!value) return std::string("-");
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%g", *value);
        return std::string(buffer);
    };
    auto placed = [min_cell](const std::optional<int>& value) {
        if (!value) return "fewer than " + std::to_string(min_cell);
        return std::to_string(*value);
    };
    const std::string move =
        actor.move == "unclassified" ? "move not shown: a wave is withheld" : actor.move;
    return actor.label + "\nring " + ring(actor.ring_from) + " -> " + ring(actor.ring_to) +
           "\nplaced by " + placed(actor.placed_by_from) + " -> " + placed(actor.placed_by_to) +
           "\n" + move;
}

// A median ring may be x.5: the actor is drawn on the outer of the two rings.
int drawn_ring(double median) { return static_cast<int>(std::ceil(median - 1e-9)); }

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
    gui::charts::legend(gui::colors::kInward, "moved inward");
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kOutward, "moved outward");
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kAppeared, "appeared");
    ImGui::SameLine(0, ImGui::GetFontSize());
    gui::charts::legend(gui::colors::kDisappeared, "disappeared");

    const std::string centre = context.language == "it" ? "Il mio servizio" : "My service";
    for (const GroupReport& group : report->groups) {
        const MapChange change = read_map_change(group);
        if (!change.present) continue;
        ImGui::PushID(group.group.c_str());
        ImGui::Separator();
        const Territory* territory = model.project().study().territory(group.group);
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
        ImGui::Text("%d inward, %d outward, %d appeared, %d disappeared, %d unchanged",
                    change.moved_inward, change.moved_outward, change.appeared, change.disappeared,
                    change.unchanged);
        // Actors whose figures are withheld are said to be there, never drawn
        // at an invented place.
        if (change.unclassified > 0)
            ImGui::TextDisabled(
                "%d with a wave withheld (fewer than %d placed them): no move shown",
                change.unclassified, report->min_cell);
        if (change.actors_withheld > 0)
            ImGui::TextDisabled("%d more not shown: placed by fewer than %d respondents",
                                change.actors_withheld, report->min_cell);
        std::vector<gui::charts::RingActor> from, to;
        for (const MapActor& actor : change.actors) {
            const std::string tip = describe(actor, report->min_cell);
            if (actor.ring_from)
                from.push_back({actor.label, drawn_ring(*actor.ring_from),
                                actor.move == "disappeared" ? gui::colors::kDisappeared
                                                            : IM_COL32(70, 70, 70, 255),
                                tip});
            if (actor.ring_to)
                to.push_back(
                    {actor.label, drawn_ring(*actor.ring_to), move_color(actor.move), tip});
        }
        ImGui::BeginGroup();
        ImGui::Text("%s (n = %d)", report->from_wave.c_str(), change.respondents_from);
        gui::charts::ring_map("from", centre, change.rings, from, size);
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::Text("%s (n = %d)", report->to_wave.c_str(), change.respondents_to);
        gui::charts::ring_map("to", centre, change.rings, to, size);
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

}  // namespace sonda::network_dimensions::panels
