// An ImGui context with a built font atlas and no backend: enough to run whole
// frames of panels and charts in tests, and to look at what they drew.
#pragma once

#include <imgui.h>

#include <functional>

namespace sonda::test {

class HeadlessImGui {
  public:
    HeadlessImGui(float width = 1280, float height = 800);
    ~HeadlessImGui();
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // Runs one frame with `body` inside a full-screen window; returns the
    // number of vertices drawn.
    int frame(const std::function<void()>& body);
    void move_mouse(float x, float y);

  private:
    ImGuiContext* m_context = nullptr;
};

}  // namespace sonda::test
