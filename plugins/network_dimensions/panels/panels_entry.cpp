// The network-dimensions panel module: registers its panels and the network
// map's data-entry editor with the dashboard.
#include "dimension_change_panel.hpp"
#include "messages.hpp"
#include "network_map_editor.hpp"
#include "network_map_panel.hpp"
#include "sonda/gui/panel_api.hpp"

SONDA_PANELS("network-dimensions") {
    // The panels' words are the plugin's (messages.cpp): added here too, so
    // that the panels speak even when loaded without the instrument.
    sonda::network_dimensions::add_messages();
    using namespace sonda::network_dimensions::panels;
    panels.add(std::make_unique<DimensionChangePanel>());
    panels.add(std::make_unique<NetworkMapPanel>());
    panels.add_editor(std::make_unique<NetworkMapEditor>());
}
