// Where panel modules put their panels and item editors, and where the
// dashboard finds them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sonda/gui/item_editor.hpp"
#include "sonda/gui/panel.hpp"

namespace sonda::gui {

class PanelRegistry {
  public:
    PanelRegistry();  // with the core item editors registered
    ~PanelRegistry();

    void add(std::unique_ptr<Panel> panel, const std::string& owner);
    // Panels for one instrument, in registration order.
    std::vector<Panel*> for_instrument(const std::string& instrument) const;
    std::vector<Panel*> all() const;
    Panel* find(const std::string& id) const;
    // Throws std::invalid_argument when the type already has an editor.
    void add_editor(std::unique_ptr<ItemEditor> editor, const std::string& owner);
    const ItemEditor* editor(const std::string& type) const;

    // Destroys the owner's panels and editors: they must go before their
    // module is unloaded.
    void remove_owner(const std::string& owner);

  private:
    struct EditorEntry {
        std::unique_ptr<ItemEditor> editor;
        std::string owner;
    };
    std::vector<EditorEntry> m_editors;
    struct Entry {
        std::unique_ptr<Panel> panel;
        std::string owner;
    };
    std::vector<Entry> m_entries;
};

}  // namespace sonda::gui
