// Loads the plugins' panel modules (the panels/ folder of the installation's
// plugin folder and of every SONDA_PLUGIN_PATH entry: panel_search_folders()). A
// module built for another panels API is refused with a message; the others load.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sonda/plugin/plugin_host.hpp"

namespace sonda::gui {

class PanelRegistry;

class PanelHost {
  public:
    explicit PanelHost(PanelRegistry& registry);
    ~PanelHost() = default;  // destroys the panels, then unloads the modules
    PanelHost(const PanelHost&) = delete;
    PanelHost& operator=(const PanelHost&) = delete;

    void load_default();
    void load_directory(const std::string& folder) { m_modules.load_directory(folder); }
    const PluginInfo& load_file(const std::string& file) { return m_modules.load_file(file); }
    const std::vector<PluginInfo>& modules() const { return m_modules.infos(); }

  private:
    ModuleSet m_modules;
};

}  // namespace sonda::gui
