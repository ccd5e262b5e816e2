// Loads instrument plugins at run time (Poco::SharedLibrary) from the
// installation's plugin folder and from the folders in SONDA_PLUGIN_PATH
// (sonda/util/install_layout.hpp). A plugin
// that cannot be loaded, or was built for another API version, is reported and
// skipped; the others still load.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sonda/plugin/module_set.hpp"

namespace sonda {

class Registry;

class PluginHost {
  public:
    explicit PluginHost(Registry& registry);
    ~PluginHost() =
        default;  // every plugin's objects leave the registry, then the libraries unload
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // The default folders: <prefix>/lib/sonda/plugins, then SONDA_PLUGIN_PATH (':' separated);
    // plugin_search_folders() says which exist and why each is searched.
    static std::vector<std::string> default_search_path();

    void load_default();
    void load_directory(const std::string& folder) { m_modules.load_directory(folder); }
    const PluginInfo& load_file(const std::string& file) { return m_modules.load_file(file); }

    const std::vector<PluginInfo>& plugins() const { return m_modules.infos(); }

  private:
    ModuleSet m_modules;
};

}  // namespace sonda
