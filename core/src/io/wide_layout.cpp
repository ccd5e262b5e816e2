#include "wide_layout.hpp"

#include <set>

namespace sonda::io {

const std::vector<std::string>& wide_key_columns() {
    static const std::vector<std::string> columns = {"id",        "form", "form_version", "wave",
                                                     "territory", "role", "respondent"};
    return columns;
}

std::string matrix_column_name(const std::string& item, const std::string& row,
                               const std::string& column) {
    return item + "[" + row + "][" + column + "]";
}

std::optional<ItemColumn> parse_item_column(const std::string& name) {
    const std::size_t open = name.find('[');
    if (open == std::string::npos) {
        if (name.find(']') != std::string::npos || name.empty()) return std::nullopt;
        return ItemColumn{name, name, "", ""};
    }
    // item[row][column], nothing after the second ']'.
    const std::size_t close = name.find(']', open);
    if (open == 0 || close == std::string::npos || close + 1 >= name.size() ||
        name[close + 1] != '[' || name.back() != ']')
        return std::nullopt;
    const std::string row = name.substr(open + 1, close - open - 1);
    const std::string column = name.substr(close + 2, name.size() - close - 3);
    if (row.empty() || column.empty() || column.find_first_of("[]") != std::string::npos)
        return std::nullopt;
    return ItemColumn{name, name.substr(0, open), row, column};
}

std::vector<ItemColumn> item_columns(const Form& form) {
    std::vector<ItemColumn> columns;
    for (const Item& item : form.items) {
        if (item.type == "matrix") {
            for (const Choice& row : item.rows)
                for (const Choice& column : item.columns)
                    columns.push_back(
                        ItemColumn{matrix_column_name(item.id, row.value, column.value), item.id,
                                   row.value, column.value});
        } else {
            columns.push_back(ItemColumn{item.id, item.id, "", ""});
        }
    }
    return columns;
}

std::vector<ItemColumn> item_columns(const std::vector<const Form*>& versions) {
    std::vector<ItemColumn> columns;
    std::set<std::string> seen;
    for (const Form* form : versions)
        for (ItemColumn& column : item_columns(*form))
            if (seen.insert(column.name).second) columns.push_back(std::move(column));
    return columns;
}

Item matrix_cell_item(const Item& matrix) {
    Item cell;
    cell.id = matrix.id;
    cell.type = matrix.cell_type;
    cell.label = matrix.label;
    cell.min = matrix.min;
    cell.max = matrix.max;
    cell.scale = matrix.scale;
    cell.choices = matrix.choices;
    cell.multiple = matrix.multiple;
    cell.max_length = matrix.max_length;
    cell.max_entries = matrix.max_entries;
    cell.definition = matrix.definition ? matrix.definition->getObject("cell") : nullptr;
    return cell;
}

}  // namespace sonda::io
