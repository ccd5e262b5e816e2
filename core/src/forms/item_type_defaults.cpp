// What an ItemType does unless it says otherwise. Plugin types with structured
// answers (objects, lists) get CSV cells holding JSON for free.
#include "answer_values.hpp"
#include "sonda/plugin/item_type.hpp"
#include "sonda/util/json.hpp"

namespace sonda {

// The generic keys (id, type, label, required) and the shared keys (min, max,
// choices, ...) were checked by the form loader when they were read; a type
// adds the rules that are its own.
void ItemType::check_definition(const Item&, const std::string&, std::vector<Issue>&) const {}

Poco::Dynamic::Var ItemType::parse_cell(const Item& item, const std::string& cell, char) const {
    const std::string_view text = trim(cell);
    if (text.empty()) return {};
    if (text.front() == '{' || text.front() == '[')
        return parse_json(std::string(text), Location{"", 0, "", item.id});
    return cell;
}

std::string ItemType::format_cell(const Item&, const Poco::Dynamic::Var& value, char) const {
    if (value.isEmpty()) return {};
    if (value.isString()) return value.extract<std::string>();
    return json_text(value);
}

const LongRows* ItemType::long_rows() const { return nullptr; }

}  // namespace sonda
