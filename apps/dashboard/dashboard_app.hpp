// The dashboard host: controls on the left, the selected form's panels as tabs
// on the right (a built-in overview first, then the plugins' panels). It owns
// no figures: the DashboardModel asks the core for them when the selection
// changes.
#pragma once

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sonda/gui/dashboard_model.hpp"
#include "sonda/gui/panel.hpp"
#include "sonda/gui/panel_registry.hpp"

namespace sonda {
class Project;
}

namespace sonda::dashboard {

struct DashboardOptions {
    std::string screenshot;           // write a PNG of the first settled frame and exit
    bool screenshot_panel = false;    // ... of the panel only, without the sidebar
    bool presentation = false;        // start in presentation mode (no sidebar, larger text)
    std::string export_folder = ".";  // where Export PNG writes
    int width = 1440;
    int height = 900;
    std::string view;  // panel id to show first ("overview" or a plugin panel id)
    std::string language;
    std::string form;
    std::string from_wave;
    std::string to_wave;
    // See DashboardModel::set_full_report_limit; no limit by default.
    long long full_report_limit = std::numeric_limits<long long>::max();
    std::vector<std::string> territories;  // the first filters (empty = all)
    std::vector<std::string> roles;
    std::optional<int> min_cell;     // default: the study's; lower only with show_small_groups
    bool show_small_groups = false;  // suppression off, as `sonda report --no-suppression`
};

class DashboardApp {
  public:
    DashboardApp(Project& project, gui::PanelRegistry& panels, DashboardOptions options);
    ~DashboardApp();

    // Opens the window and runs until it closes, or writes the screenshot.
    int run();

    // One ImGui frame of the whole dashboard; needs only an ImGui context with
    // a built font atlas, so tests can drive it without a window.
    void draw(float scale);

    gui::DashboardModel& model() { return m_model; }
    // The panels shown for the current form, overview first.
    std::vector<gui::Panel*> visible_panels() const;
    const std::string& current_view() const { return m_current_view; }

  private:
    void draw_controls(float scale);
    void draw_panels(float scale);
    void draw_presentation_bar();
    // The panel area of the last frame, in framebuffer pixels.
    std::vector<unsigned char> panel_pixels(std::vector<unsigned char> window, int& width,
                                            int& height) const;
    void export_panel(std::vector<unsigned char> window, int width, int height);

    Project& m_project;
    gui::PanelRegistry& m_panels;
    DashboardOptions m_options;
    gui::DashboardModel m_model;
    std::unique_ptr<gui::Panel> m_overview;
    std::unique_ptr<gui::Panel> m_trend;
    std::unique_ptr<gui::Panel> m_entry;
    std::string m_requested_view;  // applied once, at the next frame
    std::string m_current_view;
    bool m_export_requested = false;
    bool m_presentation = false;
    std::string m_export_folder;
    float m_panel_x = 0, m_panel_y = 0, m_panel_width = 0, m_panel_height = 0;  // display units
    std::string m_status;
    // Panel id -> why it failed (panel_guard.hpp); cleared with new reports.
    std::map<std::string, std::string> m_panel_failures;
    int m_failures_generation = -1;
};

}  // namespace sonda::dashboard
