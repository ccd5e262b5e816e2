#include "sonda/plugin/registry.hpp"

#include "../declarative/declarative_instrument.hpp"
#include "guarded_parts.hpp"
#include "sonda/chart/charts.hpp"
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
    const std::string what = kind;
    const std::string article = what == "demo answers"             ? ""
                                : what.find_first_of("aeiou") == 0 ? "an "
                                                                   : "a ";
    fault.problem = "it registered a null pointer instead of " + article + what;
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

void Registry::check_owner(const std::string& id, const std::string& owner,
                           const std::string& what) const {
    const std::string registered = owner_of_instrument(id);
    if (registered.empty())
        throw InvalidInput(Location{}, what + " of " + owner + " is for the instrument '" + id +
                                           "', which " + owner + " has not registered (first)");
    if (registered != owner)
        throw InvalidInput(Location{}, what + " of " + owner + " is for the instrument '" + id +
                                           "' of " + registered + ": only " + registered +
                                           " may add to it");
}

void Registry::add_report_section(std::unique_ptr<ReportSection> section,
                                  const std::string& owner) {
    if (!section)
        refuse_null(owner, owner_version(owner), "report section", "add_report_section()");
    section = plugin_guard::guard_report_section(std::move(section), owner, owner_version(owner));
    const std::string id = section->instrument();
    check_owner(id, owner, "a report section");
    if (m_sections.count(id))
        throw InvalidInput(Location{}, "the instrument '" + id + "' has a report section already");
    m_sections.emplace(id, PartEntry<ReportSection>{std::move(section), owner});
}

void Registry::add_chart(std::unique_ptr<InstrumentChart> chart, const std::string& owner) {
    if (!chart) refuse_null(owner, owner_version(owner), "chart", "add_chart()");
    chart = plugin_guard::guard_chart(std::move(chart), owner, owner_version(owner));
    const std::string name = chart->name();
    check_owner(chart->instrument(), owner, "the chart '" + name + "'");
    // The core's own charts (sonda/chart/charts.hpp) keep their names.
    for (const std::string& core : chart::core_chart_names())
        if (name == core)
            throw InvalidInput(Location{}, "the chart '" + name + "' of " + owner +
                                               " has the name of one of sonda's own charts");
    auto existing = m_charts.find(name);
    if (existing != m_charts.end())
        throw InvalidInput(Location{}, "the chart '" + name + "' of " + owner +
                                           " is already registered by " + existing->second.owner);
    m_charts.emplace(name, PartEntry<InstrumentChart>{std::move(chart), owner});
}

void Registry::add_demo_answers(std::unique_ptr<DemoAnswers> answers, const std::string& owner) {
    if (!answers) refuse_null(owner, owner_version(owner), "demo answers", "add_demo_answers()");
    answers = plugin_guard::guard_demo_answers(std::move(answers), owner, owner_version(owner));
    const std::string id = answers->instrument();
    check_owner(id, owner, "demo answers");
    if (m_demo_answers.count(id))
        throw InvalidInput(Location{}, "the instrument '" + id + "' has demo answers already");
    m_demo_answers.emplace(id, PartEntry<DemoAnswers>{std::move(answers), owner});
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

const ReportSection* Registry::report_section(const std::string& instrument) const {
    auto found = m_sections.find(instrument);
    return found == m_sections.end() ? nullptr : found->second.part.get();
}

const DemoAnswers* Registry::demo_answers(const std::string& instrument) const {
    auto found = m_demo_answers.find(instrument);
    return found == m_demo_answers.end() ? nullptr : found->second.part.get();
}

const InstrumentChart* Registry::chart(const std::string& name) const {
    auto found = m_charts.find(name);
    return found == m_charts.end() ? nullptr : found->second.part.get();
}

std::vector<const InstrumentChart*> Registry::charts() const {
    std::vector<const InstrumentChart*> out;
    for (const auto& [name, entry] : m_charts) out.push_back(entry.part.get());
    return out;
}

void Registry::remove_owner(const std::string& owner) {
    auto owned = [&](const auto& entry) { return entry.second.owner == owner; };
    // What shows an instrument goes before the instrument it shows.
    std::erase_if(m_sections, owned);
    std::erase_if(m_charts, owned);
    std::erase_if(m_demo_answers, owned);
    std::erase_if(m_item_types, owned);
    std::erase_if(m_instruments, owned);
    m_owner_versions.erase(owner);
}

void PluginContext::add_item_type(std::unique_ptr<ItemType> type) {
    m_registry.add_item_type(std::move(type), m_plugin);
}

void PluginContext::add_instrument(std::unique_ptr<Instrument> instrument) {
    m_registry.add_instrument(std::move(instrument), m_plugin);
}

void PluginContext::add_report_section(std::unique_ptr<ReportSection> section) {
    m_registry.add_report_section(std::move(section), m_plugin);
}

void PluginContext::add_chart(std::unique_ptr<InstrumentChart> chart) {
    m_registry.add_chart(std::move(chart), m_plugin);
}

void PluginContext::add_demo_answers(std::unique_ptr<DemoAnswers> answers) {
    m_registry.add_demo_answers(std::move(answers), m_plugin);
}

}  // namespace sonda
