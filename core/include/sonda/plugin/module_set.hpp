// The modules of one kind that a host has loaded: instrument plugins (core's
// PluginHost) or the dashboard's panel modules (gui's PanelHost). Both follow
// one protocol, kept here once: a module is opened only if its API version
// matches; it names itself; a name another file already gave is refused; its
// registration is rolled back if it throws; and at the end everything it
// registered is removed before its library is unloaded, because the
// destructors of those objects live in the library's code.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "sonda/plugin/module_library.hpp"

namespace sonda {

struct PluginInfo {
    std::string file;
    std::string name;
    std::string version;
    std::string description;
    int api_version = 0;
    bool loaded = false;
    std::string error;  // why it was not loaded: what, where, expected and found
};

struct ModuleKind {
    const char* version_symbol;  // int(): the API version the module was built for
    int version;                 // the one this host speaks
    std::vector<const char*> required_symbols;
    const char* name_symbol;  // const char*(): the module's name
    const char* noun;         // "plugin", "panels of": how messages name a module
    // Reads what else the module says about itself (version, description).
    std::function<void(const ModuleLibrary&, PluginInfo&)> describe;
    // Registers the module's parts under its name; may throw.
    std::function<void(const ModuleLibrary&, const std::string& name)> register_parts;
    // Removes everything registered under a name.
    std::function<void(const std::string& name)> remove_owner;
};

class ModuleSet {
  public:
    explicit ModuleSet(ModuleKind kind);
    ~ModuleSet();  // every module's objects first, then the libraries
    ModuleSet(const ModuleSet&) = delete;
    ModuleSet& operator=(const ModuleSet&) = delete;

    void load_directory(const std::string& folder);  // every *.so in it, by name
    const PluginInfo& load_file(const std::string& file);
    const std::vector<PluginInfo>& infos() const { return m_infos; }

  private:
    struct Loaded {
        std::unique_ptr<ModuleLibrary> library;
        std::string name;
    };
    ModuleKind m_kind;
    std::vector<PluginInfo> m_infos;
    std::vector<Loaded> m_loaded;
};

}  // namespace sonda
