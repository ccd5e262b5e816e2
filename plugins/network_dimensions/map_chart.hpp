// The network maps as scenes: the chart `network-map` of `sonda chart` (the
// later wave's map across a slide, each move since the earlier wave an
// arrow), and both waves' maps with their legend for a territory's summary.
#pragma once

#include <string>
#include <vector>

#include "map_change.hpp"
#include "map_layout.hpp"
#include "sonda/plugin/instrument_chart.hpp"

namespace sonda::network_dimensions {

// The actors the maps draw: every listed actor with a move (the unclassified
// ones have none) and a ring at either wave, in the reader's order.
std::vector<MapActorInput> map_inputs(const MapChange& change);

struct MapPairArea {
    Point at;  // top-left
    double width = 0, max_height = 0;
    double font_size = 8, min_font = 8;  // labels shrink to fit, never below min_font
    bool side_by_side = true;            // else one map per row
};
// Both waves' maps, each with its caption; returns the height used.
double draw_map_pair(chart::Scene& scene, const std::vector<MapActorInput>& actors, int rings,
                     const MapPairArea& area, const std::string& from_title,
                     const std::string& to_title);
// The legend of the marks and what centre, rings and arrows mean; returns its height.
double draw_map_legend(chart::Scene& scene, Point at, double width, double size,
                       const std::string& language);

class NetworkMapChart final : public InstrumentChart {
  public:
    std::string instrument() const override;
    std::string name() const override { return "network-map"; }
    std::string description(const std::string& language) const override;
    chart::Scene draw(const Report& report, const Study& study,
                      const std::string& language) const override;
};

}  // namespace sonda::network_dimensions
