// Loads the plugins' panel modules (build/plugins/panels next to the
// executable, and a panels/ folder under every SONDA_PLUGIN_PATH entry). A
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
    ~PanelHost();  // destroys the panels, then unloads the modules
    PanelHost(const PanelHost&) = delete;
    PanelHost& operator=(const PanelHost&) = delete;

    void load_default();
    void load_directory(const std::string& folder);
    const PluginInfo& load_file(const std::string& file);
    const std::vector<PluginInfo>& modules() const { return m_infos; }

private:
    struct Loaded;
    PanelRegistry& m_registry;
    std::vector<PluginInfo> m_infos;
    std::vector<std::unique_ptr<Loaded>> m_libraries;
};

}  // namespace sonda::gui
