// A dashboard panel: one view of one instrument's change between two waves
// (dimension slopes, network maps, theme heatmaps, objective boards). Panels
// come from the plugins' panel modules; the dashboard only hosts them. Like
// ImHex's views, draw() is final and owns the ImGui child region, so a panel
// writes only draw_content().
#pragma once

#include <string>

namespace sonda::gui {

class DashboardModel;

struct PanelContext {
    DashboardModel& model;
    std::string language;  // labels in this language ("it", "en")
    float scale = 1.0f;    // monitor content scale, for sizes that are not text
};

class Panel {
  public:
    // `id` is stable and used by --view; `title` is what the tab shows.
    Panel(std::string id, std::string title, std::string instrument);
    virtual ~Panel();
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

    void draw(PanelContext& context);

    const std::string& id() const { return m_id; }
    const std::string& title() const { return m_title; }
    // The instrument whose forms this panel shows.
    const std::string& instrument() const { return m_instrument; }
    // Whether it is still computing what it shows (a screenshot waits for it).
    virtual bool busy() const { return false; }

  protected:
    virtual void draw_content(PanelContext& context) = 0;

  private:
    std::string m_id;
    std::string m_title;
    std::string m_instrument;
};

}  // namespace sonda::gui
