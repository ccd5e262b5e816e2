#include "sonda/gui/panel_host.hpp"

#include <algorithm>
#include <filesystem>

#include "sonda/gui/panel_api.hpp"
#include "sonda/gui/panel_registry.hpp"
#include "sonda/plugin/module_library.hpp"

namespace sonda::gui {

namespace fs = std::filesystem;

struct PanelHost::Loaded {
    std::unique_ptr<ModuleLibrary> library;
    std::string name;
};

PanelHost::PanelHost(PanelRegistry& registry) : m_registry(registry) {}

PanelHost::~PanelHost() {
    for (auto& loaded : m_libraries) m_registry.remove_owner(loaded->name);
    m_libraries.clear();
}

void PanelHost::load_default() {
    for (const std::string& folder : PluginHost::default_search_path())
        load_directory((fs::path(folder) / "panels").string());
}

void PanelHost::load_directory(const std::string& folder) {
    for (const std::string& file : module_files(folder)) load_file(file);
}

const PluginInfo& PanelHost::load_file(const std::string& file) {
    PluginInfo info;
    info.file = file;
    auto fail = [&](std::string why) -> const PluginInfo& {
        info.error = std::move(why);
        m_infos.push_back(info);
        return m_infos.back();
    };
    std::string error;
    auto library = ModuleLibrary::open(file, "sonda_panels_api_version", SONDA_PANELS_API_VERSION,
                                       {"sonda_panels_name", "sonda_panels_register"},
                                       info.api_version, error);
    if (!library) return fail(error);
    info.name = library->function<const char* (*)()>("sonda_panels_name")();
    for (const auto& other : m_libraries)
        if (other->name == info.name)
            return fail(file + ": panels of '" + info.name + "' are already loaded from another file");
    try {
        PanelRegistrar registrar(m_registry, info.name);
        library->function<void (*)(PanelRegistrar*)>("sonda_panels_register")(&registrar);
    } catch (const std::exception& failure) {
        m_registry.remove_owner(info.name);
        return fail(file + ": panels of '" + info.name + "' failed to register: " + failure.what());
    }
    auto loaded = std::make_unique<Loaded>();
    loaded->library = std::move(library);
    loaded->name = info.name;
    m_libraries.push_back(std::move(loaded));
    info.loaded = true;
    m_infos.push_back(info);
    return m_infos.back();
}

}  // namespace sonda::gui
