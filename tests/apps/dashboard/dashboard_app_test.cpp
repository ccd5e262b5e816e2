// The whole dashboard drawn headless (an ImGui context with no backend) on the
// real demo database, with the real plugins and panel modules.

#include "dashboard_app.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "dashboard_fixture.hpp"
#include "response_entry_panel.hpp"
#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/gui/panel_host.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/verdict.hpp"

namespace {

using sonda::test::Dashboard;

}  // namespace

TEST_CASE("[dashboard] the default view compares the first and the last wave with data",
          "[dashboard]") {
    Dashboard dashboard;
    REQUIRE(dashboard.panels.find("network-dimensions.dimensions"));
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, {});
    const auto& selection = app.model().selection();
    REQUIRE_FALSE(selection.form.empty());
    const auto waves = app.model().waves_with_data(selection.form);
    REQUIRE(waves.size() >= 2);
    CHECK(selection.to_wave == waves.back());
    CHECK(selection.from_wave == waves.front());
    REQUIRE(app.model().by_territory());
    CHECK(app.model().error().empty());
}

TEST_CASE("[dashboard] every panel of the network-dimensions form draws on the demo",
          "[dashboard]") {
    Dashboard dashboard;
    for (const std::string view :
         {"overview", "network-dimensions.dimensions", "network-dimensions.map", "entry"}) {
        sonda::dashboard::DashboardOptions options;
        options.view = view;
        options.from_wave = "workshop-1";
        options.to_wave = "workshop-2";
        sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
        dashboard.draw(app);
        const int vertices = dashboard.draw(app);
        INFO(view);
        CHECK(app.current_view() == view);
        CHECK(vertices > 2000);  // far more than an empty window with a tab bar
    }
}

TEST_CASE("[dashboard] the dimensions panel and the overview show the reports' verdicts",
          "[dashboard]") {
    Dashboard dashboard(3000);  // tall: every group in view, so every text is drawn
    for (const std::string language : {"en", "it"}) {
        for (const std::string view : {"network-dimensions.dimensions", "overview"}) {
            sonda::dashboard::DashboardOptions options;
            options.view = view;
            options.from_wave = "workshop-1";
            options.to_wave = "workshop-2";
            options.language = language;
            sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
            app.model().wait();
            const sonda::Report* overall = app.model().overall();
            REQUIRE(overall);
            dashboard.draw(app);
            const std::string text = dashboard.drawn_text(app);
            INFO(language << " " << view);
            // Everyone's verdict on each dimension, by the rule the reports use,
            // in the reader's language.
            int shown = 0;
            for (const sonda::ScoreReport& score : overall->groups.at(0).scores) {
                const bool dimension = score.stats.score == "sharing" ||
                                       score.stats.score == "integration" ||
                                       score.stats.score == "consolidation_development" ||
                                       score.stats.score == "capacity_building";
                if (score.stats.suppressed || (view != "overview" && !dimension)) continue;
                const sonda::Outcome outcome = sonda::judge_change(*overall, score).outcome;
                INFO(score.stats.score);
                CHECK_THAT(text, Catch::Contains(sonda::outcome_words(outcome, language)));
                ++shown;
            }
            CHECK(shown > 0);
            CHECK_THAT(text, !Catch::Contains("0.000"));
            CHECK_THAT(text, !Catch::Contains("0,000"));
            CHECK_THAT(text, !Catch::Contains("cohen_dz"));
            CHECK_THAT(text, !Catch::Contains("hedges_g"));
        }
    }
}

TEST_CASE("[dashboard] the trend tab draws every wave and every territory, as sonda chart does",
          "[dashboard]") {
    Dashboard dashboard(2000);
    for (const std::string language : {"it", "en"}) {
        sonda::dashboard::DashboardOptions options;
        options.view = "trend";
        options.language = language;
        sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
        dashboard.settle(app);
        REQUIRE(app.current_view() == "trend");
        const std::string text = dashboard.drawn_text(app);
        INFO(language << ": " << text);
        const sonda::Study& study = dashboard.project->study();
        // The trend's key numbers every wave of the demo (the sidebar names
        // waves too, so the key's own words are looked for).
        CHECK_THAT(text, Catch::Contains("1 = " + study.short_wave_title("workshop-1", language) +
                                         "; 2 = " + study.short_wave_title("workshop-2", language) +
                                         "; 3 = " + study.short_wave_title("follow-up", language)));
        const std::string trend = sonda::i18n::tr(language, "chart.trend") + ": ";
        const std::string pistoia = study.territory("sds_pistoiese")->name.get(language);
        CHECK_THAT(text, !Catch::Contains(trend + pistoia));
        // The territories chart, below it, has a row per territory shown.
        CHECK_THAT(text, Catch::Contains(sonda::i18n::tr(language, "chart.territories")));
        // One territory ticked: its own trend.
        auto selection = app.model().selection();
        selection.territories = {"sds_pistoiese"};
        app.model().select(selection);
        dashboard.settle(app);
        CHECK_THAT(dashboard.drawn_text(app), Catch::Contains(trend + pistoia));
    }
}

TEST_CASE("[dashboard] a view of another instrument switches to its form", "[dashboard]") {
    Dashboard dashboard;
    for (sonda::gui::Panel* panel : dashboard.panels.all()) {
        sonda::dashboard::DashboardOptions options;
        options.view = panel->id();
        sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
        INFO(panel->id());
        CHECK(dashboard.project->form(app.model().selection().form).plugin == panel->instrument());
        dashboard.draw(app);
        dashboard.draw(app);
        CHECK(app.current_view() == panel->id());
    }
}

TEST_CASE("[dashboard] a minimum cell larger than every group withholds every figure",
          "[dashboard]") {
    Dashboard dashboard;
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, {});
    auto selection = app.model().selection();
    selection.min_cell = 1000;
    app.model().select(selection);
    REQUIRE(app.model().by_territory());
    for (const auto& group : app.model().by_territory()->groups)
        for (const auto& score : group.scores) {
            CHECK(score.stats.suppressed);
            CHECK_FALSE(score.stats.mean_from.has_value());
        }
    CHECK(dashboard.draw(app) > 0);
}

TEST_CASE("[dashboard] a typed-in response is validated like an import, stored, then withdrawn",
          "[dashboard]") {
    Dashboard dashboard;
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, {});
    sonda::dashboard::ResponseEntryPanel entry(dashboard.panels);
    auto& model = app.model();
    sonda::ResponseFilter filter;
    filter.form = model.selection().form;
    const long long before = dashboard.project->store().count_responses(filter);

    entry.start_new(model);
    const sonda::Study& study = dashboard.project->study();
    entry.draft().territory = study.territories.front().id;
    entry.draft().role = study.roles.front().id;
    entry.draft().respondent = "Mario Rossi";  // a name, not a code
    CHECK_FALSE(entry.save(model));
    REQUIRE_FALSE(entry.messages().empty());
    // In the dashboard's language (the demo's Italian), as an import with --lang it says it.
    CHECK_THAT(entry.messages().front(),
               Catch::Contains("$.respondent: il codice del rispondente contiene uno spazio"));
    CHECK(dashboard.project->store().count_responses(filter) == before);

    entry.draft().respondent = "TEST-ENTRY-01";
    REQUIRE(entry.save(model));
    CHECK(dashboard.project->store().count_responses(filter) == before + 1);

    sonda::StoredResponse stored;
    dashboard.project->store().for_each_response(
        filter, [&](const sonda::StoredResponse& candidate) {
            if (candidate.response.respondent == "TEST-ENTRY-01") stored = candidate;
        });
    REQUIRE(stored.response.respondent == "TEST-ENTRY-01");
    entry.load(stored);
    CHECK_FALSE(entry.withdraw(model));  // no reason given
    // Said in the dashboard's language (the demo study's first: Italian).
    CHECK(entry.messages().front() ==
          sonda::i18n::tr(model.selection().language, "entry.reason_withdraw"));
    CHECK(dashboard.project->store().count_responses(filter) == before + 1);
    entry.set_reason("entered twice by mistake");
    REQUIRE(entry.withdraw(model));
    CHECK(dashboard.project->store().count_responses(filter) == before);
}

TEST_CASE("[dashboard] the team-expectations heatmap comes from its module and draws the demo",
          "[dashboard]") {
    Dashboard dashboard;
    REQUIRE(dashboard.panels.find("team-expectations.heatmap"));
    sonda::dashboard::DashboardOptions options;
    options.view = "team-expectations.heatmap";
    options.from_wave = "workshop-1";
    options.to_wave = "workshop-2";
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
    CHECK(app.model().selection().form == "team-expectations");
    app.model().wait();
    dashboard.draw(app);
    const int vertices = dashboard.draw(app);
    CHECK(app.current_view() == "team-expectations.heatmap");
    CHECK(vertices > 5000);  // the grid of 7 themes x 4 services and the texts of a cell
}

TEST_CASE(
    "[dashboard] the objectives board draws on the demo and the objective list has its editor",
    "[dashboard]") {
    Dashboard dashboard;
    REQUIRE(dashboard.panels.find("objectives-monitoring.board"));
    const sonda::gui::ItemEditor* editor = dashboard.panels.editor("objective_list");
    REQUIRE(editor);
    CHECK(editor->type() == "objective_list");
    for (const std::string language : {"it", "en"}) {
        sonda::dashboard::DashboardOptions options;
        options.view = "objectives-monitoring.board";
        options.language = language;
        options.from_wave = "workshop-1";
        options.to_wave = "workshop-2";
        sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
        CHECK(app.model().selection().form == "objectives-monitoring");
        app.model().wait();  // the board needs the full report (instrument extras)
        dashboard.draw(app);
        const int vertices = dashboard.draw(app);
        INFO(language);
        CHECK(app.current_view() == "objectives-monitoring.board");
        CHECK(vertices > 4000);  // cards, tables and bars, not a "nothing to compare" line
    }
}

TEST_CASE("[dashboard] objectives typed in with the list editor are saved only once valid",
          "[dashboard]") {
    Dashboard dashboard;
    sonda::dashboard::DashboardOptions options;
    options.form = "objectives-monitoring";
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
    auto& model = app.model();
    sonda::dashboard::ResponseEntryPanel entry(dashboard.panels);
    sonda::ResponseFilter filter;
    filter.form = "objectives-monitoring";
    const long long before = dashboard.project->store().count_responses(filter);

    entry.start_new(model);
    const sonda::Study& study = dashboard.project->study();
    entry.draft().territory = study.territories.front().id;
    entry.draft().role = study.roles.front().id;
    entry.draft().respondent = "TEST-TEAM-01";

    // "+ objective" is the editor's last widget: click it as a user would.
    const sonda::gui::ItemEditor* editor = dashboard.panels.editor("objective_list");
    REQUIRE(editor);
    const sonda::Form& form = dashboard.project->form("objectives-monitoring");
    const sonda::Item* item = form.item("objectives");
    REQUIRE(item);
    Poco::Dynamic::Var value;
    ImVec2 low, high;
    auto frame = [&] {
        bool changed = false;
        dashboard.imgui.frame([&] {
            changed = editor->edit(*item, value, sonda::gui::EditContext{study, "en", &form});
            low = ImGui::GetItemRectMin();
            high = ImGui::GetItemRectMax();
        });
        return changed;
    };
    frame();
    dashboard.imgui.move_mouse((low.x + high.x) / 2, (low.y + high.y) / 2);
    frame();
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    REQUIRE(frame());
    REQUIRE(value.type() == typeid(Poco::JSON::Array::Ptr));
    entry.draft().answers->set(item->id, value);

    // Blank title and owner: refused by the same validation as an import.
    CHECK_FALSE(entry.save(model));
    std::string said;
    for (const std::string& message : entry.messages()) said += message + "\n";
    CHECK_THAT(said, Catch::Contains("'title' is empty"));
    CHECK_THAT(said, Catch::Contains("$.answers.objectives[0].owner"));
    CHECK(dashboard.project->store().count_responses(filter) == before);

    auto objective = value.extract<Poco::JSON::Array::Ptr>()->getObject(0);
    objective->set("title", "Joint training with the Third Sector");
    objective->set("owner", "employment_centre");
    REQUIRE(entry.save(model));
    CHECK(dashboard.project->store().count_responses(filter) == before + 1);

    // Leave the shared demo database as it was.
    sonda::StoredResponse stored;
    dashboard.project->store().for_each_response(
        filter, [&](const sonda::StoredResponse& candidate) {
            if (candidate.response.respondent == "TEST-TEAM-01") stored = candidate;
        });
    REQUIRE(stored.response.respondent == "TEST-TEAM-01");
    entry.load(stored);
    entry.set_reason("test entry");
    REQUIRE(entry.withdraw(model));
    CHECK(dashboard.project->store().count_responses(filter) == before);
}

TEST_CASE("[dashboard] above the full-report limit the score table stays and a note says why",
          "[dashboard]") {
    Dashboard dashboard;
    sonda::dashboard::DashboardOptions options;
    options.full_report_limit = 0;  // every selection is "large"
    sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
    const sonda::gui::DashboardModel& model = app.model();
    REQUIRE(model.by_territory());
    CHECK(model.complete());  // no worker was started
    CHECK_FALSE(model.overall());
    CHECK_THAT(model.note(), Catch::Contains("sonda report"));
    CHECK(model.by_territory()->responses_read > 0);
    for (const sonda::GroupReport& group : model.by_territory()->groups) {
        CHECK_FALSE(group.instrument);  // the score table only
        for (const sonda::ScoreReport& score : group.scores)
            CHECK_FALSE(score.stats.alpha_from.has_value());
    }
    CHECK(dashboard.draw(app) > 0);

    options.full_report_limit = 200000;  // the demo is far below: everything arrives
    sonda::dashboard::DashboardApp full(*dashboard.project, dashboard.panels, options);
    full.model().wait();
    CHECK(full.model().note().empty());
    REQUIRE(full.model().overall());
    // Baseline against latest: the two large territories are shown, with
    // their alpha, and so is everyone.
    bool any_alpha = false;
    for (const sonda::Report* report : {full.model().by_territory(), full.model().overall()})
        for (const sonda::GroupReport& group : report->groups)
            for (const sonda::ScoreReport& score : group.scores)
                any_alpha = any_alpha || score.stats.alpha_from.has_value();
    CHECK(any_alpha);
}
