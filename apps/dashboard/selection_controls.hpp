// The left column: form, the two waves to compare, territory and role
// filters, minimum cell size, language. Returns the edited selection.
#pragma once

#include "sonda/gui/dashboard_model.hpp"

namespace sonda::dashboard {

// Draws the controls for `model`; returns true when `selection` was edited.
bool draw_selection_controls(const gui::DashboardModel& model, gui::Selection& selection);

// Parts of it, each ending with its own widget (tests click them): the
// minimum cell slider, which never goes below the study's min_cell, and the
// checkbox that lets it go lower (suppression off, raw data holders only).
bool draw_min_cell_slider(const gui::DashboardModel& model, gui::Selection& selection);
bool draw_small_groups_toggle(const gui::DashboardModel& model, gui::Selection& selection);

}  // namespace sonda::dashboard
