// Data entry of a network map: the actors of one respondent's map, each a
// service from the item's catalogue or a free name, on a ring, with an
// optional intensity and note. Edits the answer shape documented in
// docs/instruments/network-dimensions.md; validation stays the item type's.
#pragma once

#include "sonda/gui/item_editor.hpp"

namespace sonda::network_dimensions::panels {

class NetworkMapEditor : public gui::ItemEditor {
  public:
    std::string type() const override { return "network_map"; }
    bool edit(const Item& item, Poco::Dynamic::Var& value,
              const gui::EditContext& context) const override;
};

}  // namespace sonda::network_dimensions::panels
