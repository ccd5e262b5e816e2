// Writes an HTML report for the browser test (chromium_render_test.sh): the
// hand-built report with its hostile names and free texts, its groups
// carrying what the in-tree instruments add, each shown by the report section
// of the instrument that wrote it (the plugins loaded from build/plugins).
// The browser test checks what a person would see: the page renders, the
// instruments' drawings and tables are there, nothing runs, nothing is
// fetched.
#include <fstream>
#include <iostream>

#include "instrument_extras.hpp"
#include "report_fixture.hpp"
#include "report_renderers.hpp"
#include "sonda/engine.hpp"

namespace {

// A real report has one instrument; the sample shows several, so each group
// goes to the section of the instrument its extras name.
class EachGroupsSection final : public sonda::ReportSection {
  public:
    explicit EachGroupsSection(const sonda::Registry& registry) : m_registry(registry) {}
    std::string instrument() const override { return "sample"; }
    std::string html_style() const override {
        std::string style;
        for (const char* id : {"network-dimensions", "objectives-monitoring"})
            if (const sonda::ReportSection* section = m_registry.report_section(id))
                style += section->html_style();
        return style;
    }
    std::set<std::string> write_html(const sonda::SectionInput& input,
                                     std::ostream& out) const override {
        const sonda::ReportSection* section = m_registry.report_section(
            input.group.instrument->optValue<std::string>("instrument", ""));
        return section ? section->write_html(input, out) : std::set<std::string>{};
    }

  private:
    const sonda::Registry& m_registry;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " OUT.html\n";
        return 1;
    }
    sonda::Engine engine;
    engine.load_plugins();
    sonda::Report report = sonda::testing::hand_built_report();
    const Poco::JSON::Object::Ptr objectives = sonda::testing::objectives_extras();
    for (const std::string& key : objectives->getNames())
        report.groups[1].instrument->set(key, objectives->get(key));
    report.groups[0].instrument = sonda::testing::network_map_extras();
    const EachGroupsSection section(engine.registry());
    std::ofstream out(argv[1], std::ios::binary);
    sonda::report_detail::write_report_html(report, nullptr, &section, "en", out);
    out.close();
    if (!out) {
        std::cerr << argv[0] << ": cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
