// The dashboard panel of collaboration-factors: for everyone and for each
// territory, one row per factor from its mean at the first wave to its mean
// at the second, read from the instrument's extras in the core's report
// (factor_means.hpp). A withheld mean is drawn as withheld, never as zero;
// the panel computes nothing.
#pragma once

#include "sonda/gui/panel.hpp"

namespace collaboration_factors {

class FactorChangePanel : public sonda::gui::Panel {
  public:
    FactorChangePanel();

  protected:
    void draw_content(sonda::gui::PanelContext& context) override;
};

}  // namespace collaboration_factors
