// The left column: form, the two waves to compare, territory and role
// filters, minimum cell size, language. Returns the edited selection.
#pragma once

#include "sonda/gui/dashboard_model.hpp"

namespace sonda::dashboard {

// Draws the controls for `model`; returns true when `selection` was edited.
bool draw_selection_controls(const gui::DashboardModel& model, gui::Selection& selection);

}  // namespace sonda::dashboard
