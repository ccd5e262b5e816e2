#include "sonda/plugin/plugin_host.hpp"

#include "sonda/plugin/module_library.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/install_layout.hpp"

namespace sonda {

PluginHost::PluginHost(Registry& registry)
    : m_modules(ModuleKind{
          "sonda_plugin_api_version",
          SONDA_PLUGIN_API_VERSION,
          {"sonda_plugin_version", "sonda_plugin_description", "sonda_plugin_register"},
          "sonda_plugin_name",
          "plugin",
          [](const ModuleLibrary& library, PluginInfo& info) {
              info.version = module_text(library, "sonda_plugin_version");
              info.description = module_text(library, "sonda_plugin_description");
          },
          [&registry](const ModuleLibrary& library, const std::string& name) {
              // Messages about its parts name the plugin's version.
              registry.set_owner_version(name, module_text(library, "sonda_plugin_version"));
              PluginContext context(registry, name);
              library.function<void (*)(PluginContext*)>("sonda_plugin_register")(&context);
          },
          [&registry](const std::string& name) { registry.remove_owner(name); }}) {}

std::vector<std::string> PluginHost::default_search_path() {
    std::vector<std::string> folders;
    for (const SearchFolder& folder : plugin_search_folders()) folders.push_back(folder.path);
    return folders;
}

void PluginHost::load_default() {
    for (const std::string& folder : default_search_path()) load_directory(folder);
}

}  // namespace sonda
