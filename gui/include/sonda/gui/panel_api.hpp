// What a plugin's panel module includes. A panel module is a shared library in
// a plugin folder's panels/ (lib/sonda/plugins/panels) that exports C functions; the dashboard
// checks sonda_panels_api_version() before anything else. ImGui comes from libsonda_gui.so, so
// panels draw into the dashboard's one ImGui context.
//
//   SONDA_PANELS("network-dimensions") {
//       panels.add(std::make_unique<DimensionChangePanel>());
//   }
#pragma once

#include <memory>
#include <string>

#include "sonda/gui/panel_registry.hpp"
#include "sonda/plugin/plugin_api.hpp"

// Bump on any change to Panel, PanelContext, DashboardModel or charts.hpp.
#define SONDA_PANELS_API_VERSION 2

namespace sonda::gui {

// What a panel module may do while it registers: add panels, tagged with its
// name so the host can destroy them before unloading the module.
class PanelRegistrar {
  public:
    PanelRegistrar(PanelRegistry& registry, std::string owner)
        : m_registry(registry), m_owner(std::move(owner)) {}
    void add(std::unique_ptr<Panel> panel) { m_registry.add(std::move(panel), m_owner); }
    void add_editor(std::unique_ptr<ItemEditor> editor) {
        m_registry.add_editor(std::move(editor), m_owner);
    }

  private:
    PanelRegistry& m_registry;
    std::string m_owner;
};

}  // namespace sonda::gui

#define SONDA_PANELS(name)                                                                  \
    SONDA_PLUGIN_EXPORT int sonda_panels_api_version() { return SONDA_PANELS_API_VERSION; } \
    SONDA_PLUGIN_EXPORT const char* sonda_panels_name() { return name; }                    \
    static void sonda_panels_setup(::sonda::gui::PanelRegistrar& panels);                   \
    SONDA_PLUGIN_EXPORT void sonda_panels_register(::sonda::gui::PanelRegistrar* panels) {  \
        sonda_panels_setup(*panels);                                                        \
    }                                                                                       \
    static void sonda_panels_setup([[maybe_unused]] ::sonda::gui::PanelRegistrar& panels)
