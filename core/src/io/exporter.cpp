#include "sonda/io/exporter.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>

#include "csv_writer.hpp"
#include "sonda/engine.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/long_rows.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/json_text.hpp"
#include "wide_layout.hpp"

namespace sonda {

namespace {

// Shortest text that reads back to the same double, with `decimal` as separator.
std::string format_number(double value, char decimal) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (decimal != '.') std::replace(text.begin(), text.end(), '.', decimal);
    return text;
}

// A scalar answer value as a cell of the long layout.
std::string scalar_text(const Poco::Dynamic::Var& value, char decimal) {
    if (value.isEmpty()) return {};
    if (value.isString()) return value.extract<std::string>();
    if (value.type() == typeid(bool)) return value.extract<bool>() ? "true" : "false";
    if (value.isInteger()) return std::to_string(value.convert<long long>());
    if (value.isNumeric()) return format_number(value.convert<double>(), decimal);
    return json_text(value);
}

// The stored versions of the filter's form, newest first.
std::vector<const Form*> form_versions(const Project& project, const ResponseFilter& filter) {
    std::vector<const Form*> versions;
    for (const Form& form : project.forms())
        if (form.id == filter.form &&
            (!filter.form_version || form.version == *filter.form_version))
            versions.push_back(&form);
    if (versions.empty())
        (void)project.form(filter.form, filter.form_version);  // throws, listing forms
    std::sort(versions.begin(), versions.end(),
              [](const Form* a, const Form* b) { return a->version > b->version; });
    return versions;
}

std::vector<std::string> key_fields(const Response& response) {
    return {response.id,        response.form,      std::to_string(response.form_version),
            response.wave,      response.territory, response.role,
            response.respondent};
}

long long export_ndjson(Project& project, std::ostream& out, const ExportOptions& options) {
    long long count = 0;
    project.store().for_each_response(options.filter, [&](const StoredResponse& stored) {
        out << stored.canonical_json << '\n';
        ++count;
    });
    return count;
}

// One row per answer; lists (multiple choice, text lists) one row per entry
// with its 1-based index, a matrix one row per cell.
long long export_long(Project& project, std::ostream& out, const ExportOptions& options) {
    const std::vector<const Form*> versions = form_versions(project, options.filter);
    io::CsvWriter csv(out, options.delimiter);
    csv.record({"response_id", "form", "form_version", "wave", "territory", "role", "respondent",
                "item", "row", "column", "index", "value"});
    const char decimal = options.decimal;
    long long count = 0;
    project.store().for_each_response(options.filter, [&](const StoredResponse& stored) {
        const Response& response = stored.response;
        const std::vector<std::string> keys = key_fields(response);
        auto emit = [&](const std::string& item, const std::string& row, const std::string& column,
                        const std::string& index, const std::string& value) {
            for (const std::string& key : keys) csv.field(key);
            csv.field(item);
            csv.field(row);
            csv.field(column);
            csv.field(index);
            csv.field(value);
            csv.end_record();
        };
        auto emit_value = [&](const std::string& item, const std::string& row,
                              const std::string& column, const Poco::Dynamic::Var& value) {
            if (Poco::JSON::Array::Ptr array = array_of(value)) {
                for (std::size_t i = 0; i < array->size(); ++i) {
                    const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
                    emit(item, row, column, std::to_string(i + 1),
                         object_of(entry) || array_of(entry) ? json_text(entry)
                                                             : scalar_text(entry, decimal));
                }
            } else if (object_of(value)) {
                emit(item, row, column, "", json_text(value));
            } else {
                emit(item, row, column, "", scalar_text(value, decimal));
            }
        };
        // Items in the form's order; answers to items the form lacks (there
        // should be none) after them, so nothing stored is left out.
        const Form* form = nullptr;
        for (const Form* candidate : versions)
            if (candidate->version == response.form_version) form = candidate;
        std::vector<std::string> order;
        if (form)
            for (const Item& item : form->items)
                if (response.answers->has(item.id)) order.push_back(item.id);
        for (const auto& [key, value] : *response.answers)
            if (std::find(order.begin(), order.end(), key) == order.end()) order.push_back(key);
        for (const std::string& item_id : order) {
            const Poco::Dynamic::Var value = response.answers->get(item_id);
            const Item* item = form ? form->item(item_id) : nullptr;
            Poco::JSON::Object::Ptr rows =
                item && item->type == "matrix" ? object_of(value) : nullptr;
            if (!rows) {
                emit_value(item_id, "", "", value);
                continue;
            }
            for (const auto& [row, columns_value] : *rows) {
                Poco::JSON::Object::Ptr columns = object_of(columns_value);
                if (!columns) {
                    emit_value(item_id, row, "", columns_value);
                    continue;
                }
                for (const auto& [column, cell] : *columns) emit_value(item_id, row, column, cell);
            }
        }
        ++count;
    });
    return count;
}

// A response's answer to `item` in the long sheet of its type: the key
// columns, then the type's cells, one row per entry.
void write_long_rows(io::CsvWriter& csv, const LongRows& rows, const Response& response,
                     const std::string& item, const Poco::Dynamic::Var& answer, char decimal) {
    const auto cells = rows.rows(answer, decimal);
    if (!cells)
        throw StorageError(
            i18n::message("export.not_long_rows", response.id, item, rows.words().title));
    for (const std::vector<std::string>& row : *cells) {
        for (const std::string& key :
             {response.form, response.wave, response.territory, response.respondent, item})
            csv.field(key);
        for (const std::string& cell : row) csv.field(cell);
        csv.end_record();
    }
}

// The one item type whose answers the forms keep in a long sheet, and its
// items. When the forms have none, the only loaded type with such a sheet
// gives the header (an empty sheet still says what it would hold); null
// when there is no such type: the key columns only.
const ItemType* long_sheet_type(const Project& project, const std::vector<const Form*>& versions,
                                std::vector<std::string>& items) {
    const ItemType* found = nullptr;
    for (const Form* form : versions)
        for (const Item& item : form->items) {
            const ItemType* type = project.registry().item_type(item.type);
            if (!type || !type->long_rows()) continue;
            if (found && found != type)
                throw UsageError(
                    i18n::message("export.two_long_sheets", form->id, found->name(), type->name()));
            found = type;
            if (std::find(items.begin(), items.end(), item.id) == items.end())
                items.push_back(item.id);
        }
    if (found) return found;
    for (const std::string& name : project.registry().item_type_names()) {
        const ItemType* type = project.registry().item_type(name);
        if (!type->long_rows()) continue;
        if (found) return nullptr;  // more than one: none speaks for an empty sheet
        found = type;
    }
    return found;
}

// One row per response, one column per item (a matrix: per cell); the cells
// written by each item type's format_cell, so the importer reads them back.
long long export_wide(Project& project, std::ostream& out, const ExportOptions& options) {
    const std::vector<const Form*> versions = form_versions(project, options.filter);
    std::vector<io::ItemColumn> columns = io::item_columns(versions);
    // With a long sheet, the answers of its type leave the wide sheet for it.
    std::vector<std::string> map_items;
    const ItemType* map_type = nullptr;
    std::optional<io::CsvWriter> maps;
    if (options.maps) {
        map_type = long_sheet_type(project, versions, map_items);
        std::erase_if(columns, [&](const io::ItemColumn& column) {
            return std::find(map_items.begin(), map_items.end(), column.item) != map_items.end();
        });
        if (options.byte_order_mark) *options.maps << "\xEF\xBB\xBF";
        maps.emplace(*options.maps, options.delimiter);
        std::vector<std::string> header = long_sheet_key_columns();
        if (map_type)
            for (const std::string& column : map_type->long_rows()->columns())
                header.push_back(column);
        maps->record(header);
    }
    io::CsvWriter csv(out, options.delimiter);
    std::vector<std::string> header = io::wide_key_columns();
    for (const io::ItemColumn& column : columns) header.push_back(column.name);
    csv.record(header);

    struct CellWriter {
        const Item* item = nullptr;
        const ItemType* type = nullptr;
        Item matrix_cell;
    };
    std::map<int, std::vector<CellWriter>> writers;
    for (const Form* form : versions) {
        std::vector<CellWriter>& list = writers[form->version];
        list.resize(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Item* item = form->item(columns[c].item);
            if (!item) continue;
            list[c].item = item;
            if (columns[c].is_matrix_cell()) {
                list[c].matrix_cell = io::matrix_cell_item(*item);
                list[c].type = project.registry().item_type(item->cell_type);
            } else {
                list[c].type = project.registry().item_type(item->type);
            }
        }
    }
    const char decimal = options.decimal;
    long long count = 0;
    project.store().for_each_response(options.filter, [&](const StoredResponse& stored) {
        const Response& response = stored.response;
        for (const std::string& key : key_fields(response)) csv.field(key);
        const auto found = writers.find(response.form_version);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const io::ItemColumn& column = columns[c];
            Poco::Dynamic::Var value;
            if (response.answers->has(column.item)) value = response.answers->get(column.item);
            if (column.is_matrix_cell() && !value.isEmpty()) {
                Poco::JSON::Object::Ptr rows = object_of(value);
                Poco::JSON::Object::Ptr cells =
                    rows && rows->has(column.row) ? object_of(rows->get(column.row)) : nullptr;
                value = cells && cells->has(column.column) ? cells->get(column.column)
                                                           : Poco::Dynamic::Var();
            }
            if (value.isEmpty()) {
                csv.field("");
                continue;
            }
            const CellWriter* writer = found != writers.end() ? &found->second[c] : nullptr;
            if (!writer || !writer->type) {
                // No item type to format it (its plugin is not loaded): JSON,
                // which the default parse_cell reads back.
                csv.field(value.isString() ? value.extract<std::string>() : json_text(value));
                continue;
            }
            csv.field(writer->type->format_cell(
                column.is_matrix_cell() ? writer->matrix_cell : *writer->item, value, decimal));
        }
        csv.end_record();
        for (const std::string& item : map_items)
            if (response.answers->has(item))
                write_long_rows(*maps, *map_type->long_rows(), response, item,
                                response.answers->get(item), decimal);
        ++count;
    });
    return count;
}

std::string bound_text(const std::optional<double>& min, const std::optional<double>& max,
                       char decimal, const std::string& language) {
    auto number = [&](double value) {
        return std::floor(value) == value && std::fabs(value) < 1e15
                   ? std::to_string(static_cast<long long>(value))
                   : format_number(value, decimal);
    };
    if (min && max)
        return i18n::format(language, "dictionary.range", number(*min).c_str(),
                            number(*max).c_str());
    if (min) return i18n::format(language, "dictionary.at_least", number(*min).c_str());
    if (max) return i18n::format(language, "dictionary.at_most", number(*max).c_str());
    return {};
}

std::string choices_text(const std::vector<Choice>& choices, const std::string& language) {
    std::string out;
    for (const Choice& choice : choices) {
        if (!out.empty()) out += "; ";
        out += choice.value;
        const std::string& label = choice.label.get(language);
        if (!label.empty() && label != choice.value) out += " = " + label;
    }
    return out;
}

// What a cell of this item may hold, in words, for the dictionary.
std::string allowed_values(const Item& item, const std::string& type, char decimal,
                           const std::string& language) {
    const auto say = [&](const char* key) { return i18n::tr(language, key); };
    if (type == "likert") {
        std::string text = say("dictionary.whole_number") + " " +
                           bound_text(item.min, item.max, decimal, language);
        if (!item.scale.empty()) text += " (" + choices_text(item.scale, language) + ")";
        return text;
    }
    if (type == "choice")
        return choices_text(item.choices, language) +
               (item.multiple ? " (" + say("dictionary.several") + ")" : "");
    if (type == "number") {
        const std::string range = bound_text(item.min, item.max, decimal, language);
        return say("dictionary.number") + (range.empty() ? "" : " " + range) +
               (decimal == ',' ? " (" + say("dictionary.decimal_comma") + ")" : "");
    }
    if (type == "text") return i18n::format(language, "dictionary.text", item.max_length);
    if (type == "text_list")
        return i18n::format(language, "dictionary.text_list", item.max_entries, item.max_length);
    return i18n::format(language, "dictionary.plugin_value", type.c_str());
}

long long export_dictionary(Project& project, std::ostream& out, const ExportOptions& options) {
    const std::vector<const Form*> versions = form_versions(project, options.filter);
    const std::string& language = options.language;
    io::CsvWriter csv(out, options.delimiter);
    // Scores need the instrument; find it before writing anything, so a
    // missing plugin fails cleanly instead of leaving half a dictionary.
    const Form& newest = *versions.front();
    const std::vector<ScoreDefinition> scores =
        project.instrument(newest).score_definitions(newest);

    const auto say = [&](const std::string& key) { return i18n::tr(language, key); };
    csv.record({say("dictionary.column"), say("dictionary.item"), say("dictionary.type"),
                say("dictionary.label"), say("dictionary.values")});
    // The key columns are described by the catalogue's dictionary.key.<name>.
    for (const std::string& key : io::wide_key_columns())
        csv.record({key, "", "key", say("dictionary.key." + key), ""});
    long long rows = 0;
    for (const io::ItemColumn& column : io::item_columns(versions)) {
        const Item* item = nullptr;
        for (const Form* form : versions)
            if (!item) item = form->item(column.item);
        if (!item) continue;
        std::string label = item->label.get(language);
        std::string values;
        std::string type = item->type;
        if (column.is_matrix_cell()) {
            const Item cell = io::matrix_cell_item(*item);
            auto label_of = [&](const std::vector<Choice>& list, const std::string& value) {
                for (const Choice& choice : list)
                    if (choice.value == value) return choice.label.get(language);
                return value;
            };
            label += " [" + label_of(item->rows, column.row) + "] [" +
                     label_of(item->columns, column.column) + "]";
            type = "matrix/" + item->cell_type;
            values = allowed_values(cell, item->cell_type, options.decimal, language);
        } else {
            values = allowed_values(*item, item->type, options.decimal, language);
        }
        if (item->required) values += (values.empty() ? "" : "; ") + say("dictionary.required");
        csv.record({column.name, item->id, type, label, values});
        ++rows;
    }
    for (const ScoreDefinition& score : scores) {
        std::string items;
        for (const std::string& item : score.items) items += (items.empty() ? "" : " ") + item;
        std::string values = bound_text(score.min, score.max, options.decimal, language);
        for (const Band& band : score.bands)
            values += (values.empty() ? "" : "; ") + band.label.get(language) + " " +
                      bound_text(band.from, band.to, options.decimal, language);
        csv.record({"score:" + score.name, items, "score", score.label.get(language), values});
        ++rows;
    }
    return rows;
}

}  // namespace

long long export_responses(Project& project, std::ostream& out, const ExportOptions& options) {
    if (options.delimiter == options.decimal && options.format != ExportFormat::Ndjson)
        throw UsageError(i18n::message("export.same_separator", std::string(1, options.delimiter)));
    if (options.filter.form.empty()) throw UsageError(i18n::message("export.no_form"));
    if (options.maps && options.format != ExportFormat::CsvWide)
        throw UsageError(i18n::message("export.maps_format"));
    if (options.byte_order_mark) {
        // JSON forbids one (RFC 8259, section 8.1): NDJSON never gets it.
        if (options.format == ExportFormat::Ndjson)
            throw UsageError(i18n::message("export.bom_ndjson"));
        out << "\xEF\xBB\xBF";
    }
    switch (options.format) {
        case ExportFormat::Ndjson:
            return export_ndjson(project, out, options);
        case ExportFormat::CsvLong:
            return export_long(project, out, options);
        case ExportFormat::CsvWide:
            return export_wide(project, out, options);
        case ExportFormat::Dictionary:
            return export_dictionary(project, out, options);
    }
    throw UsageError("unknown export format");
}

}  // namespace sonda
