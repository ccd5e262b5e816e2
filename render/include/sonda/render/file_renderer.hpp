// Scenes written as files: PNG at a width in pixels, PDF and SVG at the
// scene's size in points. A summary of several pages is one PDF.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "sonda/chart/scene.hpp"

namespace sonda::render {

enum class FileFormat { Png, Pdf, Svg };

std::optional<FileFormat> file_format_named(std::string_view name);  // "png", "pdf", "svg"

// One scene into `out`. `png_width` is the PNG's width in pixels (its height
// follows the scene's proportions); PDF and SVG ignore it. Throws
// sonda::StorageError when cairo cannot write.
void write_scene(const chart::Scene& scene, FileFormat format, int png_width, std::ostream& out);

// How wide `text` is drawn at `size` (in the scene's units), as pango sets it:
// what chart::text_width must never fall short of.
double drawn_text_width(std::string_view text, double size, bool bold = false);

// Pages of equal size as one PDF document.
void write_pdf_pages(const std::vector<chart::Scene>& pages, std::ostream& out);

}  // namespace sonda::render
