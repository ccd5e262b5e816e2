#include "network_map_item_type.hpp"

#include <memory>

#include "map_sheet.hpp"
#include "network_map.hpp"
#include "registration.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/json_text.hpp"

namespace sonda::network_dimensions {

void NetworkMapItemType::check_definition(const Item& item, const std::string& json_path,
                                          std::vector<Issue>& issues) const {
    read_network_map_spec(item, json_path, issues);
}

void NetworkMapItemType::validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                                         std::vector<Issue>& issues) const {
    if (value.isEmpty()) return;  // unanswered: whether that is allowed is the form's `required`
    parse_network_map_answer(item, network_map_spec(item), value, issues);
}

Poco::Dynamic::Var NetworkMapItemType::parse_cell(const Item& item, const std::string& cell,
                                                  char /*decimal: JSON numbers use '.'*/) const {
    if (cell.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    return parse_json(cell, Location{"", 0, "", item.id});
}

std::string NetworkMapItemType::format_cell(const Item& /*item*/, const Poco::Dynamic::Var& value,
                                            char /*decimal*/) const {
    if (value.isEmpty()) return {};
    return json_text(value);
}

const LongRows* NetworkMapItemType::long_rows() const {
    static const MapLongRows rows;
    return &rows;
}

void register_item_types(PluginContext& plugin) {
    plugin.add_item_type(std::make_unique<NetworkMapItemType>());
}

}  // namespace sonda::network_dimensions
