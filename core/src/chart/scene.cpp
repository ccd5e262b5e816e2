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

namespace {

struct Mover {
    Point offset;
    Point moved(Point point) const { return {point.x + offset.x, point.y + offset.y}; }
    void operator()(Line& line) const { line.from = moved(line.from), line.to = moved(line.to); }
    void operator()(Circle& circle) const { circle.centre = moved(circle.centre); }
    void operator()(Rect& rect) const { rect.x += offset.x, rect.y += offset.y; }
    void operator()(Polygon& polygon) const {
        for (Point& point : polygon.points) point = moved(point);
    }
    void operator()(Text& text) const { text.at = moved(text.at); }
};

}  // namespace

void Scene::append(const Scene& other, Point offset) {
    const Mover mover{offset};
    for (Shape shape : other.shapes) {
        std::visit(mover, shape);
        shapes.push_back(std::move(shape));
    }
}

}  // namespace sonda::chart
