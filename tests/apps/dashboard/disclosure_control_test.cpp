// Disclosure control as the dashboard user meets it, on the real demo
// database with the real model, plugins and panels: the minimum cell cannot
// go below the study's without an explicit toggle, which puts a red banner
// on every view; filters that would make a total the core refuses give the
// groups that are cells and a note instead of the total; withheld groups say
// why.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "dashboard_fixture.hpp"
#include "selection_controls.hpp"
#include "sonda/error.hpp"
#include "sonda/report/report.hpp"

namespace {

using sonda::Withheld;
using sonda::dashboard::DashboardApp;
using sonda::dashboard::DashboardOptions;
using sonda::test::Dashboard;

// The demo's first two workshops: Livorno answered workshop 1 with four
// people, below the demo study's min_cell of 5.
DashboardOptions first_two_workshops(const std::string& language = "en") {
    DashboardOptions options;
    options.from_wave = "workshop-1";
    options.to_wave = "workshop-2";
    options.language = language;
    return options;
}

const sonda::GroupReport* group_of(const sonda::Report& report, const std::string& id) {
    for (const sonda::GroupReport& group : report.groups)
        if (group.group == id) return &group;
    return nullptr;
}

// Every view a user can open, with the form each one opens on.
std::vector<std::string> every_view(const Dashboard& dashboard) {
    std::vector<std::string> views{"overview", "entry"};
    for (const sonda::gui::Panel* panel : dashboard.panels.all()) views.push_back(panel->id());
    return views;
}

// A click on the last widget `draw` draws, as a user would: the mouse moves
// there, presses and releases; with `drag_left`, it drags to the far left
// before releasing. Returns whether any frame reported an edit.
template <typename Draw>
bool click_last_item(Dashboard& dashboard, Draw draw, bool drag_left = false) {
    ImVec2 low, high;
    bool changed = false;
    bool measured = false;
    const auto frame = [&] {
        dashboard.imgui.frame([&] {
            changed |= draw();
            // Measured with the mouse away: a tooltip would move the last item.
            if (!measured) {
                low = ImGui::GetItemRectMin();
                high = ImGui::GetItemRectMax();
                measured = true;
            }
        });
    };
    dashboard.imgui.move_mouse(-100, -100);
    frame();
    const float middle = (low.y + high.y) / 2;
    dashboard.imgui.move_mouse(drag_left ? low.x + 1 : (low.x + high.x) / 2, middle);
    frame();
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    if (drag_left) {
        dashboard.imgui.move_mouse(low.x - 300, middle);
        frame();
    }
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    dashboard.imgui.move_mouse(-100, -100);
    frame();
    return changed;
}

}  // namespace

TEST_CASE(
    "[dashboard] the minimum cell stops at the study's min_cell unless small groups are shown",
    "[dashboard][disclosure]") {
    Dashboard dashboard;
    DashboardApp app(*dashboard.project, dashboard.panels, first_two_workshops());
    sonda::gui::DashboardModel& model = app.model();
    const int study_min = dashboard.project->study().min_cell;
    REQUIRE(study_min == 5);
    CHECK(model.selection().min_cell == study_min);
    CHECK_FALSE(model.selection().show_small_groups);

    // Dragged as far left as it goes, the slider stops at the study's value.
    sonda::gui::Selection selection = model.selection();
    selection.min_cell = study_min + 7;
    const auto slider = [&] { return sonda::dashboard::draw_min_cell_slider(model, selection); };
    CHECK(click_last_item(dashboard, slider, true));
    CHECK(selection.min_cell == study_min);

    // A smaller k set in code is raised too: the core is never asked for it.
    selection.min_cell = 2;
    model.select(selection);
    model.wait();
    CHECK(model.selection().min_cell == study_min);
    REQUIRE(model.by_territory());
    CHECK(model.by_territory()->min_cell == study_min);
    CHECK(model.by_territory()->suppression);
    CHECK_FALSE(model.suppression_off());
    const sonda::GroupReport* livorno = group_of(*model.by_territory(), "livorno");
    REQUIRE(livorno);
    CHECK(livorno->withheld == Withheld::Small);

    // The toggle (its label, clicked) lets the slider go down to 1.
    selection = model.selection();
    const auto toggle = [&] {
        return sonda::dashboard::draw_small_groups_toggle(model, selection);
    };
    CHECK(click_last_item(dashboard, toggle));
    CHECK(selection.show_small_groups);
    CHECK(click_last_item(dashboard, slider, true));
    CHECK(selection.min_cell == 1);

    // Asked for with suppression off: the reports say so and Livorno's four
    // people are shown.
    selection.min_cell = 2;
    model.select(selection);
    model.wait();
    CHECK(model.selection().min_cell == 2);
    REQUIRE(model.by_territory());
    REQUIRE(model.overall());
    CHECK_FALSE(model.by_territory()->suppression);
    CHECK_FALSE(model.overall()->suppression);
    CHECK(model.by_territory()->min_cell == 2);
    CHECK(model.suppression_off());
    livorno = group_of(*model.by_territory(), "livorno");
    REQUIRE(livorno);
    CHECK(livorno->withheld == Withheld::No);
    CHECK_FALSE(livorno->scores.front().stats.suppressed);

    // Off again: back to the study's value at once.
    CHECK(click_last_item(dashboard, toggle));
    CHECK_FALSE(selection.show_small_groups);
    CHECK(selection.min_cell == study_min);
    model.select(selection);
    CHECK_FALSE(model.suppression_off());
}

TEST_CASE("[dashboard] with small groups shown every view carries the red banner",
          "[dashboard][disclosure]") {
    Dashboard dashboard;
    const float controls_right = 320;  // the controls column is 300 px wide at scale 1
    for (const std::string language : {"it", "en"}) {
        const std::string banner = language == "it" ? "OSCURAMENTO DEI PICCOLI GRUPPI DISATTIVATO"
                                                    : "SMALL-CELL SUPPRESSION IS OFF";
        for (const std::string& view : every_view(dashboard)) {
            DashboardOptions options = first_two_workshops(language);
            options.view = view;
            options.show_small_groups = true;
            options.min_cell = 2;
            DashboardApp app(*dashboard.project, dashboard.panels, options);
            app.model().wait();
            dashboard.draw(app);
            const std::string text = dashboard.drawn_text(app);
            INFO(language << " " << view);
            CHECK(app.current_view() == view);
            CHECK(app.model().suppression_off());
            CHECK_THAT(text, Catch::Contains(banner));
            CHECK(Dashboard::alert_vertices_right_of(controls_right) >= 4);

            // The same view, protected as usual: no banner.
            options.show_small_groups = false;
            options.min_cell.reset();
            DashboardApp protected_app(*dashboard.project, dashboard.panels, options);
            protected_app.model().wait();
            dashboard.draw(protected_app);
            CHECK_THAT(dashboard.drawn_text(protected_app), !Catch::Contains(banner));
            CHECK(Dashboard::alert_vertices_right_of(controls_right) == 0);
        }
    }
    // The toggle on with the study's own k shows nothing smaller: no banner.
    DashboardOptions options = first_two_workshops();
    options.show_small_groups = true;
    DashboardApp app(*dashboard.project, dashboard.panels, options);
    app.model().wait();
    CHECK(app.model().by_territory()->suppression);
    CHECK_FALSE(app.model().suppression_off());
}

TEST_CASE("[dashboard] a minimum cell below the study's from the command line needs the toggle",
          "[dashboard][disclosure]") {
    Dashboard dashboard;
    DashboardOptions options = first_two_workshops();
    options.min_cell = 2;
    CHECK_THROWS_WITH(DashboardApp(*dashboard.project, dashboard.panels, options),
                      Catch::Contains("--no-suppression"));
    options.min_cell = 8;  // raising it needs nothing
    DashboardApp app(*dashboard.project, dashboard.panels, options);
    CHECK(app.model().selection().min_cell == 8);
    options.territories = {"atlantis"};
    CHECK_THROWS_WITH(DashboardApp(*dashboard.project, dashboard.panels, options),
                      Catch::Contains("sds_pistoiese"));
}

TEST_CASE("[dashboard] two territories ticked: each on its own, and a note instead of their total",
          "[dashboard][disclosure]") {
    Dashboard dashboard(2400);
    for (const std::string language : {"it", "en"}) {
        DashboardOptions options = first_two_workshops(language);
        options.territories = {"livorno", "sds_pistoiese"};
        options.view = "overview";  // the context remembers the tab of the last app
        DashboardApp app(*dashboard.project, dashboard.panels, options);
        sonda::gui::DashboardModel& model = app.model();
        model.wait();
        INFO(language);
        CHECK(model.error().empty());
        REQUIRE(model.by_territory());
        std::vector<std::string> groups;
        for (const sonda::GroupReport& group : model.by_territory()->groups)
            groups.push_back(group.group);
        CHECK(groups == std::vector<std::string>{"sds_pistoiese", "livorno"});
        CHECK_FALSE(model.overall());
        CHECK_THAT(model.total_note(),
                   Catch::Contains(language == "it" ? "non si pubblica" : "not published"));
        CHECK_THAT(model.total_note(),
                   Catch::Contains(language == "it" ? "2 territori su 4" : "2 of 4 territories"));

        // Where the note stands, the core refuses the total.
        sonda::ReportRequest request;
        request.form = model.selection().form;
        request.from_wave = "workshop-1";
        request.to_wave = "workshop-2";
        request.territories = options.territories;
        request.by = sonda::GroupBy::None;
        CHECK_THROWS_AS(sonda::build_report(*dashboard.project, request), sonda::UsageError);

        // The overview shows the note in place of the total, and both territories.
        dashboard.draw(app);
        const std::string text = dashboard.drawn_text(app);
        CHECK_THAT(text, Catch::Contains(model.total_note()));
        CHECK_THAT(text, Catch::Contains("Livorno"));

        // Every view of every instrument draws with the two territories.
        for (const std::string& view : every_view(dashboard)) {
            options.view = view;
            DashboardApp other(*dashboard.project, dashboard.panels, options);
            other.model().wait();
            dashboard.draw(other);
            INFO(view);
            CHECK(other.model().error().empty());
            CHECK(other.model().by_territory());
            CHECK(dashboard.draw(other) > 1000);
            CHECK(other.current_view() == view);
        }
    }
}

TEST_CASE("[dashboard] two roles ticked: no total is a cell, and the note says how to see each",
          "[dashboard][disclosure]") {
    Dashboard dashboard;
    DashboardOptions options = first_two_workshops();
    options.roles = {"social_service", "employment_centre"};
    DashboardApp app(*dashboard.project, dashboard.panels, options);
    app.model().wait();
    CHECK_FALSE(app.model().by_territory());
    CHECK_FALSE(app.model().overall());
    CHECK_THAT(app.model().error(), Catch::Contains("2 of 4 roles"));
    CHECK_THAT(app.model().error(), Catch::Contains("tick only that one"));

    sonda::ReportRequest request;
    request.form = app.model().selection().form;
    request.roles = options.roles;
    CHECK_THROWS_AS(sonda::build_report(*dashboard.project, request), sonda::UsageError);

    for (const std::string& view : every_view(dashboard)) {
        options.view = view;
        DashboardApp other(*dashboard.project, dashboard.panels, options);
        other.model().wait();
        dashboard.draw(other);
        dashboard.draw(other);
        INFO(view);
        CHECK(other.current_view() == view);
        if (view != "entry")  // the entry form needs no report
            CHECK_THAT(dashboard.drawn_text(other), Catch::Contains("2 of 4 roles"));
    }

    // One role and one territory is a cell: both reports, no note.
    options.view.clear();
    options.roles = {"social_service"};
    options.territories = {"sds_pistoiese"};
    DashboardApp cell(*dashboard.project, dashboard.panels, options);
    cell.model().wait();
    CHECK(cell.model().error().empty());
    CHECK(cell.model().by_territory());
    CHECK(cell.model().overall());
    CHECK(cell.model().total_note().empty());

    // Every territory ticked is no filter at all.
    options.roles.clear();
    options.territories = {"sds_pistoiese", "sds_grossetana", "livorno", "piana_di_lucca"};
    DashboardApp all(*dashboard.project, dashboard.panels, options);
    all.model().wait();
    CHECK(all.model().selection().territories.empty());
    CHECK(all.model().overall());
    CHECK(all.model().total_note().empty());
}

TEST_CASE("[dashboard] the overview says why each withheld group is withheld",
          "[dashboard][disclosure]") {
    Dashboard dashboard(3000);
    for (const std::string language : {"it", "en"}) {
        DashboardOptions options = first_two_workshops(language);
        options.view = "overview";
        DashboardApp app(*dashboard.project, dashboard.panels, options);
        app.model().wait();
        REQUIRE(app.model().overall());
        bool small = false, protects = false;
        for (const sonda::Report* report : {app.model().by_territory(), app.model().overall()})
            for (const sonda::GroupReport& group : report->groups) {
                small = small || group.withheld == Withheld::Small;
                protects = protects || group.withheld == Withheld::Protects;
            }
        REQUIRE(small);  // Livorno at workshop 1
        // Else Livorno would be everyone minus the other three: one of them
        // is withheld with it (Piana di Lucca, in the demo).
        CHECK(protects);
        dashboard.draw(app);
        const std::string text = dashboard.drawn_text(app);
        INFO(language);
        CHECK_THAT(text, Catch::Contains(language == "it" ? "oscurato: meno di 5"
                                                          : "withheld: fewer than 5"));
        CHECK_THAT(text,
                   Catch::Contains(language == "it" ? "oscurato a protezione di un altro gruppo"
                                                    : "withheld to protect another group"));
        CHECK_THAT(text, !Catch::Contains("suppressed (n <"));
    }
}
