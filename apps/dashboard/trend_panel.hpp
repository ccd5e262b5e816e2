// The built-in "Trend" tab: every wave of the selected form at once (a line
// per score, mean with its interval and n per wave) and every territory side
// by side on one axis per score. These are the charts `sonda chart trend` and
// `sonda chart territories` write for slides, drawn by the core and computed
// off the UI thread.
#pragma once

#include <future>
#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"
#include "sonda/gui/panel.hpp"

namespace sonda::dashboard {

class TrendPanel : public gui::Panel {
  public:
    TrendPanel();
    ~TrendPanel() override;
    bool busy() const override { return m_pending.valid(); }

  protected:
    void draw_content(gui::PanelContext& context) override;

  private:
    struct Charts {
        std::vector<chart::Scene> scenes;
        std::string error;
    };
    std::string m_key;  // what the charts shown (or being drawn) are for
    std::future<Charts> m_pending;
    Charts m_charts;
};

}  // namespace sonda::dashboard
