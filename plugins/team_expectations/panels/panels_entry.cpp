// The team-expectations panel module: registers its dashboard panel.
#include "expectations_heatmap_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "team_expectations/messages.hpp"

SONDA_PANELS("team-expectations") {
    // The panel's words are the plugin's (messages.cpp): added here too, so
    // that the panels speak even when loaded without the instrument.
    sonda::team_expectations::add_messages();
    panels.add(std::make_unique<sonda::team_expectations::panels::ExpectationsHeatmapPanel>());
}
