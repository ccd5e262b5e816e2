// A panel that throws halfway through drawing: the dashboard closes what it
// left open, shows the failure in its place, and the frame ends as if the
// panel had been well behaved.
#include "panel_guard.hpp"

#include <imgui_internal.h>

#include <catch2/catch.hpp>
#include <stdexcept>

#include "dashboard_fixture.hpp"

using namespace sonda;

namespace {

// Opens one of everything a panel may open, then throws from inside it all.
class ThrowingPanel final : public gui::Panel {
  public:
    ThrowingPanel() : Panel("throwing", "Throwing", "network-dimensions") {}
    int calls = 0;

  protected:
    void draw_content(gui::PanelContext&) override {
        ++calls;
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0, 0, 1));
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5f);
        ImGui::PushID("inner");
        ImGui::BeginGroup();
        ImGui::BeginTabBar("own tabs");
        ImGui::BeginTabItem("own tab");
        if (ImGui::BeginTable("table", 2)) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted("cell");
            ImGui::BeginChild("nested", ImVec2(100, 100));
            ImGui::PushID(7);
            ImGui::TreeNodeEx("node", ImGuiTreeNodeFlags_DefaultOpen);
            throw std::out_of_range("panel exploded");
        }
    }
};

struct Stacks {
    ImGuiWindow* window;
    int windows, colors, styles, groups, ids, tab_bars;
    ImGuiTable* table;
    bool operator==(const Stacks&) const = default;
};

Stacks stacks() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    return Stacks{g.CurrentWindow,           g.CurrentWindowStack.Size,
                  g.ColorStack.Size,         g.StyleVarStack.Size,
                  g.GroupStack.Size,         g.CurrentWindow->IDStack.Size,
                  g.CurrentTabBarStack.Size, g.CurrentTable};
}

}  // namespace

TEST_CASE("[dashboard] a panel that throws is closed cleanly and shows why", "[dashboard]") {
    test::Dashboard dashboard;
    gui::DashboardModel model(*dashboard.project);
    gui::PanelContext context{model, "en", 1.0f};
    ThrowingPanel panel;
    std::string failure;
    // As the dashboard hosts it: inside a tab item of its own tab bar.
    const auto frame = [&] {
        return dashboard.imgui.frame([&] {
            ImGui::BeginTabBar("panels");
            if (ImGui::BeginTabItem("panel")) {
                const Stacks before = stacks();
                dashboard::draw_guarded(panel, context, failure);
                CHECK(stacks() == before);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        });
    };
    frame();
    CHECK(panel.calls == 1);
    CHECK_THAT(failure, Catch::Contains("(throwing)") && Catch::Contains("panel exploded"));

    // Later frames show the failure and leave the panel alone.
    CHECK(frame() > 0);
    CHECK(panel.calls == 1);

    // Trying again runs it again (and it fails again, as cleanly).
    failure.clear();
    frame();
    CHECK(panel.calls == 2);
    CHECK_FALSE(failure.empty());
}
