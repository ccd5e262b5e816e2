// Where panel modules put their panels, and where the dashboard finds them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sonda/gui/panel.hpp"

namespace sonda::gui {

class PanelRegistry {
public:
    PanelRegistry();
    ~PanelRegistry();

    void add(std::unique_ptr<Panel> panel, const std::string& owner);
    // Panels for one instrument, in registration order.
    std::vector<Panel*> for_instrument(const std::string& instrument) const;
    std::vector<Panel*> all() const;
    Panel* find(const std::string& id) const;
    // Destroys the owner's panels: they must go before their module is unloaded.
    void remove_owner(const std::string& owner);

private:
    struct Entry {
        std::unique_ptr<Panel> panel;
        std::string owner;
    };
    std::vector<Entry> m_entries;
};

}  // namespace sonda::gui
