#include "sonda/gui/panel_host.hpp"

#include "sonda/gui/panel_api.hpp"
#include "sonda/gui/panel_registry.hpp"
#include "sonda/plugin/module_library.hpp"
#include "sonda/util/install_layout.hpp"

namespace sonda::gui {

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
    for (const SearchFolder& folder : panel_search_folders()) m_modules.load_directory(folder.path);
}

}  // namespace sonda::gui
