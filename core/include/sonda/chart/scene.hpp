// A chart as a list of shapes on a canvas, in points (1/72 inch). Core builds
// scenes from reports; hosts draw them: the HTML report as inline SVG
// (svg_scene.hpp), `sonda chart` and `sonda summary` through cairo to PNG,
// PDF and SVG files. One drawing, so a chart looks the same in every output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sonda::chart {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    double alpha = 1.0;
};

struct Point {
    double x = 0, y = 0;
};

struct Stroke {
    Colour colour;
    double width = 1.0;
    bool dashed = false;
};

struct Line {
    Point from, to;
    Stroke stroke;
};

struct Circle {
    Point centre;
    double radius = 1.0;
    std::optional<Colour> fill;
    std::optional<Stroke> stroke;
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
    std::optional<Colour> fill;
    std::optional<Stroke> stroke;
};

struct Polygon {
    std::vector<Point> points;
    std::optional<Colour> fill;
    std::optional<Stroke> stroke;
};

enum class Anchor { Start, Middle, End };

// One line of text; `at` is the left, centre or right end of its baseline.
struct Text {
    Point at;
    std::string text;  // UTF-8
    double size = 10.0;
    Colour colour;
    Anchor anchor = Anchor::Start;
    bool bold = false;
};

using Shape = std::variant<Line, Circle, Rect, Polygon, Text>;

struct Scene {
    double width = 0, height = 0;
    std::vector<Shape> shapes;

    template <typename T>
    void add(T shape) {
        shapes.emplace_back(std::move(shape));
    }
    // A line ending in a filled arrowhead at `to`, the head `head` long:
    // drawn as shapes, so every renderer shows the same arrow.
    void add_arrow(Point from, Point to, const Stroke& stroke, double head);
    // Every shape of `other`, moved by `offset`: a block drawn on its own
    // canvas placed on a page, or pages stacked into one picture.
    void append(const Scene& other, Point offset);
};

}  // namespace sonda::chart
