#include "text_layout.hpp"

#include <memory>

#include "sonda/render/file_renderer.hpp"

namespace sonda::render {

PangoLayout* make_text_layout(cairo_t* cairo) {
    PangoLayout* layout = pango_cairo_create_layout(cairo);
    PangoContext* context = pango_layout_get_context(layout);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    // Rounding each advance to a whole unit widens a 15 pt line by up to
    // half a unit a letter.
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_layout_context_changed(layout);
    return layout;
}

TextExtent set_text(PangoLayout* layout, std::string_view text, double size, bool bold) {
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
        pango_font_description_from_string("DejaVu Sans"), pango_font_description_free);
    pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font.get());
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    return {static_cast<double>(width) / PANGO_SCALE,
            static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE};
}

double drawn_text_width(std::string_view text, double size, bool bold) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 4);
    cairo_t* cairo = cairo_create(surface);
    PangoLayout* layout = make_text_layout(cairo);
    const double width = set_text(layout, text, size, bold).width;
    g_object_unref(layout);
    cairo_destroy(cairo);
    cairo_surface_destroy(surface);
    return width;
}

}  // namespace sonda::render
