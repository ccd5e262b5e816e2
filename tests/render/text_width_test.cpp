// chart::text_width against pango itself, in the font the renderer draws
// with: core lays out labels with the first, cairo draws with the second, and
// a label wider on the page than in the layout would overlap its neighbour.
#include "sonda/chart/text_width.hpp"

#include <pango/pangocairo.h>

#include <catch2/catch.hpp>

namespace {

double pango_width(const std::string& text, double size, bool bold) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 4);
    cairo_t* cairo = cairo_create(surface);
    PangoLayout* layout = pango_cairo_create_layout(cairo);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout), options);
    cairo_font_options_destroy(options);
    // Unrounded glyph positions: rounding each advance to a whole unit
    // widens a 15 pt line by up to half a unit a letter.
    pango_context_set_round_glyph_positions(pango_layout_get_context(layout), FALSE);
    pango_layout_context_changed(layout);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cairo);
    cairo_surface_destroy(surface);
    return static_cast<double>(width) / PANGO_SCALE;
}

}  // namespace

TEST_CASE("[render] text_width is never narrower than pango's text, and close to it", "[render]") {
    const char* samples[] = {
        "Società della Salute Pistoiese",
        "Consolidamento e sviluppo",
        "Collaborazione attuale con Neuropsichiatria Infantile (UFSMIA)",
        "Piana di Lucca",
        "WWW MMM AVA To Ty",
        "perché più già è così",
        "Punto: il cambiamento tra chi ha risposto entrambe le volte (n = coppie)",
        "n 11",
        "+0,90",
        "Comune di Livorno · Laboratorio 1 → Follow-up"};
    for (const char* sample : samples)
        for (bool bold : {false, true})
            for (double size : {12.0, 15.0, 24.0}) {
                const double estimate = sonda::chart::text_width(sample, size, bold);
                const double drawn = pango_width(sample, size, bold);
                INFO(sample << " at " << size << (bold ? " bold" : ""));
                CHECK(drawn <= estimate + 0.5);
                // Only "→" (a full em in the estimate) may make it much wider.
                CHECK(estimate <= drawn * 1.06 + 2);
            }
}
