// The `network_map` item type this plugin adds to the registry: checks the
// item's definition (rings, intensity, services catalogue) and each answer
// (network_map.hpp). In a wide CSV the cell holds the answer as JSON text; a
// map sheet beside it holds the maps one actor a row (map_sheet.hpp).
#pragma once

#include "sonda/plugin/item_type.hpp"

namespace sonda::network_dimensions {

class NetworkMapItemType final : public ItemType {
  public:
    std::string name() const override { return "network_map"; }
    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override;
    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override;
    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell,
                                  char decimal) const override;
    std::string format_cell(const Item& item, const Poco::Dynamic::Var& value,
                            char decimal) const override;
    // The map sheet: one actor a row (map_sheet.hpp).
    const LongRows* long_rows() const override;
};

}  // namespace sonda::network_dimensions
