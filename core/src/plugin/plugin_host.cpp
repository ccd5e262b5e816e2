#include "sonda/plugin/plugin_host.hpp"

#include <Poco/Environment.h>
#include <Poco/SharedLibrary.h>

#include <algorithm>
#include <filesystem>

#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"

namespace sonda {

namespace fs = std::filesystem;

struct PluginHost::Loaded {
    Poco::SharedLibrary library;
    std::string name;
};

PluginHost::PluginHost(Registry& registry) : m_registry(registry) {}

PluginHost::~PluginHost() {
    // Objects first, libraries after: a plugin's destructors live in its library.
    for (auto& loaded : m_libraries) m_registry.remove_owner(loaded->name);
    for (auto& loaded : m_libraries) loaded->library.unload();
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
    std::error_code error;
    if (!fs::is_directory(folder, error)) return;  // an absent folder on the path is not an error
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".so")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) load_file(file);
}

const PluginInfo& PluginHost::load_file(const std::string& file) {
    PluginInfo info;
    info.file = file;
    auto fail = [&](std::string why) -> const PluginInfo& {
        info.error = std::move(why);
        m_infos.push_back(info);
        return m_infos.back();
    };

    auto loaded = std::make_unique<Loaded>();
    try {
        loaded->library.load(file);
    } catch (const Poco::Exception& error) {
        return fail("cannot load " + file + ": " + error.displayText());
    }
    // The API version is read before any other symbol is touched or any object
    // is created: a plugin built for another API shares no ABI with us.
    if (!loaded->library.hasSymbol("sonda_plugin_api_version")) {
        loaded->library.unload();
        return fail(file + " is not a sonda plugin (no sonda_plugin_api_version symbol)");
    }
    using IntFn = int (*)();
    using TextFn = const char* (*)();
    using RegisterFn = void (*)(PluginContext*);
    info.api_version = reinterpret_cast<IntFn>(loaded->library.getSymbol("sonda_plugin_api_version"))();
    if (info.api_version != SONDA_PLUGIN_API_VERSION) {
        loaded->library.unload();
        return fail(file + " was built for plugin API version " + std::to_string(info.api_version) +
                    ", this sonda expects version " + std::to_string(SONDA_PLUGIN_API_VERSION) +
                    "; rebuild the plugin against this sonda");
    }
    for (const char* symbol : {"sonda_plugin_name", "sonda_plugin_version",
                               "sonda_plugin_description", "sonda_plugin_register"}) {
        if (!loaded->library.hasSymbol(symbol)) {
            loaded->library.unload();
            return fail(file + " lacks the symbol " + symbol + "; was it built with SONDA_PLUGIN?");
        }
    }
    info.name = reinterpret_cast<TextFn>(loaded->library.getSymbol("sonda_plugin_name"))();
    info.version = reinterpret_cast<TextFn>(loaded->library.getSymbol("sonda_plugin_version"))();
    info.description = reinterpret_cast<TextFn>(loaded->library.getSymbol("sonda_plugin_description"))();
    for (const auto& other : m_libraries) {
        if (other->name == info.name) {
            loaded->library.unload();
            return fail(file + ": plugin '" + info.name + "' is already loaded from another file");
        }
    }
    try {
        PluginContext context(m_registry, info.name);
        reinterpret_cast<RegisterFn>(loaded->library.getSymbol("sonda_plugin_register"))(&context);
    } catch (const std::exception& error) {
        m_registry.remove_owner(info.name);
        loaded->library.unload();
        return fail(file + ": plugin '" + info.name + "' failed to register: " + error.what());
    }
    loaded->name = info.name;
    info.loaded = true;
    m_libraries.push_back(std::move(loaded));
    m_infos.push_back(info);
    return m_infos.back();
}

}  // namespace sonda
