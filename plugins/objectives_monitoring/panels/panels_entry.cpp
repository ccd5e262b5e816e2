// The objectives-monitoring panel module: registers the objectives board and
// the objective list's data-entry editor with the dashboard.
#include "objective_list_editor.hpp"
#include "objectives_board_panel.hpp"
#include "sonda/gui/panel_api.hpp"
#include "sonda/i18n/catalogue.hpp"

// The panels' titles in each language, through the dashboard's catalogue.
constexpr sonda::i18n::Message kEnglish[] = {
    {"panel.objectives-monitoring.board", "Objectives board"}};
constexpr sonda::i18n::Message kItalian[] = {
    {"panel.objectives-monitoring.board", "Tabellone degli obiettivi"}};

SONDA_PANELS("objectives-monitoring") {
    sonda::i18n::Catalogue::instance().add("en", kEnglish);
    sonda::i18n::Catalogue::instance().add("it", kItalian);
    using namespace sonda::objectives::panels;
    panels.add(std::make_unique<ObjectivesBoardPanel>());
    panels.add_editor(std::make_unique<ObjectiveListEditor>());
}
