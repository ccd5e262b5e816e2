// The one registry of what can be extended: item types and instruments, and
// for each instrument what shows its output (its report section, its charts)
// and what it answers in the demo; for the dashboard, panels are registered
// from the plugins' GUI modules. The core's own item types, and the
// declarative instrument of forms that declare their scores in the file, are
// registered like a plugin's, under the name "core".
// What it hands out is each part behind the host's guard
// (sonda/plugin/plugin_failure.hpp): a host calls them like the plugin's own
// objects, and a plugin's exception or wrong result reaches it as a
// PluginFailure naming the plugin.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "sonda/plugin/demo_answers.hpp"
#include "sonda/plugin/instrument.hpp"
#include "sonda/plugin/instrument_chart.hpp"
#include "sonda/plugin/item_type.hpp"
#include "sonda/plugin/report_section.hpp"

namespace sonda {

class Registry {
  public:
    Registry();  // with the core item types and the declarative instrument registered
    ~Registry();
    Registry(const Registry&) = delete;
    Registry& operator=(const Registry&) = delete;

    // The version messages name for `owner`'s parts, set by the plugin host
    // before the plugin registers; "core" is sonda's own version.
    void set_owner_version(const std::string& owner, const std::string& version);
    std::string owner_version(const std::string& owner) const;

    // Throws InvalidInput when the name is taken: two plugins may not claim
    // one type; PluginFailure when the part is null or cannot say its name.
    void add_item_type(std::unique_ptr<ItemType> type, const std::string& owner);
    void add_instrument(std::unique_ptr<Instrument> instrument, const std::string& owner);
    // What shows an instrument's output, and its demo answers: each for an
    // instrument `owner` registered before, at most one of a kind (a chart:
    // one of a name among all instruments). Throws InvalidInput otherwise.
    void add_report_section(std::unique_ptr<ReportSection> section, const std::string& owner);
    void add_chart(std::unique_ptr<InstrumentChart> chart, const std::string& owner);
    void add_demo_answers(std::unique_ptr<DemoAnswers> answers, const std::string& owner);

    const ItemType* item_type(const std::string& name) const;
    const Instrument* instrument(const std::string& id) const;
    std::vector<std::string> item_type_names() const;
    std::vector<const Instrument*> instruments() const;
    std::string owner_of_instrument(const std::string& id) const;
    std::string owner_of_item_type(const std::string& name) const;  // "core" for the core's
    // Null when the instrument has none.
    const ReportSection* report_section(const std::string& instrument) const;
    const DemoAnswers* demo_answers(const std::string& instrument) const;
    const InstrumentChart* chart(const std::string& name) const;
    std::vector<const InstrumentChart*> charts() const;  // by name

    // Destroys everything `owner` registered: a plugin's objects must be gone
    // before its library is unloaded.
    void remove_owner(const std::string& owner);

  private:
    struct TypeEntry {
        std::unique_ptr<ItemType> type;
        std::string owner;
    };
    struct InstrumentEntry {
        std::unique_ptr<Instrument> instrument;
        std::string owner;
    };
    template <typename Part>
    struct PartEntry {
        std::unique_ptr<Part> part;
        std::string owner;
    };
    std::map<std::string, TypeEntry> m_item_types;
    std::map<std::string, InstrumentEntry> m_instruments;
    std::map<std::string, std::string> m_owner_versions;
    std::map<std::string, PartEntry<ReportSection>> m_sections;    // by instrument
    std::map<std::string, PartEntry<InstrumentChart>> m_charts;    // by name
    std::map<std::string, PartEntry<DemoAnswers>> m_demo_answers;  // by instrument

    // Throws unless `owner` registered the instrument `id`.
    void check_owner(const std::string& id, const std::string& owner,
                     const std::string& what) const;
};

// Registers likert, choice, number, text, text_list and matrix.
void register_core_item_types(Registry& registry);

}  // namespace sonda
