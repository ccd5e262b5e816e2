// Per territory, the network maps of the two waves side by side: concentric
// rings with the own service at the centre, each actor on its (median) ring,
// coloured by how it moved: inward, outward, appeared, disappeared. Hovering an
// actor shows its rings and how many placed it. An actor's wave placed by
// fewer than the minimum cell is withheld by the instrument: not drawn on that
// wave's map, its count said to be small; actors withheld at every wave are
// only counted.
#pragma once

#include "sonda/gui/panel.hpp"

namespace sonda::network_dimensions::panels {

class NetworkMapPanel : public gui::Panel {
  public:
    NetworkMapPanel();

  protected:
    void draw_content(gui::PanelContext& context) override;
};

}  // namespace sonda::network_dimensions::panels
