// What sonda-dashboard loads from panels/collaboration-factors.so: the one
// file with SONDA_PANELS. The panel's title comes from the dashboard's message
// catalogue, under "panel.<panel id>", in each language the plugin gives.
#include "factor_change_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "sonda/i18n/catalogue.hpp"

constexpr sonda::i18n::Message kEnglish[] = {
    {"panel.collaboration-factors.factors", "Collaboration factors"}};
constexpr sonda::i18n::Message kItalian[] = {
    {"panel.collaboration-factors.factors", "Fattori di collaborazione"}};

SONDA_PANELS(SONDA_PLUGIN_NAME) {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
    panels.add(std::make_unique<collaboration_factors::FactorChangePanel>());
}
