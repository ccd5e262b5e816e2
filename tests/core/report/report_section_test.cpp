// The core's side of a report section (sonda/plugin/report_section.hpp): it
// is asked for each group with extras, its style goes into the page once, and
// every key it did not show is still shown generically, so nothing an
// instrument says is lost; without a section everything is shown generically.
#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.hpp"
#include "report_renderers.hpp"
#include "sonda/report/html_writer.hpp"
#include "text_search.hpp"

using namespace sonda;
using sonda::test::occurrences;

namespace {

// Shows the count of theme changes, nothing else.
class ThemeCount final : public ReportSection {
  public:
    std::string instrument() const override { return "counter"; }
    std::string html_style() const override { return ".theme-count { color: red; }\n"; }
    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override {
        const auto changes = input.group.instrument->getArray("theme_changes");
        if (!changes) return {};  // another shape: shown generically
        out << "<p class=\"theme-count\">" << report_detail::html_escape(input.group.group) << ": "
            << changes->size() << "</p>\n";
        return {"theme_changes"};
    }
    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override {
        out << "  counted for " << input.group.group << " in " << input.language << '\n';
        return {"theme_changes"};
    }
};

Report report_with_extra_key() {
    Report report = testing::hand_built_report();
    report.groups[1].instrument->set("left_over", "shown generically");
    return report;
}

}  // namespace

TEST_CASE("[report] html asks the instrument's section and shows the rest generically",
          "[report]") {
    const ThemeCount section;
    std::ostringstream out;
    report_detail::write_report_html(report_with_extra_key(), nullptr, &section, "en", out);
    const std::string html = out.str();
    CHECK(occurrences(html, ".theme-count { color: red; }") == 1);
    CHECK(html.find("<p class=\"theme-count\">odd&lt;b&gt;: 1</p>") != std::string::npos);
    CHECK(html.find("<h4>Theme changes</h4>") == std::string::npos);  // the section showed it
    CHECK(html.find("<h4>Left over</h4>") != std::string::npos);
}

TEST_CASE("[report] text asks the instrument's section and shows the rest generically",
          "[report]") {
    const ThemeCount section;
    std::ostringstream out;
    report_detail::write_report_text(report_with_extra_key(), nullptr, &section, "it", out);
    const std::string text = out.str();
    CHECK(text.find("  counted for odd<b> in it\n") != std::string::npos);
    CHECK(text.find("theme_changes") == std::string::npos);
    CHECK(text.find("  left_over: shown generically") != std::string::npos);
}

TEST_CASE("[report] without a section every key of the extras is shown", "[report]") {
    std::ostringstream html, text;
    report_detail::write_report_html(report_with_extra_key(), nullptr, nullptr, "en", html);
    report_detail::write_report_text(report_with_extra_key(), nullptr, nullptr, "en", text);
    CHECK(html.str().find("<h4>Theme changes</h4>") != std::string::npos);
    CHECK(html.str().find("<h4>Left over</h4>") != std::string::npos);
    CHECK(text.str().find("theme_changes:") != std::string::npos);
    CHECK(text.str().find("left_over: shown generically") != std::string::npos);
}
