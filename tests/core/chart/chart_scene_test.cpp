// Every chart of every demo form, for everyone and for each territory, in both
// languages: texts inside the canvas and not on top of each other, withheld
// groups drawn without a figure, and no English left in an Italian chart.
#include <catch2/catch.hpp>
#include <regex>

#include "demo_project.hpp"
#include "sonda/chart/charts.hpp"
#include "sonda/chart/text_width.hpp"
#include "sonda/error.hpp"

using namespace sonda;
using namespace sonda::chart;

namespace {

struct Box {
    double left, top, right, bottom;
};

Box box_of(const Text& text) {
    const double width = text_width(text.text, text.size, text.bold);
    const double left = text.anchor == Anchor::Start    ? text.at.x
                        : text.anchor == Anchor::Middle ? text.at.x - width / 2
                                                        : text.at.x - width;
    // DejaVu Sans: ascent 0.93 em, descent 0.24 em; the glyphs' own box is
    // smaller, so use 0.75 and 0.2: lines 1.2 em apart must not count as
    // touching.
    return {left, text.at.y - 0.75 * text.size, left + width, text.at.y + 0.2 * text.size};
}

bool overlap(const Box& a, const Box& b) {
    constexpr double kSlack = 0.5;
    return a.left < b.right - kSlack && b.left < a.right - kSlack && a.top < b.bottom - kSlack &&
           b.top < a.bottom - kSlack;
}

std::vector<Text> texts(const Scene& scene) {
    std::vector<Text> all;
    for (const Shape& shape : scene.shapes)
        if (const auto* text = std::get_if<Text>(&shape)) all.push_back(*text);
    return all;
}

void check_legible(const Scene& scene, const std::string& what) {
    const std::vector<Text> all = texts(scene);
    REQUIRE(!all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Box box = box_of(all[i]);
        INFO(what << ": \"" << all[i].text << "\"");
        CHECK(box.left >= 0);
        CHECK(box.right <= scene.width);
        CHECK(box.top >= 0);
        CHECK(box.bottom <= scene.height);
        CHECK(all[i].size >= 11);  // 14.7 px at 1280 px: legible on a projector
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            INFO("and \"" << all[j].text << "\"");
            CHECK_FALSE(overlap(box, box_of(all[j])));
        }
    }
}

}  // namespace

TEST_CASE("[chart] every chart of the demo fits its canvas with no text on top of another",
          "[chart]") {
    test::DemoProject demo;
    for (const char* form : {"network-dimensions", "team-expectations", "objectives-monitoring"})
        for (const ChartInfo& info : list_charts(demo.engine.registry(), "en"))
            if (info.instrument.empty() || info.instrument == form)
                for (const char* territory : {"", "sds_pistoiese", "livorno"})
                    for (const char* language : {"it", "en"})
                        for (const auto& [from, to] : {std::pair<std::string, std::string>{"", ""},
                                                       {"workshop-1", "workshop-2"}}) {
                            ChartRequest request{form, info.name, territory, from,
                                                 to,   language,  {}};
                            const Scene scene = build_chart(*demo.project, request);
                            check_legible(scene, std::string(form) + " " + info.name + " " +
                                                     territory + " " + language + " " + from);
                        }
}

TEST_CASE("[chart] a withheld group is drawn without a single figure", "[chart]") {
    test::DemoProject demo;
    // Livorno has fewer than five respondents at workshop 1.
    ChartRequest request{"network-dimensions", "change", "livorno", "workshop-1",
                         "workshop-2",         "en",     {}};
    const Scene scene = build_chart(*demo.project, request);
    const std::regex figure(R"([+-]?\d+[.,]\d)");
    bool says_withheld = false;
    for (const Text& text : texts(scene)) {
        INFO(text.text);
        CHECK_FALSE(std::regex_search(text.text, figure));
        says_withheld = says_withheld || text.text.find("fewer than 5") != std::string::npos;
    }
    CHECK(says_withheld);

    // In the territories chart, its row says "not shown" in every column.
    request.chart = "territories";
    request.territory.clear();
    int not_shown = 0;
    for (const Text& text : texts(build_chart(*demo.project, request)))
        not_shown += text.text == "not shown";
    CHECK(not_shown >= 4);
}

TEST_CASE("[chart] an Italian chart has no English words of the charts in it", "[chart]") {
    test::DemoProject demo;
    const std::vector<std::string> english{"Change",       "Means",     "Profile",
                                           "withheld",     "not shown", "Whole community",
                                           "95% interval", "Groups of", "fewer"};
    for (const ChartInfo& info : list_charts(demo.engine.registry(), "it")) {
        const std::string form = info.instrument.empty() ? "network-dimensions" : info.instrument;
        ChartRequest request{form, info.name, "sds_pistoiese", "workshop-1", "workshop-2",
                             "it", {}};
        for (const Text& text : texts(build_chart(*demo.project, request)))
            for (const std::string& word : english) {
                INFO(info.name << ": " << text.text);
                CHECK(text.text.find(word) == std::string::npos);
            }
    }
}

TEST_CASE("[chart] unknown charts and territories are refused with the known ones", "[chart]") {
    test::DemoProject demo;
    ChartRequest request{"network-dimensions", "pie", "", "", "", "en", {}};
    CHECK_THROWS_WITH(
        build_chart(*demo.project, request),
        Catch::Contains("unknown chart 'pie'") && Catch::Contains("change, territories"));
    request.chart = "change";
    request.territory = "pisa";
    CHECK_THROWS_WITH(build_chart(*demo.project, request),
                      Catch::Contains("unknown territory 'pisa'") && Catch::Contains("livorno"));
    request.chart = "heatmap";
    request.territory.clear();
    CHECK_THROWS_WITH(build_chart(*demo.project, request),
                      Catch::Contains("chart 'heatmap' draws what the team-expectations "
                                      "instrument adds; form 'network-dimensions' is scored by "
                                      "network-dimensions"));
}
