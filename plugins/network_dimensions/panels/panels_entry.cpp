// The network-dimensions panel module: registers its panels and the network
// map's data-entry editor with the dashboard.
#include "dimension_change_panel.hpp"
#include "network_map_editor.hpp"
#include "network_map_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "sonda/i18n/catalogue.hpp"

// The panels' titles in each language, through the dashboard's catalogue.
constexpr sonda::i18n::Message kEnglish[] = {
    {"panel.network-dimensions.dimensions", "Network dimensions"},
    {"panel.network-dimensions.map", "Network map"}};
constexpr sonda::i18n::Message kItalian[] = {
    {"panel.network-dimensions.dimensions", "Dimensioni della rete"},
    {"panel.network-dimensions.map", "Mappa di rete"}};

SONDA_PANELS("network-dimensions") {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
    using namespace sonda::network_dimensions::panels;
    panels.add(std::make_unique<DimensionChangePanel>());
    panels.add(std::make_unique<NetworkMapPanel>());
    panels.add_editor(std::make_unique<NetworkMapEditor>());
}
