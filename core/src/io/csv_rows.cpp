#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "csv_reader.hpp"
#include "csv_writer.hpp"
#include "long_sheet.hpp"
#include "row_readers.hpp"
#include "sonda/i18n/message_language.hpp"
#include "wide_layout.hpp"

namespace sonda::io {

namespace {

std::string trimmed(const std::string& text) {
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return {};
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

std::string join(const std::vector<std::string>& names, std::size_t max_shown = 40) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < max_shown; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > max_shown)
        out = i18n::message("input.list_more", out, names.size() - max_shown);
    return out;
}

std::optional<int> parse_version(const std::string& text) {
    if (text.empty() || text.size() > 7) return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < 1) return std::nullopt;
    return value;
}

// How one item column of the header is read for one form version.
struct CellReader {
    const Item* item = nullptr;  // null: not an item of this version
    const ItemType* type = nullptr;
    Item matrix_cell;  // for a matrix cell: the Item its cells are parsed with
    bool is_matrix_cell = false;
};

// wide_key_columns()[kIdColumn] is the response id.
constexpr std::size_t kIdColumn = 0;

class WideCsvRows {
  public:
    WideCsvRows(ImportSession& session, const std::string& source, char decimal,
                OpenedLongSheet* maps)
        : m_session(session), m_source(source), m_decimal(decimal), m_maps(maps) {}

    void read_header(const CsvRecord& header) {
        m_width = header.fields.size();
        std::map<std::string, std::size_t> seen;
        std::vector<Issue> issues;
        auto fail = [&](const std::string& reason) {
            issues.push_back(Issue{Location{m_source, header.line, "", ""}, reason});
        };
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string name = trimmed(header.fields[i]);
            if (name.empty()) {
                m_blank_columns.push_back(i);
                continue;
            }
            if (!seen.emplace(name, i).second) {
                fail(i18n::message("input.csv.column_twice", name, seen[name] + 1, i + 1));
                continue;
            }
            const auto& keys = wide_key_columns();
            const auto key = std::find(keys.begin(), keys.end(), name);
            if (key != keys.end()) {
                m_key_index[static_cast<std::size_t>(key - keys.begin())] = i;
                continue;
            }
            std::optional<ItemColumn> column = parse_item_column(name);
            if (!column) {
                fail(i18n::message("input.csv.column_unknown", name));
                continue;
            }
            m_item_columns.emplace_back(i, std::move(*column));
        }
        // The id may be left out: rows without one get a derived id
        // (ImportSession::add), as spreadsheet users cannot make UUIDs.
        std::vector<std::string> missing, required;
        for (std::size_t k = 0; k < wide_key_columns().size(); ++k) {
            if (k == kIdColumn) continue;
            required.push_back(wide_key_columns()[k]);
            if (!m_key_index[k]) missing.push_back(wide_key_columns()[k]);
        }
        if (!missing.empty())
            fail(i18n::message(
                missing.size() == 1 ? "input.csv.missing_column" : "input.csv.missing_columns",
                join(missing), join(required)));
        if (!issues.empty()) throw InvalidInput(std::move(issues));
    }

    void read_row(const CsvRecord& record) {
        const long long line = record.line;
        std::vector<Issue> issues;
        auto issue = [&](const std::string& item, const std::string& reason) {
            issues.push_back(Issue{Location{m_source, line, "", item}, reason});
        };
        if (!record.error.empty()) {
            issue("", record.error);
            m_session.reject(line, std::move(issues), record.raw);
            return;
        }
        if (record.fields.size() != m_width) {
            issue("", i18n::message_count("input.csv.width",
                                          static_cast<long long>(record.fields.size()), m_width));
            m_session.reject(line, std::move(issues), record.raw);
            return;
        }
        // Spreadsheets save rows that were only formatted as rows of empty cells.
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const std::string& field) { return trimmed(field).empty(); }))
            return;

        Response response;
        std::string* keys[] = {&response.id,
                               nullptr,
                               nullptr,
                               &response.wave,
                               &response.territory,
                               &response.role,
                               &response.respondent};
        std::string form_version_text;
        for (std::size_t k = 0; k < wide_key_columns().size(); ++k) {
            if (!m_key_index[k]) continue;  // the id column, which is optional
            const std::string value = trimmed(record.fields[*m_key_index[k]]);
            // An empty id is derived from the row's keys (ImportSession::add).
            if (value.empty() && k != kIdColumn)
                issue("", i18n::message("input.csv.key_empty", wide_key_columns()[k]));
            if (k == 1)
                response.form = value;
            else if (k == 2)
                form_version_text = value;
            else
                *keys[k] = value;
        }
        if (!form_version_text.empty()) {
            if (const std::optional<int> version = parse_version(form_version_text))
                response.form_version = *version;
            else
                issue("", i18n::message("input.csv.bad_version", form_version_text));
        }
        // A row rejected for its own cells still takes its rows of the long
        // sheet: they are not also reported as an answer without a response.
        if (m_maps) m_maps->sheet->touch(response.wave, response.territory, response.respondent);
        const std::vector<CellReader>* readers = nullptr;
        if (issues.empty()) readers = cell_readers(response.form, response.form_version, issues);
        if (!issues.empty()) {
            for (Issue& found : issues) found.where.line = line;
            m_session.reject(line, std::move(issues), record.raw);
            return;
        }

        response.answers = new Poco::JSON::Object;
        for (std::size_t c = 0; c < m_item_columns.size(); ++c) {
            const auto& [index, column] = m_item_columns[c];
            const std::string& cell = record.fields[index];
            if (trimmed(cell).empty()) continue;
            const CellReader& reader = (*readers)[c];
            if (!reader.item) {
                issue(column.name, i18n::message("input.csv.not_in_version", column.item,
                                                 response.form, response.form_version));
                continue;
            }
            if (!reader.type) {
                issue(column.name, i18n::message("input.csv.type_unknown", reader.item->type));
                continue;
            }
            Poco::Dynamic::Var value;
            try {
                value = reader.type->parse_cell(
                    reader.is_matrix_cell ? reader.matrix_cell : *reader.item, cell, m_decimal);
            } catch (const InvalidInput& error) {
                for (const Issue& found : error.issues()) issue(column.name, found.reason);
                continue;
            }
            if (value.isEmpty()) continue;
            if (!reader.is_matrix_cell) {
                response.answers->set(column.item, value);
                continue;
            }
            Poco::JSON::Object::Ptr rows = response.answers->getObject(column.item);
            if (!rows) {
                rows = new Poco::JSON::Object;
                response.answers->set(column.item, rows);
            }
            Poco::JSON::Object::Ptr cells = rows->getObject(column.row);
            if (!cells) {
                cells = new Poco::JSON::Object;
                rows->set(column.row, cells);
            }
            cells->set(column.column, value);
        }
        const bool from_sheet = m_maps && take_rows(response, issue);
        for (const std::size_t index : m_blank_columns)
            if (!trimmed(record.fields[index]).empty())
                issue("", i18n::message("input.csv.unnamed_column", index + 1));
        if (!issues.empty()) {
            m_session.reject(line, std::move(issues), record.raw);
            return;
        }
        if (!from_sheet) {
            m_session.add(std::move(response), line, record.raw);
            return;
        }
        const std::string item = m_sheet_items[response.form_version];
        const std::string wave = response.wave, territory = response.territory,
                          respondent = response.respondent;
        m_session.add(std::move(response), line, record.raw, [&](Issue& found) {
            m_maps->sheet->relocate(wave, territory, respondent, item, found);
        });
    }

  private:
    // The long sheet's rows for this response, set as the answer of its
    // form's item of the sheet's type; false when there are none (or with an
    // issue).
    template <typename IssueFn>
    bool take_rows(Response& response, IssueFn& issue) {
        LongSheet& sheet = *m_maps->sheet;
        const std::optional<long long> first =
            sheet.first_line(response.wave, response.territory, response.respondent);
        if (!first) return false;
        sheet.touch(response.wave, response.territory, response.respondent);
        const LongRows::Words words = m_maps->type->long_rows()->words();
        const std::string where =
            m_session.options().maps_path + " (from line " + std::to_string(*first) + ")";
        const std::string rows_of = "the " + words.sheet + "'s rows are for ";
        if (!sheet.form().empty() && sheet.form() != response.form) {
            issue("", rows_of + "form '" + sheet.form() + "' (" + m_session.options().maps_path +
                          ":" + std::to_string(sheet.form_line()) + "), this row for form '" +
                          response.form + "'");
            return false;
        }
        const std::string& item = sheet_item(response);
        if (item.empty()) {
            issue("", "form '" + response.form + "' version " +
                          std::to_string(response.form_version) + " has no " +
                          m_maps->type->name() + " item, yet " + where + " has " + words.answer +
                          " rows for this response");
            return false;
        }
        if (!sheet.item().empty() && sheet.item() != item) {
            issue(item, rows_of + "item '" + sheet.item() + "' (" + m_session.options().maps_path +
                            ":" + std::to_string(sheet.item_line()) + "), but the " + words.title +
                            " of form '" + response.form + "' is '" + item + "'");
            return false;
        }
        if (response.answers->has(item)) {
            issue(item, "this row's " + words.answer + " cell is filled and " + where + " has " +
                            words.answer + " rows for the same response: keep one of the two");
            return false;
        }
        response.answers->set(item,
                              sheet.take(response.wave, response.territory, response.respondent));
        return true;
    }

    // The item of the sheet's type in this form version, or "".
    const std::string& sheet_item(const Response& response) {
        auto known = m_sheet_items.find(response.form_version);
        if (known == m_sheet_items.end()) {
            std::string item;
            if (const Form* form = m_session.validator().form(response.form, response.form_version))
                for (const Item& candidate : form->items)
                    if (candidate.type == m_maps->type->name()) item = candidate.id;
            known = m_sheet_items.emplace(response.form_version, item).first;
        }
        return known->second;
    }

    // The readers of the item columns for one form version; null with issues
    // when the form or version is unknown or the row is for another form.
    const std::vector<CellReader>* cell_readers(const std::string& form_id, int version,
                                                std::vector<Issue>& issues) {
        if (m_form_id.empty()) {
            // The first row naming a known form decides which form the file is for.
            try {
                (void)m_session.project().form(form_id);
            } catch (const InvalidInput& error) {
                for (const Issue& found : error.issues())
                    issues.push_back(Issue{Location{m_source, 0, "", ""}, found.reason});
                return nullptr;
            }
            m_form_id = form_id;
            check_columns_against_form();
        } else if (form_id != m_form_id) {
            issues.push_back(Issue{Location{m_source, 0, "", ""},
                                   i18n::message("input.csv.other_form", form_id, m_form_id)});
            return nullptr;
        }
        auto cached = m_readers.find(version);
        if (cached != m_readers.end()) return &cached->second;
        const Form* form = m_session.validator().form(form_id, version);
        if (!form) {
            std::vector<std::string> versions;
            for (const Form& candidate : m_session.project().forms())
                if (candidate.id == form_id) versions.push_back(std::to_string(candidate.version));
            issues.push_back(Issue{Location{m_source, 0, "", ""},
                                   i18n::message("input.unknown_form_version", "'" + form_id + "'",
                                                 version, join(versions))});
            return nullptr;
        }
        std::vector<CellReader> readers(m_item_columns.size());
        for (std::size_t c = 0; c < m_item_columns.size(); ++c) {
            const ItemColumn& column = m_item_columns[c].second;
            const Item* item = form->item(column.item);
            if (!item || (item->type == "matrix") != column.is_matrix_cell()) continue;
            CellReader& reader = readers[c];
            if (column.is_matrix_cell()) {
                auto has = [](const std::vector<Choice>& list, const std::string& value) {
                    return std::any_of(list.begin(), list.end(),
                                       [&](const Choice& choice) { return choice.value == value; });
                };
                if (!has(item->rows, column.row) || !has(item->columns, column.column)) continue;
                reader.matrix_cell = matrix_cell_item(*item);
                reader.is_matrix_cell = true;
                reader.type = m_session.registry().item_type(item->cell_type);
            } else {
                reader.type = m_session.registry().item_type(item->type);
            }
            reader.item = item;
        }
        return &m_readers.emplace(version, std::move(readers)).first->second;
    }

    // A column that no version of the form has would lose its data: the file
    // is refused whole, naming the columns the form does have.
    void check_columns_against_form() {
        std::vector<const Form*> versions;
        for (const Form& form : m_session.project().forms())
            if (form.id == m_form_id) versions.push_back(&form);
        std::sort(versions.begin(), versions.end(),
                  [](const Form* a, const Form* b) { return a->version > b->version; });
        std::set<std::string> valid;
        std::vector<std::string> valid_in_order;
        for (const ItemColumn& column : item_columns(versions)) {
            valid.insert(column.name);
            valid_in_order.push_back(column.name);
        }
        std::vector<Issue> issues;
        for (const auto& [index, column] : m_item_columns)
            if (!valid.count(column.name))
                issues.push_back(
                    Issue{Location{m_source, 1, "", column.name},
                          i18n::message("input.csv.column_not_item", index + 1, column.name,
                                        m_form_id, join(valid_in_order))});
        if (!issues.empty()) throw InvalidInput(std::move(issues));
    }

    ImportSession& m_session;
    const std::string& m_source;
    char m_decimal;
    OpenedLongSheet* m_maps;  // null without --maps
    std::map<int, std::string>
        m_sheet_items;  // form version -> its item of the sheet's type, or ""
    std::size_t m_width = 0;
    std::optional<std::size_t> m_key_index[7];
    std::vector<std::pair<std::size_t, ItemColumn>> m_item_columns;
    std::vector<std::size_t> m_blank_columns;
    std::string m_form_id;
    std::map<int, std::vector<CellReader>> m_readers;
};

}  // namespace

void read_csv_rows(ChunkSource& input, ImportSession& session, const std::string& source,
                   long long size_hint) {
    CsvReader reader(input);
    CsvRecord record;
    if (!reader.next(record))
        throw InvalidInput(Location{source, 0, "", ""},
                           i18n::message("input.csv.empty", join(wide_key_columns())));
    if (!record.error.empty())
        throw InvalidInput(Location{source, record.line, "", ""},
                           i18n::message("input.csv.bad_header", record.error));
    // Spreadsheets that separate fields with ';' write decimal commas.
    const char decimal = reader.delimiter() == ';' ? ',' : '.';
    // Cells exported with a quote in front so that spreadsheets do not run
    // them as formulas read back as the text they were (csv_writer.hpp).
    const auto restore = [](CsvRecord& read) {
        for (std::string& field : read.fields) field = restore_formula_text(field);
    };
    // The long sheet first: it is read whole, and its problems refuse the
    // import before a row is stored.
    OpenedLongSheet maps;
    if (!session.options().maps_path.empty())
        maps = read_long_sheet(session.options().maps_path, session.project().registry());
    WideCsvRows rows(session, source, decimal, maps.sheet ? &maps : nullptr);
    restore(record);
    rows.read_header(record);
    session.set_rejected_preamble(
        (reader.had_byte_order_mark() ? std::string("\xEF\xBB\xBF") : std::string()) + record.raw +
            "\r\n",
        "\r\n");
    while (reader.next(record)) {
        restore(record);
        rows.read_row(record);
        session.report_progress(input.consumed(), size_hint);
    }
    if (maps.sheet)
        for (Issue& issue : maps.sheet->unused(source)) session.add_file_issue(std::move(issue));
    if (input.failed())
        throw InvalidInput(Location{source, 0, "", ""},
                           i18n::message("input.read_error", input.consumed()));
}

}  // namespace sonda::io
