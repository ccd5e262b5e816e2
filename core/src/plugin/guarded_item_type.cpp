// The guarded item type: its checks of form definitions and answers, its
// spreadsheet cells and its sheet of long rows, through call_plugin.
#include "guarded_parts.hpp"
#include "plugin_guard.hpp"
#include "sonda/plugin/long_rows.hpp"

namespace sonda::plugin_guard {

namespace {

// A sheet the type read: every question the core asks of it is a call into
// the plugin. `part` is the item type's, which outlives every sheet.
class GuardedLongSheet final : public LongSheet {
  public:
    GuardedLongSheet(std::unique_ptr<LongSheet> plugin, const PluginPart& part)
        : m_plugin(std::move(plugin)), m_part(part) {}

    std::string form() const override {
        return ask("form()", [&] { return m_plugin->form(); });
    }
    long long form_line() const override {
        return ask("form_line()", [&] { return m_plugin->form_line(); });
    }
    std::string item() const override {
        return ask("item()", [&] { return m_plugin->item(); });
    }
    long long item_line() const override {
        return ask("item_line()", [&] { return m_plugin->item_line(); });
    }
    std::optional<long long> first_line(const std::string& wave, const std::string& territory,
                                        const std::string& respondent) const override {
        return ask("first_line()",
                   [&] { return m_plugin->first_line(wave, territory, respondent); });
    }
    Poco::Dynamic::Var take(const std::string& wave, const std::string& territory,
                            const std::string& respondent) override {
        return ask("take()", [&] { return m_plugin->take(wave, territory, respondent); });
    }
    void touch(const std::string& wave, const std::string& territory,
               const std::string& respondent) override {
        ask("touch()", [&] { m_plugin->touch(wave, territory, respondent); });
    }
    void relocate(const std::string& wave, const std::string& territory,
                  const std::string& respondent, const std::string& item,
                  Issue& issue) const override {
        ask("relocate()", [&] { m_plugin->relocate(wave, territory, respondent, item, issue); });
    }
    std::vector<Issue> unused(const std::string& wide_source) const override {
        return ask("unused()", [&] { return m_plugin->unused(wide_source); });
    }

  private:
    template <typename Work>
    auto ask(const char* call, Work&& work) const -> decltype(work()) {
        return call_plugin(m_part, CallSite{call}, work);
    }

    std::unique_ptr<LongSheet> m_plugin;
    const PluginPart& m_part;
};

class GuardedLongRows final : public LongRows {
  public:
    GuardedLongRows(const LongRows& plugin, const PluginPart& part)
        : m_plugin(plugin), m_part(part) {}

    Words words() const override {
        return call_plugin(m_part, CallSite{"words()"}, [&] { return m_plugin.words(); });
    }
    std::vector<std::string> columns() const override {
        return call_plugin(m_part, CallSite{"columns()"}, [&] { return m_plugin.columns(); });
    }
    // Refusing the sheet with InvalidInput (its problems at their lines) is
    // the contract's answer to a bad sheet: it passes as it is.
    std::unique_ptr<LongSheet> read(const std::string& source, SheetLines& lines) const override {
        std::unique_ptr<LongSheet> sheet = call_plugin<true>(
            m_part, CallSite{"read()"}, [&] { return m_plugin.read(source, lines); });
        if (!sheet) throw_failure(m_part, CallSite{"read()"}, "it returned no sheet", true);
        return std::make_unique<GuardedLongSheet>(std::move(sheet), m_part);
    }
    std::optional<std::vector<std::vector<std::string>>> rows(const Poco::Dynamic::Var& answer,
                                                              char decimal) const override {
        return call_plugin(m_part, CallSite{"rows()"},
                           [&] { return m_plugin.rows(answer, decimal); });
    }

  private:
    const LongRows& m_plugin;  // the plugin's type owns it
    const PluginPart& m_part;
};

class GuardedItemType final : public ItemType {
  public:
    GuardedItemType(std::unique_ptr<ItemType> plugin, PluginPart part)
        : m_plugin(std::move(plugin)), m_part(std::move(part)) {
        // Asked once: a type offers its sheet or not, for as long as it lives.
        if (const LongRows* rows =
                call_plugin(m_part, CallSite{"long_rows()"}, [&] { return m_plugin->long_rows(); }))
            m_long_rows = std::make_unique<GuardedLongRows>(*rows, m_part);
    }

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

    const LongRows* long_rows() const override { return m_long_rows.get(); }

  private:
    std::unique_ptr<ItemType> m_plugin;
    PluginPart m_part;
    std::unique_ptr<GuardedLongRows> m_long_rows;
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
