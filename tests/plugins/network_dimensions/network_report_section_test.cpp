// What network-dimensions shows of its extras: both waves' network maps in
// the HTML report with its tables of band counts and actors below them, the chart
// `sonda chart --chart network-map` draws on the demo, its words, and the
// module registering all of it for the core to find.
#include <catch2/catch.hpp>
#include <sstream>

#include "../plugin_words.hpp"
#include "demo_project.hpp"
#include "instrument_extras.hpp"
#include "map_change.hpp"
#include "messages.hpp"
#include "report_renderers.hpp"
#include "report_section.hpp"
#include "sonda/chart/charts.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"
#include "text_search.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;
using sonda::test::occurrences;

namespace {

std::string html_of(const Poco::JSON::Object::Ptr& extras) {
    add_messages();  // what the module does when it registers
    Report report;
    report.form = "network-dimensions";
    report.instrument = "network-dimensions";
    report.from_wave = "w1";
    report.to_wave = "w2";
    GroupReport group;
    group.group = "pistoia";
    group.instrument = extras;
    report.groups = {group};
    const NetworkReportSection section;
    std::ostringstream out;
    report_detail::write_report_html(report, nullptr, &section, "en", out);
    return out.str();
}

}  // namespace

TEST_CASE("[network-dimensions] html draws both waves' network maps with moved actors marked") {
    const std::string html = html_of(testing::network_map_extras());
    CHECK(occurrences(html, "class=\"network-map\"") == 2);
    CHECK(html.find("data-mark=\"inward\"") != std::string::npos);
    CHECK(html.find("data-mark=\"outward\"") != std::string::npos);
    CHECK(html.find("data-mark=\"appeared\"") != std::string::npos);
    CHECK(html.find("data-mark=\"disappeared\"") != std::string::npos);
    CHECK(html.find("Caritas &lt;b&gt;&amp;&lt;/b&gt; &quot;parish&quot;") != std::string::npos);
    // Rings numbered on both maps, a leader per actor on its map, and an arrow
    // for each of the three actors that changed ring, on the second map only.
    CHECK(occurrences(html, "class=\"ring-number\"") == 2 * 4);
    CHECK(occurrences(html, "class=\"leader\"") == 6 + 6);
    CHECK(occurrences(html, "class=\"move\"") == 3);
    // The legend says what a dot on a line means: the addiction service's median.
    CHECK(html.find("the median falls between two rings") != std::string::npos);
    // Its style once; the map's figures in its own table below it, none generically.
    CHECK(occurrences(html, ".maps figcaption {") == 1);
    CHECK(html.find("<h4>Network map</h4>") == std::string::npos);
    CHECK(html.find("<h4>The actors of the map</h4>") != std::string::npos);
    CHECK(occurrences(html, "<td>Caritas &lt;b&gt;&amp;&lt;/b&gt; &quot;parish&quot;</td>") == 1);
}

TEST_CASE("[network-dimensions] the demo's report shows band counts and actors, nothing raw") {
    test::DemoProject demo;
    ReportRequest request;
    request.form = "network-dimensions";
    request.language = "it";  // the labels in the extras are the request's
    const Report report = build_report(*demo.project, request);
    std::ostringstream html;
    write_report_html(report, *demo.project, "it", html);
    for (const char* generic : {"<h4>Dimensions</h4>", "<h4>Network map</h4>", "<h4>N from</h4>",
                                "<h4>Suppressed</h4>", "<h4>Dimensioni</h4>"})
        CHECK(html.str().find(generic) == std::string::npos);
    CHECK(html.str().find("<h4>Rispondenti in ciascuna fascia</h4>") != std::string::npos);
    // Sds Pistoiese, Condivisione: 1 concern, 7 borderline, 3 strength -> 0, 2, 9.
    std::ostringstream text;
    write_report_text(report, *demo.project, "it", text);
    CHECK(text.str().find("Condivisione (11 → 11): Criticità 1 → 0, Da consolidare 7 → 2, Punto "
                          "di forza 3 → 9") != std::string::npos);
    // Nothing the JSON says is lost: who drew the map, and how the pairs moved.
    CHECK(text.str().find("Rispondenti che hanno disegnato la mappa: 11 → 11.") !=
          std::string::npos);
    CHECK(text.str().find("Tra chi l'ha disegnata in entrambe le rilevazioni (11), 11 l'hanno "
                          "cambiata: 28 spostamenti verso il centro") != std::string::npos);
    CHECK(text.str().find("Servizio dipendenze (SerD): 3 → 2, 11 → 11, verso il centro") !=
          std::string::npos);
    for (const char* raw : {"moved_inward", "instrument:", "placed_by", "respondents_from"})
        CHECK(text.str().find(raw) == std::string::npos);
}

TEST_CASE("[network-dimensions] a ring whose count is withheld is not drawn") {
    Poco::JSON::Object::Ptr extras = testing::network_map_extras();
    auto moved = extras->getObject("network_map")->getObject("actors")->getArray("moved_inward");
    // The mental health service's first wave withheld: its ring must not show.
    moved->getObject(0)->set("placed_by_from", Poco::Dynamic::Var());
    const MapChange change = read_map_change(extras);
    REQUIRE(change.actors.size() == 7);
    CHECK_FALSE(change.actors[0].ring_from);
    CHECK(change.actors[0].ring_to == 1.0);
    // No arrow from where it sat: one move fewer on the second map.
    CHECK(occurrences(html_of(extras), "class=\"move\"") == 2);
}

TEST_CASE("[network-dimensions] sonda chart draws the network map for its forms only") {
    test::DemoProject demo;
    const std::vector<chart::ChartInfo> charts = chart::list_charts(demo.engine.registry(), "en");
    REQUIRE(charts.size() >= 2);
    CHECK(charts.back().name == "network-map");  // after the core's and heatmap, by name
    CHECK(charts.back().instrument == "network-dimensions");
    chart::ChartRequest request{
        "network-dimensions", "network-map", "sds_pistoiese", "", "", "it", {}};
    const chart::Scene scene = chart::build_chart(*demo.project, request);
    bool titled = false;
    for (const chart::Shape& shape : scene.shapes)
        if (const auto* text = std::get_if<chart::Text>(&shape))
            titled = titled || text->text.rfind("Mappa di rete: ", 0) == 0;
    CHECK(titled);
    request.form = "objectives-monitoring";
    CHECK_THROWS_AS(chart::build_chart(*demo.project, request), UsageError);
}

TEST_CASE("[network-dimensions] its words exist in both languages with the same placeholders") {
    sonda::test::check_plugin_words("network-dimensions", messages_en(), messages_it());
}

TEST_CASE("[network-dimensions] every key its sources name has a text") {
    sonda::test::check_keys_in_sources("network-dimensions", "network_dimensions", messages_en());
}

TEST_CASE("[network-dimensions] the module registers its section, chart and demo answers") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info =
        host.load_file(std::string(SONDA_BINARY_DIR) + "/plugins/network-dimensions.so");
    INFO(info.error);
    REQUIRE(info.loaded);
    CHECK(registry.report_section("network-dimensions") != nullptr);
    REQUIRE(registry.chart("network-map") != nullptr);
    CHECK(registry.chart("network-map")->instrument() == "network-dimensions");
    CHECK(registry.demo_answers("network-dimensions") != nullptr);
    CHECK(i18n::tr("it", "network-dimensions.map.inward") == "verso il centro");
}
