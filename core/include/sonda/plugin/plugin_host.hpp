// Loads instrument plugins at run time (Poco::SharedLibrary) from build/plugins
// next to the executable and from the folders in SONDA_PLUGIN_PATH. A plugin
// that cannot be loaded, or was built for another API version, is reported and
// skipped; the others still load.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace sonda {

class Registry;

struct PluginInfo {
    std::string file;
    std::string name;
    std::string version;
    std::string description;
    int api_version = 0;
    bool loaded = false;
    std::string error;  // why it was not loaded: what, where, expected and found
};

class PluginHost {
public:
    explicit PluginHost(Registry& registry);
    ~PluginHost();  // removes every plugin's objects from the registry, then unloads
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // The default folders: <dir of the executable>/../plugins, then SONDA_PLUGIN_PATH (':' separated).
    static std::vector<std::string> default_search_path();

    void load_default();
    void load_directory(const std::string& folder);  // every *.so in it
    const PluginInfo& load_file(const std::string& file);

    const std::vector<PluginInfo>& plugins() const { return m_infos; }

private:
    struct Loaded;
    Registry& m_registry;
    std::vector<PluginInfo> m_infos;
    std::vector<std::unique_ptr<Loaded>> m_libraries;
};

}  // namespace sonda
