#include "sonda/gui/panel_host.hpp"

#include <algorithm>
#include <filesystem>

#include "sonda/gui/panel_api.hpp"
#include "sonda/gui/panel_registry.hpp"
#include "sonda/plugin/module_library.hpp"

namespace sonda::gui {

namespace fs = std::filesystem;

PanelHost::PanelHost(PanelRegistry& registry)
    : m_modules(ModuleKind{
          "sonda_panels_api_version",
          SONDA_PANELS_API_VERSION,
          {"sonda_panels_register"},
          "sonda_panels_name",
          "panel module",
          nullptr,
          [&registry](const ModuleLibrary& library, const std::string& name) {
              PanelRegistrar registrar(registry, name);
              library.function<void (*)(PanelRegistrar*)>("sonda_panels_register")(&registrar);
          },
          [&registry](const std::string& name) { registry.remove_owner(name); }}) {}

void PanelHost::load_default() {
    for (const std::string& folder : PluginHost::default_search_path())
        m_modules.load_directory((fs::path(folder) / "panels").string());
}

}  // namespace sonda::gui
