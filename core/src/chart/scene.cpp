#include "sonda/chart/scene.hpp"

#include <cmath>

namespace sonda::chart {

void Scene::add_arrow(Point from, Point to, const Stroke& stroke, double head) {
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length = std::hypot(dx, dy);
    if (length < 1e-9) return;
    const double ux = dx / length, uy = dy / length;
    // The line stops at the head's base, so a wide stroke never pokes
    // through its point.
    const Point base{to.x - ux * head, to.y - uy * head};
    add(Line{from, base, stroke});
    const double half = head * 0.45;
    add(Polygon{
        {to, {base.x - uy * half, base.y + ux * half}, {base.x + uy * half, base.y - ux * half}},
        stroke.colour,
        std::nullopt});
}

}  // namespace sonda::chart
