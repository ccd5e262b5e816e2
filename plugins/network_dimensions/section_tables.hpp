// The tables of network-dimensions' report section below its maps: who
// answered, how many respondents each dimension put in each band at each
// wave, and the map's actors with their rings and moves; in HTML and for the
// terminal. With the maps they show every key of the group's extras.
#pragma once

#include <ostream>
#include <set>
#include <string>

#include "map_change.hpp"
#include "sonda/plugin/report_section.hpp"

namespace sonda::network_dimensions {

const std::set<std::string>& section_keys();

// `change` is the group's map as the section read it (read_map_change).
void write_tables_html(const SectionInput& input, const MapChange& change, std::ostream& out);
void write_tables_text(const SectionInput& input, const MapChange& change, std::ostream& out);

}  // namespace sonda::network_dimensions
