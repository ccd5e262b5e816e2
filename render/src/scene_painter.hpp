// Draws a scene's shapes on a cairo context, text set by pango in DejaVu Sans
// (the font chart::text_width measures, so layouts made in core fit).
#pragma once

#include <cairo.h>

#include "sonda/chart/scene.hpp"

namespace sonda::render {

void paint_scene(cairo_t* cairo, const chart::Scene& scene);

}  // namespace sonda::render
