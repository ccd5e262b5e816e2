#include "sonda/plugin/registry.hpp"

#include "../declarative/declarative_instrument.hpp"
#include "guarded_parts.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/plugin_failure.hpp"

namespace sonda {

namespace {

[[noreturn]] void refuse_null(const std::string& owner, const std::string& version,
                              const char* kind, const char* call) {
    PluginFault fault;
    fault.plugin = owner;
    fault.version = version;
    fault.kind = kind;
    fault.part = "?";
    fault.call = call;
    fault.problem = std::string("it registered a null pointer instead of an ") + kind;
    fault.wrong_result = true;
    throw PluginFailure(Location{}, std::move(fault));
}

}  // namespace

Registry::Registry() {
    register_core_item_types(*this);
    // Forms that declare their scores need no module: their instrument is the core's.
    add_instrument(make_declarative_instrument(), "core");
}
Registry::~Registry() = default;

void Registry::set_owner_version(const std::string& owner, const std::string& version) {
    m_owner_versions[owner] = version;
}

std::string Registry::owner_version(const std::string& owner) const {
    if (owner == "core") return SONDA_VERSION;
    const auto found = m_owner_versions.find(owner);
    return found == m_owner_versions.end() ? std::string("(version unknown)") : found->second;
}

void Registry::add_item_type(std::unique_ptr<ItemType> type, const std::string& owner) {
    if (!type) refuse_null(owner, owner_version(owner), "item type", "add_item_type()");
    type = plugin_guard::guard_item_type(std::move(type), owner, owner_version(owner));
    const std::string name = type->name();
    auto existing = m_item_types.find(name);
    if (existing != m_item_types.end())
        throw InvalidInput(Location{}, "item type '" + name + "' of " + owner +
                                           " is already registered by " + existing->second.owner);
    m_item_types.emplace(name, TypeEntry{std::move(type), owner});
}

void Registry::add_instrument(std::unique_ptr<Instrument> instrument, const std::string& owner) {
    if (!instrument) refuse_null(owner, owner_version(owner), "instrument", "add_instrument()");
    instrument = plugin_guard::guard_instrument(std::move(instrument), owner, owner_version(owner));
    const std::string id = instrument->id();
    auto existing = m_instruments.find(id);
    if (existing != m_instruments.end())
        throw InvalidInput(Location{}, "instrument '" + id + "' of " + owner +
                                           " is already registered by " + existing->second.owner);
    m_instruments.emplace(id, InstrumentEntry{std::move(instrument), owner});
}

const ItemType* Registry::item_type(const std::string& name) const {
    auto found = m_item_types.find(name);
    return found == m_item_types.end() ? nullptr : found->second.type.get();
}

const Instrument* Registry::instrument(const std::string& id) const {
    auto found = m_instruments.find(id);
    return found == m_instruments.end() ? nullptr : found->second.instrument.get();
}

std::vector<std::string> Registry::item_type_names() const {
    std::vector<std::string> names;
    for (const auto& [name, entry] : m_item_types) names.push_back(name);
    return names;
}

std::vector<const Instrument*> Registry::instruments() const {
    std::vector<const Instrument*> out;
    for (const auto& [id, entry] : m_instruments) out.push_back(entry.instrument.get());
    return out;
}

std::string Registry::owner_of_instrument(const std::string& id) const {
    auto found = m_instruments.find(id);
    return found == m_instruments.end() ? std::string() : found->second.owner;
}

std::string Registry::owner_of_item_type(const std::string& name) const {
    auto found = m_item_types.find(name);
    return found == m_item_types.end() ? std::string() : found->second.owner;
}

void Registry::remove_owner(const std::string& owner) {
    std::erase_if(m_item_types, [&](const auto& entry) { return entry.second.owner == owner; });
    std::erase_if(m_instruments, [&](const auto& entry) { return entry.second.owner == owner; });
    m_owner_versions.erase(owner);
}

void PluginContext::add_item_type(std::unique_ptr<ItemType> type) {
    m_registry.add_item_type(std::move(type), m_plugin);
}

void PluginContext::add_instrument(std::unique_ptr<Instrument> instrument) {
    m_registry.add_instrument(std::move(instrument), m_plugin);
}

}  // namespace sonda
