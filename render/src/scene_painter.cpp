#include "scene_painter.hpp"

#include <pango/pangocairo.h>

#include <memory>

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
        std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
            pango_font_description_from_string("DejaVu Sans"), pango_font_description_free);
        pango_font_description_set_absolute_size(font.get(), text.size * PANGO_SCALE);
        pango_font_description_set_weight(font.get(),
                                          text.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout, font.get());
        pango_layout_set_text(layout, text.text.c_str(), static_cast<int>(text.text.size()));
        int width = 0, height = 0;
        pango_layout_get_size(layout, &width, &height);
        const double shift = text.anchor == chart::Anchor::Start    ? 0.0
                             : text.anchor == chart::Anchor::Middle ? width / 2.0
                                                                    : static_cast<double>(width);
        const double baseline = pango_layout_get_baseline(layout);
        cairo_move_to(cairo, text.at.x - shift / PANGO_SCALE, text.at.y - baseline / PANGO_SCALE);
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
    PangoLayout* layout = pango_cairo_create_layout(cairo);
    // Unhinted metrics: text is as wide on a PNG as in the PDF and as
    // chart::text_width says, so labels laid out in core do not collide.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout), options);
    cairo_font_options_destroy(options);
    // Unrounded glyph positions: rounding each advance to a whole unit
    // widens a 15 pt line by up to half a unit a letter.
    pango_context_set_round_glyph_positions(pango_layout_get_context(layout), FALSE);
    pango_layout_context_changed(layout);
    const Painter painter{cairo, layout};
    for (const chart::Shape& shape : scene.shapes) std::visit(painter, shape);
    g_object_unref(layout);
    cairo_restore(cairo);
}

}  // namespace sonda::render
