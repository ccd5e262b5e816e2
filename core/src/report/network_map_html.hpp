// What an instrument adds to a group, in the HTML report. The network map of
// the network-dimensions plugin is drawn: both waves' concentric circles side
// by side, actors that moved inward or outward, appeared or disappeared
// marked. Everything else an instrument returns (theme changes, objective
// transitions, keys of plugins written later) is rendered generically as
// tables, so nothing it says is lost.
#pragma once

#include <Poco/JSON/Object.h>

#include <ostream>
#include <string>
#include <vector>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

struct MapActor {
    std::string name;
    double ring = 1;   // 1 = closest to the centre; a median may fall between rings
    std::string mark;  // "inward", "outward", "appeared", "disappeared" or empty
};

// One wave's map as inline SVG: `rings` circles, actors spread around them.
void write_network_map_svg(const std::vector<MapActor>& actors, int rings, const std::string& title,
                           std::ostream& out);

void write_instrument_html(const Poco::JSON::Object& instrument, const Report& report,
                           const Study* study, const std::string& language, std::ostream& out);

}  // namespace sonda::report_detail
