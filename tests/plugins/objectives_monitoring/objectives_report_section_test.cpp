// The objectives-monitoring report section: the comparison read once
// (objectives_comparison.hpp) and shown in the text and HTML reports, with
// what it did not read left to the core's generic rendering, and the module
// registering it (with its words) for the core to find.
#include <catch2/catch.hpp>
#include <sstream>

#include "instrument_extras.hpp"
#include "objectives_monitoring/messages.hpp"
#include "objectives_monitoring/objectives_comparison.hpp"
#include "objectives_monitoring/report_section.hpp"
#include "plugin_words.hpp"
#include "report_renderers.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"
#include "text_search.hpp"

using namespace sonda;
using namespace sonda::objectives;
using sonda::test::occurrences;

namespace {

// One group of everyone, the comparison beside a key of another meaning.
Report objectives_report() {
    Report report;
    report.form = "objectives";
    report.instrument = "objectives-monitoring";
    report.from_wave = "w1";
    report.to_wave = "w2";
    GroupReport group;
    group.group = "odd<b>";
    group.instrument = testing::objectives_extras();
    group.instrument->set("theme_changes", "kept generically");
    report.groups = {group};
    return report;
}

std::string html_of(const std::string& language = "en") {
    add_messages();  // what the module does when it registers
    const ObjectivesReportSection section;
    std::ostringstream out;
    report_detail::write_report_html(objectives_report(), nullptr, &section, language, out);
    return out.str();
}

std::string text_of(const std::string& language = "en") {
    add_messages();  // what the module does when it registers
    const ObjectivesReportSection section;
    std::ostringstream out;
    report_detail::write_report_text(objectives_report(), nullptr, &section, language, out);
    return out.str();
}

}  // namespace

TEST_CASE("[objectives-monitoring] the comparison is read once into territories and marks") {
    const ObjectivesComparison comparison =
        read_objectives_comparison(testing::objectives_extras(), "odd<b>");
    REQUIRE(comparison.present);
    CHECK(comparison.statuses ==
          std::vector<std::string>{"planned", "in_progress", "achieved", "dropped"});
    REQUIRE(comparison.territories.size() == 2);
    const TerritoryObjectives& odd = comparison.territories[0];
    CHECK(odd.territory == "odd<b>");
    CHECK((odd.followed == 2 && odd.stalled == 1 && odd.added == 1 && odd.removed == 1));
    REQUIRE(odd.from);
    CHECK(odd.from->counted == 3);
    CHECK(comparison.territories[1].territory == "grosseto");
    CHECK_FALSE(comparison.territories[1].from);  // no answer at wave A
    int stalled = 0;
    for (const ObjectiveChange& change : odd.objectives)
        stalled += change.mark == ObjectiveMark::Stalled && change.id == "tavolo";
    CHECK(stalled == 1);

    // Another instrument's extras, a withheld group, nothing at all.
    Poco::JSON::Object::Ptr other = new Poco::JSON::Object;
    other->set("theme_counts", 3);
    CHECK_FALSE(read_objectives_comparison(other, "all").present);
    Poco::JSON::Object::Ptr withheld = new Poco::JSON::Object;
    withheld->set("suppressed", true);
    CHECK(read_objectives_comparison(withheld, "all").suppressed);
    CHECK_FALSE(read_objectives_comparison(nullptr, "all").present);
}

TEST_CASE(
    "[objectives-monitoring] html gives objective transitions their own section per territory") {
    const std::string html = html_of();
    // One block per territory of the group; the second territory gets a heading.
    CHECK(occurrences(html, "class=\"objectives-territory\"") == 2);
    CHECK(html.find("data-territory=\"odd&lt;b&gt;\"") != std::string::npos);
    CHECK(html.find("<h4>grosseto</h4>") != std::string::npos);
    CHECK(occurrences(html, "class=\"data transitions\"") == 2);
    // in_progress -> achieved once, planned -> planned once, new/removed in the margins.
    CHECK(html.find("<td class=\"num to-achieved\">1</td>") != std::string::npos);
    CHECK(html.find("<td class=\"num same\">1</td>") != std::string::npos);
    CHECK(occurrences(html, "<td class=\"num margin\">1</td>") ==
          3);  // odd: 1 new, 1 removed; grosseto: 1 new
    // Achievement of both waves; a territory that did not answer says so.
    CHECK(html.find("1/3 (33%)") != std::string::npos);
    CHECK(html.find("no answer at this wave") != std::string::npos);
    // Stalled, new and removed objectives listed and marked; titles stay text.
    CHECK(html.find(
              "<tr class=\"stalled\"><td>Tavolo &lt;b&gt;&quot;rete&quot;&lt;/b&gt; &amp; co.") !=
          std::string::npos);
    CHECK(occurrences(html, "class=\"tag obj-new\"") == 2);
    CHECK(occurrences(html, "class=\"tag obj-removed\"") == 1);
    // Its rules are in the page's style, once.
    CHECK(occurrences(html, "table.transitions td.zero") == 1);
    // What the section did not use is still shown generically; bookkeeping is not.
    CHECK(html.find("<h4>Theme changes</h4>") != std::string::npos);
    CHECK(html.find("Team level") == std::string::npos);
    CHECK(html.find("<h4>Transitions</h4>") == std::string::npos);
}

TEST_CASE("[objectives-monitoring] html objectives section in Italian") {
    const std::string html = html_of("it");
    CHECK(html.find("Transizioni di stato") != std::string::npos);
    CHECK(html.find("<th>In corso</th>") != std::string::npos);
    CHECK(html.find("nessuna risposta a questa rilevazione") != std::string::npos);
    CHECK(html.find("1/3 (33%)") != std::string::npos);
}

TEST_CASE(
    "[objectives-monitoring] text gives objective transitions, achievement and stalled ones") {
    const std::string text = text_of();
    CHECK(text.find("Objectives: 2 followed · 1 stalled · 1 new · 1 removed") != std::string::npos);
    CHECK(text.find("Achievement A -> B: 0/3 (0%) -> 1/3 (33%)") != std::string::npos);
    CHECK(text.find("In progress -> Achieved: 1") != std::string::npos);
    CHECK(text.find("- Tavolo <b>\"rete\"</b> & co.: Planned -> Planned, 0% -> 0%") !=
          std::string::npos);
    CHECK(text.find("grosseto:") != std::string::npos);
    CHECK(text.find("Achievement A -> B: no answer -> 0/1 (0%)") != std::string::npos);
    CHECK(text.find("theme_changes: kept generically") != std::string::npos);  // the rest
    CHECK(text.find("team_level") == std::string::npos);
    CHECK(text.find("by_territory") == std::string::npos);  // no raw dump of what was read
}

TEST_CASE("[objectives-monitoring] its words exist in both languages with the same placeholders") {
    sonda::test::check_plugin_words("objectives-monitoring", messages_en(), messages_it());
}

TEST_CASE("[objectives-monitoring] every key its sources name has a text") {
    sonda::test::check_keys_in_sources("objectives-monitoring", "objectives_monitoring",
                                       messages_en());
}

TEST_CASE("[objectives-monitoring] the module registers its report section and demo answers") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info =
        host.load_file(std::string(SONDA_BINARY_DIR) + "/plugins/objectives-monitoring.so");
    INFO(info.error);
    REQUIRE(info.loaded);
    const ReportSection* section = registry.report_section("objectives-monitoring");
    REQUIRE(section != nullptr);
    CHECK(section->instrument() == "objectives-monitoring");
    CHECK(registry.demo_answers("objectives-monitoring") != nullptr);
    // Its words came with it.
    CHECK(i18n::tr("it", "objectives-monitoring.summary.title") ==
          "Obiettivi di miglioramento in %s");
}
