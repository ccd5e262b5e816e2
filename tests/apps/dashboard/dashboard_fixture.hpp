// The whole dashboard drawn headless (an ImGui context with no backend) on the
// real demo database, with the real plugins and panel modules; and what a
// frame of it drew, read back as a user would see it.
#pragma once

#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "dashboard_app.hpp"
#include "demo_project.hpp"
#include "headless_imgui.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/panel_host.hpp"

namespace sonda::test {

struct Dashboard {
    Engine engine;
    std::unique_ptr<Project> project;
    HeadlessImGui imgui;
    gui::PanelRegistry panels;
    gui::PanelHost host{panels};

    // A tall window shows every group of the overview without scrolling.
    explicit Dashboard(float height = 800) : imgui(1280, height) {
        engine.load_plugins();
        project = std::make_unique<Project>(engine, demo_database());
        host.load_default();
        for (const auto& module : host.modules()) {
            INFO(module.error);
            REQUIRE(module.loaded);
        }
    }
    int draw(dashboard::DashboardApp& app) {
        return imgui.frame([&] { app.draw(1.0f); });
    }
    // Draws until the view shown has computed what it shows (the trend tab
    // draws its charts off the UI thread).
    void settle(dashboard::DashboardApp& app) {
        draw(app);  // the tab bar selects a requested view on its second frame
        draw(app);
        for (int frame = 0; frame < 6000; ++frame) {
            bool busy = false;
            for (const gui::Panel* panel : app.visible_panels())
                busy = busy || (panel->id() == app.current_view() && panel->busy());
            if (!busy) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            draw(app);
        }
    }
    // Every text one frame of the app drew (ImGui logs the text it renders;
    // clipped text is not rendered, so not logged either). To a file: the
    // app's own window ends the log when it ends, and a file outlives that.
    std::string drawn_text(dashboard::DashboardApp& app) {
        Poco::TemporaryFile log;
        imgui.frame([&] {
            ImGui::LogToFile(-1, log.path().c_str());
            app.draw(1.0f);
            ImGui::LogFinish();
        });
        std::ifstream in(log.path());
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
    // How many vertices of the last frame are in the alert red right of
    // `left`: the suppression-off banner over the panels (the controls
    // column, left of it, has its own red label while small groups are on).
    static int alert_vertices_right_of(float left) {
        const ImDrawData* data = ImGui::GetDrawData();
        int count = 0;
        for (int list = 0; list < data->CmdListsCount; ++list)
            for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer)
                count += vertex.col == gui::colors::kAlert && vertex.pos.x > left;
        return count;
    }
};

}  // namespace sonda::test
