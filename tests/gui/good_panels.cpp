// A panel module as a plugin author writes one: the host must load it.
#include <imgui.h>

#include "sonda/gui/panel_api.hpp"

namespace {
class HelloPanel : public sonda::gui::Panel {
  public:
    HelloPanel() : Panel("test-hello", "Hello", "test-instrument") {}

  protected:
    void draw_content(sonda::gui::PanelContext&) override { ImGui::TextUnformatted("hello"); }
};
}  // namespace

SONDA_PANELS("test-good") { panels.add(std::make_unique<HelloPanel>()); }
