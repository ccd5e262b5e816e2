// The layout of a wide CSV, shared by the importer and the exporter so what one
// writes the other reads: the response's keys first (id, form, form_version,
// wave, territory, role, respondent), then one column per item named by its id,
// a matrix as one column per cell named `<item>[<row>][<column>]`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sonda/model/form.hpp"

namespace sonda::io {

// The fixed columns, in the order the exporter writes them.
const std::vector<std::string>& wide_key_columns();

struct ItemColumn {
    std::string name;    // header text
    std::string item;    // item id
    std::string row;     // matrix cell: row value; empty otherwise
    std::string column;  // matrix cell: column value
    bool is_matrix_cell() const { return !row.empty() || !column.empty(); }
};

std::string matrix_column_name(const std::string& item, const std::string& row,
                               const std::string& column);
// "q1" or "grid[row][column]"; nullopt when the brackets are malformed.
std::optional<ItemColumn> parse_item_column(const std::string& name);

// The item columns of one form version, in item order.
std::vector<ItemColumn> item_columns(const Form& form);
// The item columns of several versions of one form: those of the first form
// given (the newest), then the columns only older versions have.
std::vector<ItemColumn> item_columns(const std::vector<const Form*>& versions);

// The Item a matrix's cells are answered with: the matrix's scale, choices and
// bounds, and the definition of its "cell" object (docs/forms.md).
Item matrix_cell_item(const Item& matrix);

}  // namespace sonda::io
