#include "trend_panel.hpp"

#include <imgui.h>

#include "sonda/chart/charts.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/gui/dashboard_model.hpp"
#include "sonda/gui/scene_view.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::dashboard {

TrendPanel::TrendPanel() : Panel("trend", "Trend", "") {}  // title: "panel.trend"

TrendPanel::~TrendPanel() {
    if (m_pending.valid()) m_pending.wait();
}

void TrendPanel::draw_content(gui::PanelContext& context) {
    gui::DashboardModel& model = context.model;
    const gui::Selection& selection = model.selection();
    if (selection.form.empty()) {
        ImGui::TextWrapped("%s", i18n::tr(context.language, "dashboard.no_responses").c_str());
        return;
    }
    const std::size_t waves = model.waves_with_data(selection.form).size();
    if (waves == 0) {
        ImGui::TextWrapped("%s", i18n::tr(context.language, "dashboard.form_no_data").c_str());
        return;
    }
    // One ticked territory: its own trend; otherwise the whole community's.
    const std::string territory =
        selection.territories.size() == 1 ? selection.territories.front() : "";
    const std::string key = selection.form + '\n' + territory + '\n' + selection.from_wave + '\n' +
                            selection.to_wave + '\n' + context.language;
    if (key != m_key) {
        if (m_pending.valid()) m_pending.wait();  // a stale answer is dropped
        m_key = key;
        chart::ChartRequest request;
        request.form = selection.form;
        request.territory = territory;
        request.from_wave = selection.from_wave;
        request.to_wave = selection.to_wave;
        request.language = context.language;
        // Its own Project: the store connection is not shared across threads.
        m_pending =
            std::async(std::launch::async, [&engine = model.project().engine(),
                                            target = model.project().target(), request, waves] {
                // Refusals in the dashboard's language, not the thread's default.
                const i18n::MessageLanguage scope{request.language};
                Charts charts;
                try {
                    Project project(engine, target, Store::Access::Existing);
                    for (const char* name : {"trend", "territories"}) {
                        if (name == std::string("territories") && waves < 2)
                            break;  // no change yet
                        chart::ChartRequest one = request;
                        one.chart = name;
                        if (name == std::string("territories")) one.territory.clear();
                        charts.scenes.push_back(chart::build_chart(project, one));
                    }
                } catch (const Error& failure) {
                    charts.error = failure.what();
                }
                return charts;
            });
    }
    if (m_pending.valid() &&
        m_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        m_charts = m_pending.get();
    if (m_pending.valid()) {
        ImGui::TextDisabled("%s", i18n::tr(context.language, "dashboard.drawing").c_str());
        return;
    }
    if (!m_charts.error.empty()) {
        ImGui::TextWrapped("%s", m_charts.error.c_str());
        return;
    }
    if (!selection.roles.empty())
        ImGui::TextWrapped("%s", i18n::tr(context.language, "dashboard.trend_all_roles").c_str());
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 70);
    for (const chart::Scene& scene : m_charts.scenes) {
        gui::draw_scene(scene, width);
        ImGui::Spacing();
    }
}

}  // namespace sonda::dashboard
