#include "sonda/plugin/plugin_host.hpp"

#include <Poco/Environment.h>

#include <algorithm>
#include <filesystem>

#include "sonda/plugin/module_library.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"

namespace sonda {

namespace fs = std::filesystem;

struct PluginHost::Loaded {
    std::unique_ptr<ModuleLibrary> library;
    std::string name;
};

PluginHost::PluginHost(Registry& registry) : m_registry(registry) {}

PluginHost::~PluginHost() {
    // Objects first, libraries after: a plugin's destructors live in its library.
    for (auto& loaded : m_libraries) m_registry.remove_owner(loaded->name);
    m_libraries.clear();
}

std::vector<std::string> PluginHost::default_search_path() {
    std::vector<std::string> folders;
    std::error_code ignored;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ignored);
    if (!exe.empty()) folders.push_back((exe.parent_path().parent_path() / "plugins").string());
    const std::string extra = Poco::Environment::get("SONDA_PLUGIN_PATH", "");
    std::size_t start = 0;
    while (start <= extra.size()) {
        const std::size_t end = std::min(extra.find(':', start), extra.size());
        if (end > start) folders.push_back(extra.substr(start, end - start));
        start = end + 1;
    }
    return folders;
}

void PluginHost::load_default() {
    for (const std::string& folder : default_search_path()) load_directory(folder);
}

void PluginHost::load_directory(const std::string& folder) {
    for (const std::string& file : module_files(folder)) load_file(file);
}

const PluginInfo& PluginHost::load_file(const std::string& file) {
    PluginInfo info;
    info.file = file;
    auto fail = [&](std::string why) -> const PluginInfo& {
        info.error = std::move(why);
        m_infos.push_back(info);
        return m_infos.back();
    };

    std::string error;
    auto library = ModuleLibrary::open(file, "sonda_plugin_api_version", SONDA_PLUGIN_API_VERSION,
                                       {"sonda_plugin_name", "sonda_plugin_version",
                                        "sonda_plugin_description", "sonda_plugin_register"},
                                       info.api_version, error);
    if (!library) return fail(error);
    using TextFn = const char* (*)();
    info.name = library->function<TextFn>("sonda_plugin_name")();
    info.version = library->function<TextFn>("sonda_plugin_version")();
    info.description = library->function<TextFn>("sonda_plugin_description")();
    for (const auto& other : m_libraries)
        if (other->name == info.name)
            return fail(file + ": plugin '" + info.name + "' is already loaded from another file");
    try {
        PluginContext context(m_registry, info.name);
        library->function<void (*)(PluginContext*)>("sonda_plugin_register")(&context);
    } catch (const std::exception& failure) {
        m_registry.remove_owner(info.name);
        return fail(file + ": plugin '" + info.name + "' failed to register: " + failure.what());
    }
    auto loaded = std::make_unique<Loaded>();
    loaded->library = std::move(library);
    loaded->name = info.name;
    info.loaded = true;
    m_libraries.push_back(std::move(loaded));
    m_infos.push_back(info);
    return m_infos.back();
}

}  // namespace sonda
