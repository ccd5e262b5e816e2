#include "sonda/gui/panel.hpp"

#include <imgui.h>

namespace sonda::gui {

Panel::Panel(std::string id, std::string title, std::string instrument)
    : m_id(std::move(id)), m_title(std::move(title)), m_instrument(std::move(instrument)) {}

Panel::~Panel() = default;

void Panel::draw(PanelContext& context) {
    // The child region gives every panel its own scrolling and ID scope, so two
    // panels may use the same widget labels.
    if (ImGui::BeginChild(m_id.c_str(), ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar))
        draw_content(context);
    ImGui::EndChild();
}

}  // namespace sonda::gui
