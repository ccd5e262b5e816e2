// The network-dimensions panel module: registers its panels and the network
// map's data-entry editor with the dashboard.
#include "dimension_change_panel.hpp"
#include "network_map_editor.hpp"
#include "network_map_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "sonda/i18n/catalogue.hpp"

// The panels' titles and words in each language, through the catalogue.
constexpr sonda::i18n::Message kEnglish[] = {
    {"panel.network-dimensions.dimensions", "Network dimensions"},
    {"panel.network-dimensions.map", "Network map"},
    {"network-dimensions.map.counts",
     "%d moved inward, %d moved outward, %d appeared, %d disappeared, %d on the same ring"},
    {"network-dimensions.map.unclassified",
     "%d with a wave withheld (fewer than %d placed them): no move shown"},
    {"network-dimensions.map.withheld_actors",
     "%d more not shown: placed by fewer than %d respondents"},
    {"network-dimensions.map.ring", "ring %s → %s"},
    {"network-dimensions.map.placed_by", "placed by %s → %s"},
    {"network-dimensions.map.fewer", "fewer than %d"},
    {"network-dimensions.map.move_hidden", "move not shown: a wave is withheld"}};
constexpr sonda::i18n::Message kItalian[] = {
    {"panel.network-dimensions.dimensions", "Dimensioni della rete"},
    {"panel.network-dimensions.map", "Mappa di rete"},
    {"network-dimensions.map.counts",
     "%d verso il centro, %d verso l'esterno, %d comparsi, %d scomparsi, %d nello stesso cerchio"},
    {"network-dimensions.map.unclassified",
     "%d con una rilevazione oscurata (collocati da meno di %d): spostamento non mostrato"},
    {"network-dimensions.map.withheld_actors",
     "altri %d non mostrati: collocati da meno di %d rispondenti"},
    {"network-dimensions.map.ring", "cerchio %s → %s"},
    {"network-dimensions.map.placed_by", "collocato da %s → %s"},
    {"network-dimensions.map.fewer", "meno di %d"},
    {"network-dimensions.map.move_hidden", "spostamento non mostrato: una rilevazione è oscurata"}};

SONDA_PANELS("network-dimensions") {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
    using namespace sonda::network_dimensions::panels;
    panels.add(std::make_unique<DimensionChangePanel>());
    panels.add(std::make_unique<NetworkMapPanel>());
    panels.add_editor(std::make_unique<NetworkMapEditor>());
}
