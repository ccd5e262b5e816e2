// matrix: rows x columns, each cell answered like an item of the cell's type,
// e.g. a grid of services x questions about each with a text_list in every
// cell. The answer is {row: {column: cell value}}.
//
// A matrix item keeps its cell's keys (min, max, labels, choices, ...) in its
// own Item fields; for the cell's "integer" flag and other keys the cell type
// reads from its definition, the cell gets an Item of its own whose definition
// is the "cell" object.
#include <algorithm>
#include <map>

#include "answer_values.hpp"
#include "item_type_support.hpp"
#include "json_path.hpp"

namespace sonda {

namespace {
bool has_value(const std::vector<Choice>& list, const std::string& value) {
    return std::any_of(list.begin(), list.end(),
                       [&](const Choice& choice) { return choice.value == value; });
}

std::vector<std::string> values_of(const std::vector<Choice>& list) {
    std::vector<std::string> values;
    for (const Choice& choice : list) values.push_back(choice.value);
    return values;
}

class MatrixItemType final : public ItemType {
  public:
    MatrixItemType() {
        add(make_likert_item_type());
        add(make_choice_item_type());
        add(make_number_item_type());
        add(make_text_item_type());
        add(make_text_list_item_type());
    }

    std::string name() const override { return "matrix"; }

    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override {
        auto issue = [&](const std::string& path, std::string reason) {
            issues.push_back(Issue{Location{"", 0, path, ""}, std::move(reason)});
        };
        for (const char* key : {"rows", "columns"})
            if (!definition_has(item, key))
                issue(json_path_key(json_path, key), std::string("missing '") + key +
                                                         "': a matrix needs rows and columns, " +
                                                         "each a list of {\"value\", \"label\"}");
        const bool flat = !definition_has(item, "cell") && definition_has(item, "cell_type");
        if (!definition_has(item, "cell") && !flat) {
            issue(json_path_key(json_path, "cell"),
                  "missing 'cell': a matrix needs {\"type\": " + cell_type_names() +
                      ", plus that type's keys}");
            return;
        }
        if (item.cell_type.empty()) return;  // reported when the cell was read
        const ItemType* cell_type = find(item.cell_type);
        // In the flat form the cell's keys sit on the item itself.
        const std::string cell_path = flat ? json_path : json_path_key(json_path, "cell");
        if (!cell_type) {
            issue(flat ? json_path_key(json_path, "cell_type") : json_path_key(cell_path, "type"),
                  "a matrix cell cannot be of type '" + item.cell_type + "'; it may be " +
                      cell_type_names());
            return;
        }
        cell_type->check_definition(cell_item(item), cell_path, issues);
    }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        Poco::JSON::Object::Ptr rows = as_object(value);
        if (!rows) {
            add_answer_issue(issues, item,
                             i18n::message("input.matrix.not_object", describe_value(value)));
            return;
        }
        const ItemType* cell_type = find(item.cell_type);
        if (!cell_type) {
            add_answer_issue(issues, item, i18n::message("input.matrix.no_cell_type"));
            return;
        }
        const Item cell = cell_item(item);
        const std::string prefix = answer_path(item.id);
        for (const auto& [row, columns_value] : *rows) {
            const std::string row_below = json_path_key("", row);
            if (!has_value(item.rows, row)) {
                add_answer_issue(issues, item,
                                 i18n::message("input.matrix.unknown_row", row,
                                               join_names(values_of(item.rows))),
                                 row_below);
                continue;
            }
            if (columns_value.isEmpty()) continue;
            Poco::JSON::Object::Ptr columns = as_object(columns_value);
            if (!columns) {
                add_answer_issue(
                    issues, item,
                    i18n::message("input.matrix.row_not_object", describe_value(columns_value)),
                    row_below);
                continue;
            }
            for (const auto& [column, cell_value] : *columns) {
                const std::string cell_below = json_path_key(row_below, column);
                if (!has_value(item.columns, column)) {
                    add_answer_issue(issues, item,
                                     i18n::message("input.matrix.unknown_column", column,
                                                   join_names(values_of(item.columns))),
                                     cell_below);
                    continue;
                }
                if (!is_answered(cell_value)) continue;
                // The cell type locates its issues at $.answers.<item>; move them to the cell.
                std::vector<Issue> cell_issues;
                cell_type->validate_answer(cell, cell_value, cell_issues);
                for (Issue& found : cell_issues) {
                    if (found.where.path.rfind(prefix, 0) == 0)
                        found.where.path =
                            prefix + cell_below + found.where.path.substr(prefix.size());
                    found.where.item = item.id;
                    issues.push_back(std::move(found));
                }
            }
        }
    }

  private:
    void add(std::unique_ptr<ItemType> type) {
        m_cell_types.emplace(type->name(), std::move(type));
    }

    const ItemType* find(const std::string& name) const {
        auto found = m_cell_types.find(name);
        return found == m_cell_types.end() ? nullptr : found->second.get();
    }

    std::string cell_type_names() const {
        std::vector<std::string> names;
        for (const auto& [name, type] : m_cell_types) names.push_back(name);
        return join_names(names);
    }

    static Item cell_item(const Item& matrix) {
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
        cell.definition = matrix.definition && matrix.definition->getObject("cell")
                              ? matrix.definition->getObject("cell")
                              : matrix.definition;  // the flat form: "cell_type" on the item
        return cell;
    }

    std::map<std::string, std::unique_ptr<ItemType>> m_cell_types;
};
}  // namespace

std::unique_ptr<ItemType> make_matrix_item_type() { return std::make_unique<MatrixItemType>(); }

}  // namespace sonda
