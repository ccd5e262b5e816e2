// The team-expectations panel module: registers its dashboard panel.
#include "expectations_heatmap_panel.hpp"
#include "sonda/gui/panel_api.hpp"

SONDA_PANELS("team-expectations") {
    panels.add(std::make_unique<sonda::team_expectations::panels::ExpectationsHeatmapPanel>());
}
