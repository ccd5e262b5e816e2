// A network map layout (network_map_layout.hpp) drawn as scene shapes, for
// the files sonda writes itself (sonda chart, sonda summary): rings and their
// numbers, the centre disc, leader lines, dots coloured by their move, an
// arrow from a moved actor's old ring, and the labels.
#pragma once

#include "map_layout.hpp"
#include "sonda/chart/scene.hpp"

namespace sonda::network_dimensions {

using chart::Colour;
using chart::Scene;

Colour map_mark_colour(MapMark mark);
// The label's colour: the dot's, darker where that would be too pale to read.
Colour map_text_colour(MapMark mark);

// The map's shapes into `scene`, its top-left corner at `offset`.
void draw_network_map(Scene& scene, const MapLayout& layout, Point offset);

}  // namespace sonda::network_dimensions
