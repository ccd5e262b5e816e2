// The network maps of a report group in the HTML report: both waves'
// concentric circles one above the other (full width, so labels print at
// 8 pt), actors that moved inward or outward, appeared or disappeared marked,
// moves drawn as arrows, and the legend above them. Inline SVG written from
// the layout (map_layout.hpp), in the colours of the maps sonda draws as
// files (map_scene.hpp).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "map_layout.hpp"
#include "sonda/plugin/report_section.hpp"

namespace sonda::network_dimensions {

// One wave's map as inline SVG, drawn from its layout: rings numbered, actors
// with leader lines to their labels and, on the second wave's map, an arrow
// from the ring each moved actor left.
void write_network_map_svg(const MapLayout& layout, const std::string& title, std::ostream& out);

// The legend and both waves' maps of `actors` (map_inputs, map_chart.hpp).
void write_maps_html(const std::vector<MapActorInput>& actors, int rings, const SectionInput& input,
                     std::ostream& out);

}  // namespace sonda::network_dimensions
