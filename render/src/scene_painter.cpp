#include "scene_painter.hpp"

#include "text_layout.hpp"

namespace sonda::render {

namespace {

void set_colour(cairo_t* cairo, const chart::Colour& colour) {
    cairo_set_source_rgba(cairo, colour.r / 255.0, colour.g / 255.0, colour.b / 255.0,
                          colour.alpha);
}

// Fills and strokes the current path, as the shape asks.
void finish_path(cairo_t* cairo, const std::optional<chart::Colour>& fill,
                 const std::optional<chart::Stroke>& stroke) {
    if (fill) {
        set_colour(cairo, *fill);
        stroke ? cairo_fill_preserve(cairo) : cairo_fill(cairo);
    }
    if (stroke) {
        set_colour(cairo, stroke->colour);
        cairo_set_line_width(cairo, stroke->width);
        const double dashes[] = {3 * stroke->width, 2 * stroke->width};
        cairo_set_dash(cairo, dashes, stroke->dashed ? 2 : 0, 0);
        cairo_stroke(cairo);
    }
    cairo_new_path(cairo);
}

struct Painter {
    cairo_t* cairo;
    PangoLayout* layout;

    void operator()(const chart::Line& line) const {
        cairo_move_to(cairo, line.from.x, line.from.y);
        cairo_line_to(cairo, line.to.x, line.to.y);
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_BUTT);
        finish_path(cairo, std::nullopt, line.stroke);
    }
    void operator()(const chart::Circle& circle) const {
        cairo_new_sub_path(cairo);
        cairo_arc(cairo, circle.centre.x, circle.centre.y, circle.radius, 0, 2 * G_PI);
        finish_path(cairo, circle.fill, circle.stroke);
    }
    void operator()(const chart::Rect& rect) const {
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height);
        finish_path(cairo, rect.fill, rect.stroke);
    }
    void operator()(const chart::Polygon& polygon) const {
        if (polygon.points.empty()) return;
        cairo_move_to(cairo, polygon.points.front().x, polygon.points.front().y);
        for (const chart::Point& point : polygon.points) cairo_line_to(cairo, point.x, point.y);
        cairo_close_path(cairo);
        finish_path(cairo, polygon.fill, polygon.stroke);
    }
    void operator()(const chart::Text& text) const {
        const TextExtent extent = set_text(layout, text.text, text.size, text.bold);
        const double shift = text.anchor == chart::Anchor::Start    ? 0.0
                             : text.anchor == chart::Anchor::Middle ? extent.width / 2
                                                                    : extent.width;
        cairo_move_to(cairo, text.at.x - shift, text.at.y - extent.baseline);
        set_colour(cairo, text.colour);
        pango_cairo_show_layout(cairo, layout);
        cairo_new_path(cairo);
    }
};

}  // namespace

void paint_scene(cairo_t* cairo, const chart::Scene& scene) {
    cairo_save(cairo);
    cairo_set_source_rgb(cairo, 1, 1, 1);
    cairo_rectangle(cairo, 0, 0, scene.width, scene.height);
    cairo_fill(cairo);
    PangoLayout* layout = make_text_layout(cairo);
    const Painter painter{cairo, layout};
    for (const chart::Shape& shape : scene.shapes) std::visit(painter, shape);
    g_object_unref(layout);
    cairo_restore(cairo);
}

}  // namespace sonda::render
