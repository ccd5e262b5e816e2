// What an instrument adds to a group, in the HTML report. The network map of
// the network-dimensions plugin is drawn: both waves' concentric circles one
// above the other (full width, so labels print at 8 pt), actors that moved
// inward or outward, appeared or disappeared marked, moves drawn as arrows.
// Everything else an instrument returns (theme changes, objective
// transitions, keys of plugins written later) is rendered generically as
// tables, so nothing it says is lost.
#pragma once

#include <Poco/JSON/Object.h>

#include <ostream>
#include <string>
#include <vector>

#include "sonda/chart/network_map_layout.hpp"
#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

// The actors of both waves' maps out of the network-dimensions plugin's JSON
// ({"network_map": {"rings", "actors": {"moved_inward": [{"actor", "label",
// "ring_from", "ring_to"}], ...}}}), one entry per actor with its ring in each
// wave. False when the object does not carry maps in that shape.
bool network_map_actors(const Poco::JSON::Object& instrument,
                        std::vector<chart::MapActorInput>& actors, int& rings);

// One wave's map as inline SVG, drawn from its layout: rings numbered, actors
// with leader lines to their labels and, on the second wave's map, an arrow
// from the ring each moved actor left.
void write_network_map_svg(const chart::MapLayout& layout, const std::string& title,
                           std::ostream& out);

void write_instrument_html(const Poco::JSON::Object& instrument, const Report& report,
                           const Study* study, const std::string& language, std::ostream& out);

}  // namespace sonda::report_detail
