// A core chart scene (sonda/chart/scene.hpp) drawn into the current ImGui
// window: the dashboard shows the very charts `sonda chart` writes to files,
// scaled to the width it has, so a view and its slide never disagree.
#pragma once

#include "sonda/chart/scene.hpp"

namespace sonda::gui {

// Draws `scene` at the cursor, `width` pixels wide (its height to scale), and
// moves the cursor below it. Returns the scale used (pixels per point).
float draw_scene(const chart::Scene& scene, float width);

}  // namespace sonda::gui
