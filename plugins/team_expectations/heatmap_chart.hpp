// The heatmap of team-expectations: themes x services, how many texts of the
// later wave name each theme for each service, the change since the earlier
// wave in brackets. `sonda chart --chart heatmap` draws it for a slide; the
// HTML report draws the same scene in each group.
#pragma once

#include "sonda/plugin/instrument_chart.hpp"

namespace sonda::team_expectations {

// The heatmap of one group of `report` (null: nobody answered), on a slide.
chart::Scene heatmap_scene(const Report& report, const GroupReport* group, const Study& study,
                           const std::string& language);

class HeatmapChart final : public InstrumentChart {
  public:
    std::string instrument() const override;
    std::string name() const override { return "heatmap"; }
    std::string description(const std::string& language) const override;
    chart::Scene draw(const Report& report, const Study& study,
                      const std::string& language) const override;
};

}  // namespace sonda::team_expectations
