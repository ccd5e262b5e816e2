#include "map_scene.hpp"

#include <algorithm>
#include <cmath>

namespace sonda::network_dimensions {

using namespace chart;

namespace {

Colour mark_colour(MapMark mark) {
    switch (mark) {
        case MapMark::Inward:
            return {0x1f, 0x7a, 0x3a};
        case MapMark::Outward:
            return {0xc2, 0x5e, 0x00};
        case MapMark::Appeared:
            return {0x2f, 0x5d, 0x8a};
        case MapMark::Disappeared:
            return {0x9a, 0xa4, 0xae};
        case MapMark::Unchanged:
            break;
    }
    return {0x4a, 0x55, 0x61};
}

}  // namespace

Colour map_text_colour(MapMark mark) {
    switch (mark) {
        case MapMark::Outward:
            return {0x9a, 0x4a, 0x00};
        case MapMark::Disappeared:
            return {0x5f, 0x6b, 0x76};
        case MapMark::Unchanged:
            return {0x1d, 0x23, 0x2a};
        default:
            return mark_colour(mark);
    }
}

Colour map_mark_colour(MapMark mark) { return mark_colour(mark); }

void draw_network_map(Scene& scene, const MapLayout& layout, Point offset) {
    Scene map{layout.width, layout.height, {}};
    const Point c = layout.centre;
    for (std::size_t ring = layout.ring_radii.size(); ring >= 1; --ring)
        map.add(Circle{c, layout.ring_radii[ring - 1],
                       ring % 2 ? Colour{0xf3, 0xf6, 0xf9} : Colour{0xe8, 0xee, 0xf4},
                       Stroke{Colour{0xb8, 0xc4, 0xcf}, 0.8}});
    map.add(Circle{c, layout.centre_radius, Colour{0x1d, 0x23, 0x2a}, std::nullopt});
    for (const RingNumber& ring : layout.ring_numbers)
        map.add(Text{ring.baseline, std::to_string(ring.ring), layout.ring_number_font_size,
                     Colour{0x4a, 0x55, 0x61}, Anchor::Middle, true});
    // Leader lines first, so none is drawn over a dot or a label.
    for (const PlacedActor& actor : layout.actors)
        for (std::size_t i = 1; i < actor.leader.size(); ++i)
            map.add(
                Line{actor.leader[i - 1], actor.leader[i], Stroke{Colour{0x8a, 0x96, 0xa3}, 0.5}});
    for (const PlacedActor& actor : layout.actors) {
        const Colour colour = mark_colour(actor.mark);
        if (actor.moved_from) {
            // Where the actor was, an empty dashed ring, then the way it went.
            map.add(Circle{*actor.moved_from, actor.dot_radius, std::nullopt,
                           Stroke{colour, 0.8, true}});
            const Point from = *actor.moved_from, to = actor.dot;
            const double length = std::hypot(to.x - from.x, to.y - from.y);
            if (length > actor.dot_radius + 0.5) {
                const double ux = (to.x - from.x) / length, uy = (to.y - from.y) / length;
                const double head =
                    std::min(0.5 * layout.font_size, 0.4 * (length - actor.dot_radius));
                const Point tip{to.x - ux * (actor.dot_radius + 0.4),
                                to.y - uy * (actor.dot_radius + 0.4)};
                map.add_arrow(from, tip, Stroke{colour, 1.2}, head);
            }
        }
        const bool marked = actor.mark != MapMark::Unchanged;
        if (actor.mark == MapMark::Disappeared)
            map.add(Circle{actor.dot, actor.dot_radius, Colour{colour.r, colour.g, colour.b, 0.35},
                           Stroke{colour, 0.8, true}});
        else
            map.add(Circle{actor.dot, actor.dot_radius, colour,
                           marked ? std::optional<Stroke>(Stroke{Colour{0x1d, 0x23, 0x2a}, 0.8})
                                  : std::nullopt});
        map.add(Text{actor.baseline, actor.text, layout.font_size, map_text_colour(actor.mark),
                     actor.anchor_end ? Anchor::End : Anchor::Start});
    }
    scene.append(map, offset);
}

}  // namespace sonda::network_dimensions
