// The guarded item type: its checks of form definitions and answers, and its
// spreadsheet cells, through call_plugin.
#include "guarded_parts.hpp"
#include "plugin_guard.hpp"

namespace sonda::plugin_guard {

namespace {

class GuardedItemType final : public ItemType {
  public:
    GuardedItemType(std::unique_ptr<ItemType> plugin, PluginPart part)
        : m_plugin(std::move(plugin)), m_part(std::move(part)) {}

    std::string name() const override { return m_part.name; }

    // A failure is one more issue of the form being loaded, at the item.
    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override {
        try {
            call_plugin(m_part, CallSite{"check_definition()", nullptr, {}, item.id},
                        [&] { m_plugin->check_definition(item, json_path, issues); });
        } catch (const PluginFailure& failure) {
            issues.push_back(Issue{Location{"", 0, json_path, item.id}, failure.fault().message()});
        }
    }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        call_plugin(m_part, CallSite{"validate_answer()", nullptr, {}, item.id},
                    [&] { m_plugin->validate_answer(item, value, issues); });
    }

    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell,
                                  char decimal) const override {
        return call_plugin<true>(m_part, CallSite{"parse_cell()", nullptr, {}, item.id},
                                 [&] { return m_plugin->parse_cell(item, cell, decimal); });
    }

    std::string format_cell(const Item& item, const Poco::Dynamic::Var& value,
                            char decimal) const override {
        return call_plugin(m_part, CallSite{"format_cell()", nullptr, {}, item.id},
                           [&] { return m_plugin->format_cell(item, value, decimal); });
    }

  private:
    std::unique_ptr<ItemType> m_plugin;
    PluginPart m_part;
};

}  // namespace

std::unique_ptr<ItemType> guard_item_type(std::unique_ptr<ItemType> plugin,
                                          const std::string& owner, const std::string& version) {
    PluginPart part{owner, version, "item type", "?"};
    part.name = call_plugin(part, CallSite{"name()"}, [&] { return plugin->name(); });
    if (part.name.empty()) {
        part.name = "?";
        throw_failure(part, CallSite{"name()"}, "it returned an empty name", true);
    }
    return std::make_unique<GuardedItemType>(std::move(plugin), std::move(part));
}

}  // namespace sonda::plugin_guard
