// The objectives-monitoring panel module: registers the objectives board and
// the objective list's data-entry editor with the dashboard.
#include "objective_list_editor.hpp"
#include "objectives_board_panel.hpp"
#include "objectives_monitoring/messages.hpp"
#include "sonda/gui/panel_api.hpp"

SONDA_PANELS("objectives-monitoring") {
    // The panels' words are the plugin's (messages.cpp): added here too, so
    // that the panels speak even when loaded without the instrument.
    sonda::objectives::add_messages();
    using namespace sonda::objectives::panels;
    panels.add(std::make_unique<ObjectivesBoardPanel>());
    panels.add_editor(std::make_unique<ObjectiveListEditor>());
}
