#include "sonda/plugin/module_set.hpp"

namespace sonda {

ModuleSet::ModuleSet(ModuleKind kind) : m_kind(std::move(kind)) {}

ModuleSet::~ModuleSet() {
    for (const Loaded& loaded : m_loaded) m_kind.remove_owner(loaded.name);
    m_loaded.clear();
}

void ModuleSet::load_directory(const std::string& folder) {
    for (const std::string& file : module_files(folder)) load_file(file);
}

const PluginInfo& ModuleSet::load_file(const std::string& file) {
    PluginInfo info;
    info.file = file;
    auto fail = [&](std::string why) -> const PluginInfo& {
        info.error = std::move(why);
        m_infos.push_back(info);
        return m_infos.back();
    };
    std::vector<const char*> required = m_kind.required_symbols;
    required.push_back(m_kind.name_symbol);
    std::string error;
    auto library = ModuleLibrary::open(file, m_kind.version_symbol, m_kind.version, required,
                                       info.api_version, error);
    if (!library) return fail(error);
    info.name = module_text(*library, m_kind.name_symbol);
    if (info.name.empty())
        return fail(file + ": the module gives no name (" + m_kind.name_symbol +
                    " returned an empty text)");
    if (m_kind.describe) m_kind.describe(*library, info);
    const std::string named = std::string(m_kind.noun) + " '" + info.name + "'";
    // "core" owns sonda's own parts in the registry: a module of that name
    // could add to them, and its failed registration would remove them.
    if (info.name == "core")
        return fail(file + ": " + named + " has the name sonda's own parts are registered under");
    for (const Loaded& other : m_loaded)
        if (other.name == info.name)
            return fail(file + ": " + named + " is already loaded from another file");
    try {
        m_kind.register_parts(*library, info.name);
    } catch (const std::exception& failure) {
        m_kind.remove_owner(info.name);
        return fail(file + ": " + named + " failed to register: " + failure.what());
    } catch (...) {
        m_kind.remove_owner(info.name);
        return fail(file + ": " + named +
                    " failed to register: it threw something that is not a std::exception");
    }
    m_loaded.push_back(Loaded{std::move(library), info.name});
    info.loaded = true;
    m_infos.push_back(info);
    return m_infos.back();
}

}  // namespace sonda
