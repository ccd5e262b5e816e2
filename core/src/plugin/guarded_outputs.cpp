// The guarded parts that show an instrument's output or answer for it in the
// demo: report sections, charts and demo answers. Each call goes through
// call_plugin, so a plugin's exception reaches the host as a PluginFailure
// that names the plugin, the part and the call (the host decides what it
// costs: docs/plugins.md, "When a plugin fails").
#include "guarded_parts.hpp"
#include "plugin_guard.hpp"

namespace sonda::plugin_guard {

namespace {

class GuardedReportSection final : public ReportSection {
  public:
    GuardedReportSection(std::unique_ptr<ReportSection> plugin, PluginPart part)
        : m_plugin(std::move(plugin)), m_part(std::move(part)) {}

    std::string instrument() const override { return m_part.name; }

    std::string html_style() const override {
        return call_plugin(m_part, CallSite{"html_style()"},
                           [&] { return m_plugin->html_style(); });
    }

    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override {
        return call_plugin(m_part, CallSite{"write_html()"},
                           [&] { return m_plugin->write_html(input, out); });
    }

    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override {
        return call_plugin(m_part, CallSite{"write_text()"},
                           [&] { return m_plugin->write_text(input, out); });
    }

    void write_summary(const SectionInput& input, const std::string& territory,
                       summary::PageFlow& flow) const override {
        call_plugin(m_part, CallSite{"write_summary()"},
                    [&] { m_plugin->write_summary(input, territory, flow); });
    }

  private:
    std::unique_ptr<ReportSection> m_plugin;
    PluginPart m_part;
};

class GuardedChart final : public InstrumentChart {
  public:
    GuardedChart(std::unique_ptr<InstrumentChart> plugin, PluginPart part, std::string instrument)
        : m_plugin(std::move(plugin)),
          m_part(std::move(part)),
          m_instrument(std::move(instrument)) {}

    std::string instrument() const override { return m_instrument; }
    std::string name() const override { return m_part.name; }

    std::string description(const std::string& language) const override {
        return call_plugin(m_part, CallSite{"description()"},
                           [&] { return m_plugin->description(language); });
    }

    chart::Scene draw(const Report& report, const Study& study,
                      const std::string& language) const override {
        return call_plugin(m_part, CallSite{"draw()"},
                           [&] { return m_plugin->draw(report, study, language); });
    }

  private:
    std::unique_ptr<InstrumentChart> m_plugin;
    PluginPart m_part;
    std::string m_instrument;
};

class GuardedDemoAnswers final : public DemoAnswers {
  public:
    GuardedDemoAnswers(std::unique_ptr<DemoAnswers> plugin, PluginPart part)
        : m_plugin(std::move(plugin)), m_part(std::move(part)) {}

    std::string instrument() const override { return m_part.name; }

    // InvalidInput is the contract's way to say its data file does not fit
    // the form (it names the file and JSON path): it passes as it is.
    std::vector<demo::DemoResponse> answer(const Form& form,
                                           demo::DemoContext& demo) const override {
        return call_plugin<true>(m_part, CallSite{"answer()", &form},
                                 [&] { return m_plugin->answer(form, demo); });
    }

  private:
    std::unique_ptr<DemoAnswers> m_plugin;
    PluginPart m_part;
};

// Asks a part a name through the guard; an empty one is a wrong result.
template <typename Ask>
std::string named(PluginPart& part, const char* call, Ask&& ask) {
    part.name = call_plugin(part, CallSite{call}, ask);
    if (part.name.empty()) {
        part.name = "?";
        throw_failure(part, CallSite{call}, std::string("it returned an empty ") + call, true);
    }
    return part.name;
}

}  // namespace

std::unique_ptr<ReportSection> guard_report_section(std::unique_ptr<ReportSection> plugin,
                                                    const std::string& owner,
                                                    const std::string& version) {
    PluginPart part{owner, version, "report section", "?"};
    named(part, "instrument()", [&] { return plugin->instrument(); });
    return std::make_unique<GuardedReportSection>(std::move(plugin), std::move(part));
}

std::unique_ptr<InstrumentChart> guard_chart(std::unique_ptr<InstrumentChart> plugin,
                                             const std::string& owner, const std::string& version) {
    PluginPart part{owner, version, "chart", "?"};
    named(part, "name()", [&] { return plugin->name(); });
    PluginPart of{owner, version, "chart", part.name};
    std::string instrument = named(of, "instrument()", [&] { return plugin->instrument(); });
    return std::make_unique<GuardedChart>(std::move(plugin), std::move(part),
                                          std::move(instrument));
}

std::unique_ptr<DemoAnswers> guard_demo_answers(std::unique_ptr<DemoAnswers> plugin,
                                                const std::string& owner,
                                                const std::string& version) {
    PluginPart part{owner, version, "demo answers", "?"};
    named(part, "instrument()", [&] { return plugin->instrument(); });
    return std::make_unique<GuardedDemoAnswers>(std::move(plugin), std::move(part));
}

}  // namespace sonda::plugin_guard
