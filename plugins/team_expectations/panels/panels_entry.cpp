// The team-expectations panel module: registers its dashboard panel.
#include "expectations_heatmap_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "sonda/i18n/catalogue.hpp"

// The panels' titles in each language, through the dashboard's catalogue.
constexpr sonda::i18n::Message kEnglish[] = {
    {"panel.team-expectations.heatmap", "Team expectations"}};
constexpr sonda::i18n::Message kItalian[] = {
    {"panel.team-expectations.heatmap", "Aspettative delle équipe"}};

SONDA_PANELS("team-expectations") {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
    panels.add(std::make_unique<sonda::team_expectations::panels::ExpectationsHeatmapPanel>());
}
