// A panel is a plugin's code: when its draw_content() throws, the dashboard
// closes what the panel left open in ImGui (windows, tables, groups, IDs,
// pushed styles), shows the failure in the panel's place and carries on, so
// one broken panel never takes the window with it.
#pragma once

#include <string>

#include "sonda/gui/panel.hpp"

namespace sonda::dashboard {

// Draws `panel`, or, once it has failed, `failure` instead (with a button to
// try again, which clears it). Sets `failure` to what went wrong when the
// panel throws; the frame stays balanced either way.
void draw_guarded(gui::Panel& panel, gui::PanelContext& context, std::string& failure);

}  // namespace sonda::dashboard
