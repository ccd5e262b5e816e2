// How wide a line of text is when drawn in DejaVu Sans, without a font
// library: core lays out charts (margins, labels that must not overlap) and
// the renderers draw in that font, so the two agree. Kerning only narrows
// text, so the width is never an underestimate for Latin-1; other characters
// count as a full em.
#pragma once

#include <string_view>

namespace sonda::chart {

// Width of UTF-8 `text` at font size `size` (same units as the result).
double text_width(std::string_view text, double size, bool bold = false);

}  // namespace sonda::chart
