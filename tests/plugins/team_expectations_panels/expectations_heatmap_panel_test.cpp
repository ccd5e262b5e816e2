// The team-expectations heatmap on the real demo database: every cell agrees
// with the texts behind it, Livorno's small first workshop is suppressed (and
// the texts of everyone never name its writers), and the panel draws every
// group, view and count headless (an ImGui context with no backend). A wave
// nobody answered is made by withdrawing a territory's answers.
#include "expectations_heatmap_panel.hpp"

#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <set>

#include "demo_project.hpp"
#include "headless_imgui.hpp"
#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "temporary_database.hpp"
#include "theme_heatmap.hpp"

using namespace sonda::team_expectations::panels;

namespace {

using sonda::test::demo_database;

struct Demo {
    sonda::Engine engine;
    std::unique_ptr<sonda::Project> project;
    Demo() {
        engine.load_plugins();
        project = std::make_unique<sonda::Project>(engine, demo_database());
    }
    sonda::Report report(const std::string& from, const std::string& to,
                         sonda::GroupBy by = sonda::GroupBy::Territory) {
        sonda::ReportRequest request;
        request.form = "team-expectations";
        request.from_wave = from;
        request.to_wave = to;
        request.by = by;
        request.language = "it";
        return sonda::build_report(*project, request);
    }
};

const sonda::GroupReport* group_of(const sonda::Report& report, const std::string& id) {
    for (const sonda::GroupReport& group : report.groups)
        if (group.group == id) return &group;
    return nullptr;
}

}  // namespace

TEST_CASE(
    "[team_expectations_panels] on the demo every shown cell counts exactly the texts behind it",
    "[team_expectations_panels]") {
    Demo demo;
    const sonda::Report report = demo.report("workshop-1", "workshop-2");
    REQUIRE_FALSE(report.groups.empty());
    int shown_groups = 0;
    long long texts_seen = 0;
    for (const sonda::GroupReport& group : report.groups) {
        const ThemeHeatmap heatmap = ThemeHeatmap::from_group(group);
        if (!heatmap.present()) {
            // Withheld by the report (primary or complementary suppression).
            CHECK(heatmap.withheld());
            continue;
        }
        ++shown_groups;
        INFO(group.group);
        REQUIRE(heatmap.themes().size() == 7);
        REQUIRE(heatmap.services().size() == 4);
        CHECK(heatmap.themes()[1].label ==
              "Corresponsabilità nella presa in carico");  // the report's language
        for (const WaveSide side : {WaveSide::From, WaveSide::To}) {
            const HeatmapView view = side == WaveSide::From ? HeatmapView::From : HeatmapView::To;
            for (std::size_t t = 0; t < heatmap.themes().size(); ++t)
                for (std::size_t s = 0; s < heatmap.services().size(); ++s) {
                    const CellRef where{t, s};
                    const HeatCell texts = heatmap.cell(where, view, HeatmapMeasure::Texts);
                    const auto behind = heatmap.texts_of(where, side);
                    if (!texts.shown()) {
                        CHECK(behind.empty());
                        continue;
                    }
                    CHECK(static_cast<long long>(behind.size()) == texts.value);
                    // Texts name no writer, so the respondents behind a cell
                    // can only be bounded by its texts: at least one writer
                    // for any text, at most one per text.
                    const long long people =
                        heatmap.cell(where, view, HeatmapMeasure::Respondents).value;
                    CHECK(people <= texts.value);
                    CHECK((people > 0) == (texts.value > 0));
                    texts_seen += texts.value;
                }
        }
    }
    CHECK(shown_groups == 2);  // Pistoia, Grosseto; Livorno small, Lucca withheld with it
    CHECK(texts_seen > 20);    // the demo's texts are coded: the grid is not empty
}

TEST_CASE("[team_expectations_panels] on the demo Livorno's first workshop is suppressed, not zero",
          "[team_expectations_panels]") {
    Demo demo;
    const sonda::Report report = demo.report("workshop-1", "workshop-2");
    const sonda::GroupReport* livorno = group_of(report, "livorno");
    REQUIRE(livorno);
    const ThemeHeatmap heatmap = ThemeHeatmap::from_group(*livorno);
    CHECK(heatmap.suppressed(WaveSide::From));
    if (heatmap.present()) {
        // The report kept the group (its workshop-2 figures are shown).
        CHECK(heatmap.n(WaveSide::From) > 0);
        CHECK(heatmap.n(WaveSide::From) < report.min_cell);
        CHECK_FALSE(heatmap.suppressed(WaveSide::To));
        CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::To, HeatmapMeasure::Texts).shown());
    }
    for (std::size_t t = 0; t < 7; ++t)
        for (std::size_t s = 0; s < 4; ++s) {
            CHECK(heatmap.cell(CellRef{t, s}, HeatmapView::From, HeatmapMeasure::Texts).state ==
                  CellState::Suppressed);
            CHECK(heatmap.cell(CellRef{t, s}, HeatmapView::Change, HeatmapMeasure::Respondents)
                      .state == CellState::Suppressed);
            CHECK(heatmap.texts_of(CellRef{t, s}, WaveSide::From).empty());
        }
}

TEST_CASE(
    "[team_expectations_panels] everyone's texts never name a writer of a suppressed territory",
    "[team_expectations_panels]") {
    Demo demo;
    const sonda::Report by_territory = demo.report("workshop-1", "workshop-2");
    const sonda::Report overall = demo.report("workshop-1", "workshop-2", sonda::GroupBy::None);
    const WriterVisibility writers(by_territory);
    const ThemeHeatmap everyone = ThemeHeatmap::from_group(overall.groups.at(0));
    // Livorno's first-workshop texts are in everyone's group either without
    // a territory (the report does not name a territory withheld inside the
    // group) or with it; either way the panel must not attribute them.
    int unattributed_first = 0, named = 0;
    for (std::size_t t = 0; t < everyone.themes().size(); ++t)
        for (std::size_t s = 0; s < everyone.services().size(); ++s)
            for (const WaveSide side : {WaveSide::From, WaveSide::To})
                for (const CodedTextEntry* text : everyone.texts_of(CellRef{t, s}, side)) {
                    if (side == WaveSide::From &&
                        (text->territory == "livorno" || text->territory.empty())) {
                        ++unattributed_first;
                        CHECK_FALSE(writers.may_name(*text));
                    } else if (writers.may_name(*text)) {
                        ++named;
                    }
                }
    CHECK(unattributed_first > 0);  // the demo does have such texts in everyone's group
    CHECK(named > 0);
    CHECK_FALSE(WriterVisibility().may_name(CodedTextEntry{}));
}

TEST_CASE(
    "[team_expectations_panels] a territory whose answers were all withdrawn reads as absent, not "
    "0",
    "[team_expectations_panels]") {
    // A demo database of its own, since responses are withdrawn from it.
    sonda::test::TemporaryDatabase file;
    sonda::test::build_demo_database(file.path());
    sonda::Engine engine;
    engine.load_plugins();
    sonda::Project project(engine, file.path());
    sonda::ResponseFilter filter;
    filter.form = "team-expectations";
    filter.waves = {"workshop-2"};
    filter.territories = {"sds_grossetana"};
    std::vector<std::string> ids;
    project.store().for_each_response(
        filter, [&](const sonda::StoredResponse& stored) { ids.push_back(stored.response.id); });
    REQUIRE(ids.size() >= 5);
    for (const std::string& id : ids) project.store().withdraw_response(id, "test: an absent wave");

    sonda::ReportRequest request;
    request.form = "team-expectations";
    request.from_wave = "workshop-1";
    request.to_wave = "workshop-2";
    request.territories = {"sds_grossetana"};
    request.by = sonda::GroupBy::None;
    // Suppression on or off (an evaluator holding the raw data), the heatmap
    // shows that nobody answered at wave B: with it off the instrument writes
    // zeros for wave B and a change of 0 - a, which are neither counts nor a drop.
    for (const bool suppression : {true, false}) {
        INFO("suppression " << suppression);
        request.suppression = suppression;
        const sonda::Report report = sonda::build_report(project, request);
        REQUIRE(report.groups.size() == 1);
        const ThemeHeatmap heatmap = ThemeHeatmap::from_group(report.groups.front());
        REQUIRE(heatmap.present());
        CHECK(heatmap.n(WaveSide::To) == 0);
        CHECK(heatmap.n(WaveSide::From) == 10);
        long long texts_before = 0;
        for (std::size_t t = 0; t < heatmap.themes().size(); ++t)
            for (std::size_t s = 0; s < heatmap.services().size(); ++s) {
                const CellRef where{t, s};
                CHECK(heatmap.cell(where, HeatmapView::To, HeatmapMeasure::Texts).state ==
                      CellState::NoResponses);
                CHECK(heatmap.cell(where, HeatmapView::Change, HeatmapMeasure::Respondents).state ==
                      CellState::NoResponses);
                const HeatCell before =
                    heatmap.cell(where, HeatmapView::From, HeatmapMeasure::Texts);
                REQUIRE(before.shown());
                texts_before += before.value;
            }
        CHECK(texts_before > 0);
        CHECK_FALSE(heatmap.busiest(HeatmapView::Change, HeatmapMeasure::Texts));
    }
}

TEST_CASE("[team_expectations_panels] the panel draws every group, view and count of the demo",
          "[team_expectations_panels]") {
    Demo demo;
    sonda::test::HeadlessImGui imgui{1280, 800};
    sonda::gui::DashboardModel model(*demo.project);
    sonda::gui::Selection selection = model.default_selection();
    selection.form = "team-expectations";
    selection.from_wave = "workshop-1";
    selection.to_wave = "workshop-2";
    selection.language = "it";
    model.select(selection);
    sonda::gui::PanelContext context{model, "it", 1.0f};
    ExpectationsHeatmapPanel panel;
    // Until the worker's full report is taken, the groups have no extras:
    // the panel waits rather than reading them as withheld groups.
    REQUIRE_FALSE(model.complete());  // nothing has polled yet
    imgui.frame([&] { panel.draw(context); });
    CHECK(panel.heatmap() == nullptr);
    model.wait();
    REQUIRE(model.by_territory());

    const int first = imgui.frame([&] { panel.draw(context); });
    CHECK(first > 3000);
    REQUIRE(panel.heatmap());
    CHECK(panel.group() == "all");
    // It opens on the cell that moved most, with its texts listed.
    REQUIRE(panel.selected_cell());
    const HeatCell busiest =
        panel.heatmap()->cell(*panel.selected_cell(), HeatmapView::Change, HeatmapMeasure::Texts);
    CHECK(busiest.shown());
    CHECK(busiest.value != 0);

    // Everyone's texts at workshop 1 include Livorno's; the panel must not
    // attribute them, while Pistoia's are attributed.
    int livorno = 0, pistoia = 0;
    for (std::size_t t = 0; t < 7; ++t)
        for (std::size_t s = 0; s < 4; ++s)
            for (const CodedTextEntry* text :
                 panel.heatmap()->texts_of(CellRef{t, s}, WaveSide::From)) {
                if (text->territory == "livorno" || text->territory.empty()) {
                    ++livorno;
                    CHECK_FALSE(panel.writers().may_name(*text));
                }
                if (text->territory == "sds_pistoiese") {
                    ++pistoia;
                    CHECK(panel.writers().may_name(*text));
                }
            }
    CHECK(livorno > 0);
    CHECK(pistoia > 0);

    std::map<std::string, int> vertices;
    for (const std::string group : {"all", "sds_pistoiese", "livorno"})
        for (const HeatmapView view : {HeatmapView::From, HeatmapView::To, HeatmapView::Change})
            for (const HeatmapMeasure measure :
                 {HeatmapMeasure::Texts, HeatmapMeasure::Respondents}) {
                panel.show(group, view, measure);
                const int drawn = imgui.frame([&] { panel.draw(context); });
                INFO(group << " view " << static_cast<int>(view) << " measure "
                           << static_cast<int>(measure));
                CHECK(panel.group() == group);
                // Livorno is withheld: one hatched box instead of the grid.
                CHECK(drawn > (group == "livorno" ? 1000 : 3000));
                vertices[group + std::to_string(static_cast<int>(view)) +
                         std::to_string(static_cast<int>(measure))] = drawn;
            }
    REQUIRE(panel.heatmap());
    CHECK(panel.heatmap()->withheld());
    // Each view and count draws its own grid; the withheld group draws the same box whatever is
    // asked.
    CHECK(vertices["all00"] != vertices["all20"]);
    CHECK(vertices["all20"] != vertices["all21"]);
    CHECK(vertices["sds_pistoiese00"] != vertices["all00"]);
    CHECK(vertices["livorno00"] == vertices["livorno10"]);

    // A cell of the uncoded row can be selected and drawn; a group that is
    // not in the selection falls back to the first.
    panel.show("sds_grossetana", HeatmapView::Change, HeatmapMeasure::Texts);
    panel.select_cell(CellRef{std::nullopt, 0});
    CHECK(imgui.frame([&] { panel.draw(context); }) > 2000);
    panel.show("no-such-territory", HeatmapView::Change, HeatmapMeasure::Texts);
    CHECK(imgui.frame([&] { panel.draw(context); }) > 2000);
    CHECK(panel.group() == "all");

    // Filtering the dashboard down to one territory opens that territory.
    selection.territories = {"sds_grossetana"};
    model.select(selection);
    model.wait();
    imgui.frame([&] { panel.draw(context); });
    CHECK(panel.group() == "sds_grossetana");
    selection.territories.clear();
    model.select(selection);
    model.wait();

    // A minimum cell above every group: everything is suppressed, and drawn.
    selection.min_cell = 1000;
    model.select(selection);
    model.wait();
    panel.show("all", HeatmapView::Change, HeatmapMeasure::Texts);
    CHECK(imgui.frame([&] { panel.draw(context); }) > 500);
    REQUIRE(panel.heatmap());
    CHECK(panel.heatmap()->suppressed(WaveSide::From));
    CHECK_FALSE(panel.heatmap()->busiest(HeatmapView::To, HeatmapMeasure::Texts));
}

TEST_CASE("[team_expectations_panels] clicking a cell selects it, every cell of the grid included",
          "[team_expectations_panels]") {
    Demo demo;
    sonda::test::HeadlessImGui imgui{1280, 800};
    sonda::gui::DashboardModel model(*demo.project);
    sonda::gui::Selection selection = model.default_selection();
    selection.form = "team-expectations";
    selection.from_wave = "workshop-1";
    selection.to_wave = "workshop-2";
    model.select(selection);
    model.wait();
    sonda::gui::PanelContext context{model, "en", 1.0f};
    ExpectationsHeatmapPanel panel;
    panel.show("sds_pistoiese", HeatmapView::From, HeatmapMeasure::Texts);
    imgui.frame([&] { panel.draw(context); });
    REQUIRE(panel.heatmap());
    REQUIRE(panel.heatmap()->present());

    // Sweep the window with clicks (press in one frame, release in the next)
    // and collect what each click selected. Clicks on the switches change the
    // view, so it is set again before each click.
    std::set<std::pair<int, std::size_t>> clicked;
    for (float y = 0; y < 800; y += 12)
        for (float x = 0; x < 1280; x += 40) {
            panel.show("sds_pistoiese", HeatmapView::From, HeatmapMeasure::Texts);
            panel.select_cell(std::nullopt);
            imgui.move_mouse(x, y);
            ImGui::GetIO().MouseDown[0] = true;
            imgui.frame([&] { panel.draw(context); });
            ImGui::GetIO().MouseDown[0] = false;
            imgui.frame([&] { panel.draw(context); });
            if (const auto& cell = panel.selected_cell())
                clicked.insert({cell->theme ? static_cast<int>(*cell->theme) : -1, cell->service});
        }
    // The 7 x 4 theme cells and the 4 cells of texts with no theme.
    CHECK(clicked.size() == 7 * 4 + 4);
    CHECK(clicked.count({-1, 3}) == 1);
    CHECK(panel.group() == "sds_pistoiese");
}
