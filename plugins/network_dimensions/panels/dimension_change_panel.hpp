// Per territory, each of the four dimensions from wave A to wave B: a
// dumbbell with the 95% interval of the change, the end coloured by its band,
// and a radar of the four dimensions with both waves overlaid.
#pragma once

#include "sonda/gui/panel.hpp"

namespace sonda::network_dimensions::panels {

class DimensionChangePanel : public gui::Panel {
  public:
    DimensionChangePanel();

  protected:
    void draw_content(gui::PanelContext& context) override;
};

}  // namespace sonda::network_dimensions::panels
