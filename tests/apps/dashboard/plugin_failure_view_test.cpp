// A report whose instrument plugin fails, seen in the dashboard: the views
// carry on with the scores and say, over every tab, what was left out. The
// faulty test plugin (tests/plugins/faulty) fails in add() on one response.
#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "dashboard_app.hpp"
#include "headless_imgui.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/io/importer.hpp"
#include "temporary_database.hpp"

using namespace sonda;

namespace {

std::string rows() {
    std::string lines;
    int n = 0;
    for (const char* wave : {"workshop-1", "workshop-2"})
        for (int i = 0; i < 6; ++i) {
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++n);
            const int q1 = std::string(wave) == "workshop-2" && i == 0 ? 1 : 2 + i % 3;
            lines += std::string(R"({"id": ")") + id +
                     R"(", "form": "faulty", "form_version": 1, "wave": ")" + wave +
                     R"(", "territory": "livorno", "role": "social_service", "respondent": "LI0)" +
                     std::to_string(i) + R"(", "answers": {"q1": )" + std::to_string(q1) +
                     R"(, "q2": 3}})" + "\n";
        }
    return lines;
}

}  // namespace

TEST_CASE("[dashboard] a plugin failing in a report leaves a note over the views", "[dashboard]") {
    sonda::test::TemporaryDatabase database;
    Engine engine;
    engine.load_plugins();
    const PluginInfo& faulty =
        engine.plugins().load_file(std::string(SONDA_FAULTY_PLUGIN_DIR) + "/faulty.so");
    INFO(faulty.error);
    REQUIRE(faulty.loaded);
    {
        auto store = Store::open(database.path());
        store->save_study(
            load_study_file(std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json"));
        store->save_form(FormRecord{"faulty", 1, "faulty", R"({"id": "faulty", "version": 1,
            "title": {"en": "Faulty"}, "plugin": "faulty", "fault": "throw_in_add", "items": [
            {"id": "q1", "type": "likert", "label": "Q1", "min": 1, "max": 5},
            {"id": "q2", "type": "likert", "label": "Q2", "min": 1, "max": 5}]})"});
    }
    Project project(engine, database.path());
    std::istringstream input(rows());
    REQUIRE(import_responses(project, input, "rows.ndjson", 0, ImportOptions{}).inserted == 12);

    test::HeadlessImGui imgui;
    gui::PanelRegistry panels;
    dashboard::DashboardOptions options;
    options.language = "en";
    dashboard::DashboardApp app(project, panels, options);
    app.model().wait();
    REQUIRE(app.model().error().empty());
    REQUIRE(app.model().by_territory());
    const std::vector<std::string> notes = app.model().report_notes();
    REQUIRE(notes.size() == 1);  // the same note of two reports, once
    CHECK(notes[0] ==
          "Left out of this group: what plugin 'faulty' 0.1.0 adds to it, because the plugin "
          "failed in add(). The score figures do not depend on it.");

    Poco::TemporaryFile log;
    imgui.frame([&] {
        ImGui::LogToFile(-1, log.path().c_str());
        app.draw(1.0f);
        ImGui::LogFinish();
    });
    std::ifstream in(log.path());
    std::stringstream drawn;
    drawn << in.rdbuf();
    CHECK_THAT(drawn.str(), Catch::Contains("Left out of this group: what plugin 'faulty'"));
}
