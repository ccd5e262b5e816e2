// One pango layout set up as every text of sonda is drawn: DejaVu Sans,
// unhinted metrics and unrounded glyph positions, so a text is as wide on a
// PNG as in the PDF and as chart::text_width says.
#pragma once

#include <pango/pangocairo.h>

#include <string_view>

namespace sonda::render {

// The caller unreferences it (g_object_unref).
PangoLayout* make_text_layout(cairo_t* cairo);
// Sets the text and its font; returns its width and baseline in user units.
struct TextExtent {
    double width = 0, baseline = 0;
};
TextExtent set_text(PangoLayout* layout, std::string_view text, double size, bool bold);

}  // namespace sonda::render
