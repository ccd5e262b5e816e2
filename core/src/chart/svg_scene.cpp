#include "sonda/chart/svg_scene.hpp"

#include <cstdio>
#include <string>

#include "sonda/report/html_writer.hpp"

namespace sonda::chart {

namespace {

std::string colour_text(const Colour& colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    return text;
}

// Fixed two decimals: shorter files, and identical output on every machine.
std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

void write_fill(const std::optional<Colour>& fill, std::ostream& out) {
    if (!fill) {
        out << " fill=\"none\"";
        return;
    }
    out << " fill=\"" << colour_text(*fill) << '"';
    if (fill->alpha < 1.0) out << " fill-opacity=\"" << number(fill->alpha) << '"';
}

void write_stroke(const std::optional<Stroke>& stroke, std::ostream& out) {
    if (!stroke) return;
    out << " stroke=\"" << colour_text(stroke->colour) << "\" stroke-width=\""
        << number(stroke->width) << '"';
    if (stroke->colour.alpha < 1.0)
        out << " stroke-opacity=\"" << number(stroke->colour.alpha) << '"';
    if (stroke->dashed)
        out << " stroke-dasharray=\"" << number(3 * stroke->width) << ' '
            << number(2 * stroke->width) << '"';
}

struct ShapeWriter {
    std::ostream& out;

    void operator()(const Line& line) const {
        out << "<line x1=\"" << number(line.from.x) << "\" y1=\"" << number(line.from.y)
            << "\" x2=\"" << number(line.to.x) << "\" y2=\"" << number(line.to.y) << '"';
        write_stroke(line.stroke, out);
        out << "/>\n";
    }
    void operator()(const Circle& circle) const {
        out << "<circle cx=\"" << number(circle.centre.x) << "\" cy=\"" << number(circle.centre.y)
            << "\" r=\"" << number(circle.radius) << '"';
        write_fill(circle.fill, out);
        write_stroke(circle.stroke, out);
        out << "/>\n";
    }
    void operator()(const Rect& rect) const {
        out << "<rect x=\"" << number(rect.x) << "\" y=\"" << number(rect.y) << "\" width=\""
            << number(rect.width) << "\" height=\"" << number(rect.height) << '"';
        write_fill(rect.fill, out);
        write_stroke(rect.stroke, out);
        out << "/>\n";
    }
    void operator()(const Polygon& polygon) const {
        out << "<polygon points=\"";
        for (const Point& point : polygon.points)
            out << number(point.x) << ',' << number(point.y) << ' ';
        out << '"';
        write_fill(polygon.fill, out);
        write_stroke(polygon.stroke, out);
        out << "/>\n";
    }
    void operator()(const Text& text) const {
        const char* anchor = text.anchor == Anchor::Start    ? "start"
                             : text.anchor == Anchor::Middle ? "middle"
                                                             : "end";
        out << "<text x=\"" << number(text.at.x) << "\" y=\"" << number(text.at.y)
            << "\" font-size=\"" << number(text.size) << "\" text-anchor=\"" << anchor
            << "\" fill=\"" << colour_text(text.colour) << '"';
        if (text.bold) out << " font-weight=\"bold\"";
        out << '>' << report_detail::html_escape(text.text) << "</text>\n";
    }
};

}  // namespace

void write_svg(const Scene& scene, std::ostream& out, const char* css_class) {
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" << css_class << "\" viewBox=\"0 0 "
        << number(scene.width) << ' ' << number(scene.height)
        << "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n";
    const ShapeWriter writer{out};
    for (const Shape& shape : scene.shapes) std::visit(writer, shape);
    out << "</svg>\n";
}

}  // namespace sonda::chart
