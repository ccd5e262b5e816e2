#include "sonda/gui/panel_registry.hpp"

#include <algorithm>
#include <stdexcept>

namespace sonda::gui {

PanelRegistry::PanelRegistry() {
    for (auto& editor : make_core_item_editors()) add_editor(std::move(editor), "core");
}
PanelRegistry::~PanelRegistry() = default;

void PanelRegistry::add(std::unique_ptr<Panel> panel, const std::string& owner) {
    if (find(panel->id()))
        throw std::invalid_argument("panel '" + panel->id() + "' of " + owner +
                                    " is already registered");
    m_entries.push_back(Entry{std::move(panel), owner});
}

std::vector<Panel*> PanelRegistry::for_instrument(const std::string& instrument) const {
    std::vector<Panel*> out;
    for (const Entry& entry : m_entries)
        if (entry.panel->instrument() == instrument) out.push_back(entry.panel.get());
    return out;
}

std::vector<Panel*> PanelRegistry::all() const {
    std::vector<Panel*> out;
    for (const Entry& entry : m_entries) out.push_back(entry.panel.get());
    return out;
}

Panel* PanelRegistry::find(const std::string& id) const {
    for (const Entry& entry : m_entries)
        if (entry.panel->id() == id) return entry.panel.get();
    return nullptr;
}

void PanelRegistry::add_editor(std::unique_ptr<ItemEditor> editor, const std::string& owner) {
    if (this->editor(editor->type()))
        throw std::invalid_argument("item type '" + editor->type() + "' of " + owner +
                                    " already has an editor");
    m_editors.push_back(EditorEntry{std::move(editor), owner});
}

const ItemEditor* PanelRegistry::editor(const std::string& type) const {
    for (const EditorEntry& entry : m_editors)
        if (entry.editor->type() == type) return entry.editor.get();
    return nullptr;
}

void PanelRegistry::remove_owner(const std::string& owner) {
    std::erase_if(m_entries, [&](const Entry& entry) { return entry.owner == owner; });
    std::erase_if(m_editors, [&](const EditorEntry& entry) { return entry.owner == owner; });
}

}  // namespace sonda::gui
