#include "headless_imgui.hpp"

namespace sonda::test {

HeadlessImGui::HeadlessImGui(float width, float height) {
    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int atlas_width = 0, atlas_height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(m_context); }

void HeadlessImGui::move_mouse(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }

int HeadlessImGui::frame(const std::function<void()>& body) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
    body();
    ImGui::End();
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
}

}  // namespace sonda::test
