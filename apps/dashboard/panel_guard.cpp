#include "panel_guard.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <exception>
#include <iostream>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace sonda::dashboard {

namespace {

// What a panel may leave open, as it was before the panel ran.
struct ImGuiStacks {
    ImGuiWindow* window;
    int windows, colors, styles, fonts, item_flags, groups, disabled, tree_depth, tab_bars;
    std::vector<ImGuiID> ids;  // the window's ID stack, restored as it was
    ImGuiTable* table;
};

ImGuiStacks capture() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.CurrentWindow;
    return ImGuiStacks{window,
                       g.CurrentWindowStack.Size,
                       g.ColorStack.Size,
                       g.StyleVarStack.Size,
                       g.FontStack.Size,
                       g.ItemFlagsStack.Size,
                       g.GroupStack.Size,
                       g.DisabledStackSize,
                       window->DC.TreeDepth,
                       g.CurrentTabBarStack.Size,
                       std::vector<ImGuiID>(window->IDStack.begin(), window->IDStack.end()),
                       g.CurrentTable};
}

// Down to the given sizes: what ImGui's End() checks against its Begin().
void pop_styles(int colors, int styles, int fonts, int item_flags, int groups, int disabled) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    while (g.GroupStack.Size > groups) ImGui::EndGroup();
    while (g.DisabledStackSize > disabled) ImGui::EndDisabled();
    if (g.ColorStack.Size > colors) ImGui::PopStyleColor(g.ColorStack.Size - colors);
    if (g.StyleVarStack.Size > styles) ImGui::PopStyleVar(g.StyleVarStack.Size - styles);
    while (g.FontStack.Size > fonts) ImGui::PopFont();
    while (g.ItemFlagsStack.Size > item_flags) ImGui::PopItemFlag();
}

void end_tables_of(ImGuiWindow* window, const ImGuiTable* saved) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    while (g.CurrentTable && g.CurrentTable != saved &&
           (g.CurrentTable->OuterWindow == window || g.CurrentTable->InnerWindow == window))
        ImGui::EndTable();
}

// Closes, from the innermost, every window the panel opened, each down to
// what it began with; then, in the panel's host window, what the panel
// opened there. Only what was opened after `saved` is touched.
void restore(const ImGuiStacks& saved) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    while (g.CurrentWindowStack.Size > saved.windows) {
        ImGuiWindow* window = g.CurrentWindow;
        const ImGuiStackSizes& begun = g.CurrentWindowStack.back().StackSizesOnBegin;
        end_tables_of(window, saved.table);
        while (window->DC.TreeDepth > 0) ImGui::TreePop();
        pop_styles(begun.SizeOfColorStack, begun.SizeOfStyleVarStack, begun.SizeOfFontStack,
                   begun.SizeOfItemFlagsStack, begun.SizeOfGroupStack, begun.SizeOfDisabledStack);
        // A tab bar begun in this window pushed onto its ID stack: the
        // window's own IDs go, whoever pushed them.
        window->IDStack.resize(begun.SizeOfIDStack);
        if (window->Flags & ImGuiWindowFlags_ChildWindow)
            ImGui::EndChild();
        else if (window->Flags & ImGuiWindowFlags_Popup)
            ImGui::EndPopup();
        else
            ImGui::End();
    }
    end_tables_of(saved.window, saved.table);
    while (g.CurrentTabBarStack.Size > saved.tab_bars) ImGui::EndTabBar();
    while (saved.window->DC.TreeDepth > saved.tree_depth) ImGui::TreePop();
    pop_styles(saved.colors, saved.styles, saved.fonts, saved.item_flags, saved.groups,
               saved.disabled);
    saved.window->IDStack.resize(static_cast<int>(saved.ids.size()));
    std::copy(saved.ids.begin(), saved.ids.end(), saved.window->IDStack.begin());
}

}  // namespace

void draw_guarded(gui::Panel& panel, gui::PanelContext& context, std::string& failure) {
    if (!failure.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0.1f, 0.1f, 1.0f));
        ImGui::TextWrapped("%s", failure.c_str());
        ImGui::PopStyleColor();
        if (ImGui::Button(
                (i18n::tr(context.language, "dashboard.panel_retry") + "###retry").c_str()))
            failure.clear();
        return;
    }
    const ImGuiStacks saved = capture();
    try {
        panel.draw(context);
        return;
    } catch (const std::exception& error) {
        failure = error.what();
    } catch (...) {
        failure = "it threw something that is not a std::exception";
    }
    restore(saved);
    failure = safe_message(i18n::tr(context.language, "dashboard.panel_failed") + " (" +
                           panel.id() + "): " + failure);
    std::cerr << "sonda-dashboard: " << failure << '\n';
}

}  // namespace sonda::dashboard
