// What team-expectations shows of its extras, on the demo's real reports: the
// comparison read once (expectations_comparison.hpp), the heatmap in each
// group of the HTML report in place of the table of counts and the rest of
// its extras as its own tables and folded texts, the themes in a
// territory's summary, and the chart `sonda chart --chart heatmap` draws.
#include <catch2/catch.hpp>
#include <sstream>

#include "demo_project.hpp"
#include "plugin_words.hpp"
#include "sonda/chart/charts.hpp"
#include "sonda/report/report.hpp"
#include "sonda/summary/summary.hpp"
#include "team_expectations/expectations_comparison.hpp"
#include "team_expectations/messages.hpp"
#include "text_search.hpp"

using namespace sonda;
using namespace sonda::team_expectations;
using sonda::test::occurrences;

namespace {

Report demo_report(Project& project, GroupBy by) {
    ReportRequest request;
    request.form = "team-expectations";
    request.by = by;
    return build_report(project, request);
}

}  // namespace

TEST_CASE("[team-expectations] the comparison is read once: axes, cells, texts of open waves") {
    test::DemoProject demo;
    const Report report = demo_report(*demo.project, GroupBy::None);
    REQUIRE(report.groups.size() == 1);
    const ExpectationsComparison comparison =
        read_expectations_comparison(report.groups.front().instrument);
    REQUIRE(comparison.present);
    CHECK(comparison.has_theme_counts);
    CHECK_FALSE(comparison.themes.empty());
    CHECK_FALSE(comparison.services.empty());
    // Every service x theme cell, zeros included.
    CHECK(comparison.theme_counts.size() == comparison.themes.size() * comparison.services.size());
    for (const AxisLabel& theme : comparison.themes) CHECK_FALSE(theme.label.empty());

    // A withheld wave gives no text even when the JSON (hand-made) has one.
    Poco::JSON::Object::Ptr extras = new Poco::JSON::Object;
    extras->set("instrument", "team-expectations");
    extras->set("suppressed_to", true);
    Poco::JSON::Object::Ptr texts = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr to = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr text = new Poco::JSON::Object;
    text->set("text", "must not show");
    to->add(text);
    texts->set("to", to);
    extras->set("coded_texts", texts);
    const ExpectationsComparison hidden = read_expectations_comparison(extras);
    CHECK(hidden.present);
    CHECK(hidden.suppressed_to);
    CHECK(hidden.coded_texts.empty());
    CHECK_FALSE(hidden.has_theme_counts);
    CHECK_FALSE(read_expectations_comparison(nullptr).present);
}

TEST_CASE("[team-expectations] the HTML report draws its heatmap in place of the counts table") {
    test::DemoProject demo;
    const Report report = demo_report(*demo.project, GroupBy::Territory);
    std::ostringstream out;
    write_report_html(report, *demo.project, "en", out);
    const std::string html = out.str();
    std::size_t shown = 0;
    for (const GroupReport& group : report.groups)
        shown +=
            group.instrument && read_expectations_comparison(group.instrument).has_theme_counts;
    REQUIRE(shown > 0);
    CHECK(occurrences(html, "class=\"heatmap\"") == shown);
    CHECK(occurrences(html, "svg.heatmap {") == 1);  // its style, once
    CHECK(html.find("<h4>Theme counts</h4>") == std::string::npos);
    // Every other key is the section's too: nothing dumped generically.
    for (const char* generic : {"<h4>Coded texts</h4>", "<h4>Uncoded</h4>", "<h4>Services</h4>",
                                "<h4>Themes</h4>", "<h4>N from</h4>", "<h4>Warnings</h4>"})
        CHECK(html.find(generic) == std::string::npos);
    // The coded texts of each open group, folded away, their count said.
    CHECK(occurrences(html, "<details class=\"te-texts\"><summary>Read the ") == shown);
    CHECK(html.find("Texts with no codebook theme") != std::string::npos);
    CHECK(html.find("texts of 11 people at") != std::string::npos);
    CHECK(html.find("\"matched\"") == std::string::npos);    // no JSON
    CHECK(html.find("expectations/") == std::string::npos);  // no text keys
}

TEST_CASE("[team-expectations] the terminal report lists its totals and texts in lines") {
    test::DemoProject demo;
    const Report report = demo_report(*demo.project, GroupBy::Territory);
    std::ostringstream out;
    write_report_text(report, *demo.project, "it", out);
    const std::string text = out.str();
    CHECK(text.find("Testi per tema, tutti i servizi:") != std::string::npos);
    CHECK(text.find("Testi codificati:") != std::string::npos);
    // The heatmap's cells too, with the people who wrote them.
    CHECK(text.find("Testi per tema, servizio per servizio:") != std::string::npos);
    CHECK(text.find("(persone ") != std::string::npos);
    CHECK(text.find("(nessun tema)") != std::string::npos);
    for (const char* raw : {"coded_texts", "theme_counts", "instrument:", "texts_listed"})
        CHECK(text.find(raw) == std::string::npos);
}

TEST_CASE("[team-expectations] sonda chart draws the heatmap for its forms only") {
    test::DemoProject demo;
    const std::vector<chart::ChartInfo> charts = chart::list_charts(demo.engine.registry(), "it");
    const auto heatmap =
        std::find_if(charts.begin(), charts.end(),
                     [](const chart::ChartInfo& info) { return info.name == "heatmap"; });
    REQUIRE(heatmap != charts.end());
    CHECK(heatmap->instrument == "team-expectations");
    CHECK(heatmap->description.find("quanti testi") != std::string::npos);
    chart::ChartRequest request{"team-expectations", "heatmap", "sds_pistoiese", "", "", "en", {}};
    const chart::Scene scene = chart::build_chart(*demo.project, request);
    bool titled = false;
    for (const chart::Shape& shape : scene.shapes)
        if (const auto* text = std::get_if<chart::Text>(&shape))
            titled = titled || text->text.rfind("Themes of the expectations: ", 0) == 0;
    CHECK(titled);
    request.form = "network-dimensions";
    CHECK_THROWS_AS(chart::build_chart(*demo.project, request), UsageError);
}

TEST_CASE("[team-expectations] its words exist in both languages with the same placeholders") {
    sonda::test::check_plugin_words("team-expectations", messages_en(), messages_it());
}

TEST_CASE("[team-expectations] every key its sources name has a text") {
    sonda::test::check_keys_in_sources("team-expectations", "team_expectations", messages_en());
}
