// The built-in first tab: every score of the selected form, per territory and
// for everyone, as the core's report has it (n, means, change, interval, p,
// effect size, bands), suppressed cells shown as suppressed.
#pragma once

#include "sonda/gui/panel.hpp"

namespace sonda::dashboard {

class OverviewPanel : public gui::Panel {
  public:
    OverviewPanel();

  protected:
    void draw_content(gui::PanelContext& context) override;
};

}  // namespace sonda::dashboard
