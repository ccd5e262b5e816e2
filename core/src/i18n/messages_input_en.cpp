// What sonda says about input it refuses, in English: an import's rows and
// cells, a response's answers, the JSON and CSV that carry them, and the
// import's summary. Keys and printf placeholders match messages_input_it.cpp
// (tests/core/i18n checks it). Worded through sonda/i18n/message_language.hpp.
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    // Where (sonda/error.hpp's Location).
    {"location.line", "line %lld"},
    {"location.item", "item %s"},
    // Lists in messages.
    {"input.list_more", "%s and %zu more"},
    {"input.list_none", "none"},
    {"input.rows.one", "%lld row"},
    {"input.rows.other", "%lld rows"},
    // A response against its study and form.
    {"input.not_uuid",
     "%s is not a UUID (8-4-4-4-12 hexadecimal digits, such as "
     "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d)"},
    {"input.unknown_wave", "unknown wave %s; the study's waves are %s"},
    {"input.unknown_territory", "unknown territory %s; the study's territories are %s"},
    {"input.unknown_role", "unknown role %s; the study's roles are %s"},
    {"input.unknown_form_version", "form %s has no version %d; its versions are %s"},
    {"input.unknown_form", "unknown form %s; known forms are %s"},
    {"input.answers_missing", "missing 'answers'"},
    {"input.required_unanswered", "required item '%s' is not answered"},
    {"input.item_type_not_loaded",
     "item type '%s' is not loaded; it comes with the plugin of form '%s' (see `sonda plugins`)"},
    {"input.items_are", "its items are %s"},
    {"input.items_many", "it has %zu items (see `sonda forms show %s`)"},
    {"input.unknown_item", "unknown item %s in form '%s' v%d; %s"},
    {"input.instrument_not_loaded",
     "the plugin for form '%s' (instrument '%s') is not loaded, so its rules cannot be checked "
     "(see `sonda plugins`)"},
    {"input.respondent_empty", "the respondent code is empty"},
    {"input.respondent_space",
     "the respondent code contains a space, so it looks like a name: respondents are "
     "pseudonymous codes (letters, digits, -, _ and .), never names"},
    {"input.respondent_characters",
     "the respondent code may contain only letters A-Z and a-z, digits, -, _ and . "
     "(respondents are pseudonymous codes, never names)"},
    {"input.respondent_too_long",
     "the respondent code is %zu characters long; at most 64 are allowed"},
    // A response's keys (NDJSON).
    {"input.key_missing", "missing key '%s'"},
    {"input.key_not_string", "'%s' must be a string"},
    {"input.key_empty", "'%s' must not be empty"},
    {"input.key_unknown",
     "unknown key '%s' (expected id, form, form_version, wave, territory, role, respondent, "
     "answers)"},
    {"input.version_not_positive", "'form_version' must be a positive integer"},
    {"input.answers_not_object", "'answers' must be an object"},
    // Answers, by item type.
    {"input.likert.scale", "%s to %s"},
    {"input.likert.not_whole", "must be a whole number from %s, found %s"},
    {"input.likert.outside", "%lld is outside the scale %s"},
    {"input.likert.not_point", "'%s' is not a point of the scale %s"},
    {"input.likert.not_whole_point", "'%s' is not a whole point of the scale %s"},
    {"input.choice.not_value", "must be one of the values %s, found %s"},
    {"input.choice.not_array", "must be an array of values (several may be chosen), found %s"},
    {"input.choice.entry_not_string", "must be a value (a string), found %s"},
    {"input.choice.twice", "'%s' is chosen twice"},
    {"input.choice.unknown", "'%s' is not one of the values %s"},
    {"input.choice.cell_unknown", "'%s' is neither a value (%s) nor the label of one"},
    {"input.choice.cell_unknown_multiple",
     "'%s' is neither a value (%s) nor the label of one; separate several values with |"},
    {"input.label_twice", "'%s' is the label of both '%s' and '%s'; write the value instead"},
    {"input.number.not_number", "must be a number, found %s"},
    {"input.number.not_exact",
     "must lie within -9007199254740992..9007199254740992 to be held exactly, found %s"},
    {"input.number.not_whole", "must be a whole number, found %s"},
    {"input.number.below", "%s is below the minimum %s"},
    {"input.number.above", "%s is above the maximum %s"},
    {"input.number.write_plainly",
     "write it without thousands separators, with '%s' as the decimal separator"},
    {"input.number.thousands", "'%s' has a thousands separator; %s"},
    {"input.number.cell_not_number", "'%s' is not a number"},
    {"input.number.ambiguous", "'%s' is ambiguous: '%s' could separate thousands or decimals; %s"},
    {"input.number.unrepresentable", "'%s' is not a number sonda can represent"},
    {"input.text.not_string", "must be a text (a string), found %s"},
    {"input.text.too_long", "is %zu characters long; at most %zu are allowed"},
    {"input.text_list.not_array", "must be an array of texts, found %s"},
    {"input.text_list.too_many", "has %zu entries; at most %zu are allowed"},
    {"input.text_list.empty_entry", "is empty; leave empty entries out"},
    {"input.text_list.line_break", "contains a line break; make each line an entry of its own"},
    {"input.matrix.not_object", "must be an object {row: {column: value}}, found %s"},
    {"input.matrix.no_cell_type", "the matrix has no usable cell type"},
    {"input.matrix.unknown_row", "'%s' is not a row of the matrix; rows are %s"},
    {"input.matrix.row_not_object", "must be an object {column: value}, found %s"},
    {"input.matrix.unknown_column", "'%s' is not a column of the matrix; columns are %s"},
    {"input.control.c1", "a C1 control"},
    {"input.control.single_line",
     "contains the control character %s (%s) at character %zu; a single-line text allows no "
     "control characters, not even a line break"},
    {"input.control.multi_line",
     "contains the control character %s (%s) at character %zu; a text allows tabs and line "
     "breaks but no other control characters"},
    // JSON.
    {"input.json.an_object", "an object"},
    {"input.json.an_array", "an array"},
    {"input.json.a_string", "a string"},
    {"input.json.a_boolean", "a boolean"},
    {"input.json.a_number", "a number"},
    {"input.json.another_type", "a value of another type"},
    {"input.json.invalid_utf8", "invalid UTF-8 at byte %zu (save the file as UTF-8)"},
    {"input.json.several_values", "malformed JSON: more than one value"},
    {"input.json.malformed", "malformed JSON: %s"},
    {"input.json.not_object", "expected a JSON object, found %s"},
    {"input.json.duplicate_key", "duplicate key %s at %s (keys must be unique in an object)"},
    {"input.json.number_at", "number %s at %s %s"},
    {"input.json.integer_range",
     "is out of range: a JSON integer must lie between -9223372036854775808 and "
     "18446744073709551615"},
    {"input.json.number_range",
     "is out of range: a JSON number must lie within +-1.7976931348623157e308"},
    {"input.ndjson.too_long",
     "line of %lld bytes, longer than the limit of %zu bytes for one response"},
    // CSV.
    {"input.csv.tab", "tab"},
    {"input.csv.record_too_long", "record longer than %zu bytes"},
    {"input.csv.record_too_long_quote",
     "record longer than %zu bytes (a quote opened at line %lld never closed?)"},
    {"input.csv.stray_quote",
     "quote inside an unquoted field %zu (enclose the field in quotes and double the quote: \"\")"},
    {"input.csv.after_quote",
     "text after the closing quote of field %zu (expected %s or the end of the line)"},
    {"input.csv.unclosed_quote",
     "the quote opened at line %lld is never closed (the file ends inside a quoted field)"},
    {"input.csv.invalid_utf8",
     "invalid UTF-8 at byte %zu of field %zu (the file was read as UTF-8 from its first accented "
     "letter on; save the whole file in one encoding)"},
    {"input.csv.column_twice", "column '%s' appears twice (columns %zu and %zu)"},
    {"input.csv.column_unknown",
     "column '%s' is neither an item id nor a matrix cell written item[row][column]"},
    {"input.csv.missing_column",
     "missing column %s; a wide CSV has the columns %s (and optionally id), then one column per "
     "item"},
    {"input.csv.missing_columns",
     "missing columns %s; a wide CSV has the columns %s (and optionally id), then one column per "
     "item"},
    {"input.csv.width.one",
     "%lld field where the header has %zu (a value holding the delimiter must be in double "
     "quotes)"},
    {"input.csv.width.other",
     "%lld fields where the header has %zu (a value holding the delimiter must be in double "
     "quotes)"},
    {"input.csv.key_empty", "'%s' is empty"},
    {"input.csv.bad_version", "'form_version' must be a positive whole number, found '%s'"},
    {"input.csv.not_in_version",
     "'%s' is not an item of form '%s' version %d; leave this cell empty for rows of that version"},
    {"input.csv.type_unknown",
     "the item type '%s' is not known (is its plugin loaded? see `sonda plugins`)"},
    {"input.csv.unnamed_column", "a value in column %zu, which has no name in the header"},
    {"input.csv.other_form",
     "form '%s' in a file whose rows are for form '%s': put each form in its own CSV file"},
    {"input.csv.column_not_item",
     "column %zu '%s' is not an item of form '%s'; its columns are %s"},
    {"input.csv.empty",
     "empty CSV file: expected a header line naming the columns %s (id may be left out) and the "
     "items"},
    {"input.csv.bad_header", "malformed header line: %s"},
    // The file as a whole.
    {"input.read_error", "read error after %lld bytes"},
    {"input.cannot_open", "cannot open the file: %s"},
    {"input.nul_byte",
     "byte %lld is a NUL byte: this is binary data, not NDJSON or CSV text; nothing was imported"},
    {"input.binary",
     "this is %s, not NDJSON or CSV: in the spreadsheet, save it as \"CSV UTF-8\" and import "
     "that file; nothing was imported"},
    {"input.binary.zip", "a zip file, as a spreadsheet workbook (.xlsx, .ods) is"},
    {"input.binary.xls", "an old Excel workbook (.xls)"},
    {"input.binary.utf16", "UTF-16 text (Excel's \"Unicode text\")"},
    {"input.maps_with_ndjson",
     "--maps completes the rows of a wide CSV; %s is NDJSON, whose answers carry their lists as "
     "JSON"},
    // The long sheet of `sonda import --maps` (io/long_sheet.cpp, io/csv_rows.cpp);
    // the sheet's words come from its item type (sonda/plugin/long_rows.hpp).
    {"input.sheet.sheet", "sheet"},
    {"input.sheet.no_reader",
     "no loaded item type keeps its answers one entry a row, so nothing reads this sheet (is the "
     "plugin of its item type loaded? see `sonda plugins`)"},
    {"input.sheet.cannot_open", "cannot open the %s: %s"},
    {"input.sheet.fits_none",
     "the header names no item type's columns: cannot tell whose sheet this is (item types with "
     "such sheets: %s)"},
    {"input.sheet.fits_several",
     "the header fits more than one item type: cannot tell whose sheet this is (item types with "
     "such sheets: %s)"},
    {"input.sheet.from_line", "%s (from line %lld)"},
    {"input.sheet.other_form", "the %s's rows are for form '%s' (%s:%lld), this row for form '%s'"},
    {"input.sheet.no_item",
     "form '%s' version %d has no %s item, yet %s has %s rows for this response"},
    {"input.sheet.other_item",
     "the %s's rows are for item '%s' (%s:%lld), but the %s of form '%s' is '%s'"},
    {"input.sheet.both",
     "this row's %s cell is filled and %s has %s rows for the same response: keep one of the two"},
    // The database an operation writes to, while another writer holds it.
    {"store.write_lock", "the write lock"},
    {"store.responses_table", "the responses table"},
    {"store.waiting",
     "waiting for another writer (%s of %s is held by another sonda or program; waiting up to %d "
     "s, set with --wait SECONDS or SONDA_WAIT)"},
    {"store.waited_too_long",
     "database %s: another writer held %s for more than %d s; nothing was written. Try again "
     "when it is done, or wait longer with --wait SECONDS (or SONDA_WAIT)"},
    // The import session.
    {"input.rejected", "rejected"},
    {"input.too_long_to_copy", " (the row is too long to be copied to the rejected file)"},
    {"input.respondent_twice",
     "a second row for respondent '%s' of territory '%s' at wave '%s' (the first is on line "
     "%lld): a respondent answers form '%s' once per wave; keep one of the two rows"},
    {"input.id_twice",
     "response %s is also on line %lld, with different content: a response id is one response"},
    {"input.id_derived",
     " (a row without id has the id derived from its study, form, wave, territory and "
     "respondent: the two rows are one respondent's answer to one form and wave; keep one of "
     "them)"},
    {"input.conflict_response", "response %s"},
    {"input.conflict_derived",
     " (the row has no id: it is derived from study '%s', form '%s', wave '%s', territory '%s' "
     "and respondent '%s')"},
    {"input.nothing_stored", "nothing of this file was stored"},
    {"input.more_issues.one", "and %lld more issue not listed (%lld in all, in %s)"},
    {"input.more_issues.other", "and %lld more issues not listed (%lld in all, in %s)"},
    {"input.rows_invalid.one",
     "%lld of %lld rows invalid: nothing was imported (fix it, or import with --skip-invalid to "
     "store the valid rows)"},
    {"input.rows_invalid.other",
     "%lld of %lld rows invalid: nothing was imported (fix them, or import with --skip-invalid "
     "to store the valid rows)"},
    {"input.nothing_imported", "nothing was imported"},
    {"input.rejected_unwritable",
     "cannot write the rejected rows to '%s': disk full or file not writable; nothing was "
     "imported"},
    {"input.rejected_unwritten",
     "the import was committed, but the rejected rows could not be written: %s"},
    // What `sonda import` prints.
    {"import.inserted.one", "%lld inserted"},
    {"import.inserted.other", "%lld inserted"},
    {"import.would_insert.one", "%lld would be inserted"},
    {"import.would_insert.other", "%lld would be inserted"},
    {"import.unchanged.one", "%lld unchanged"},
    {"import.unchanged.other", "%lld unchanged"},
    {"import.rejected.one", "%lld rejected"},
    {"import.rejected.other", "%lld rejected"},
    {"import.written_to", " (written to %s)"},
    {"import.dry_run", " (dry run: nothing stored)"},
    {"import.total", "total: %s"},
    {"import.rejected_issue", "rejected: %s"},
    {"import.nothing_imported.one", "nothing imported from this file (%lld problem listed above)"},
    {"import.nothing_imported.other",
     "nothing imported from this file (%lld problems listed above)"},
    {"import.nothing_imported_rows.one",
     "nothing imported from this file (%lld problem listed above; fix it, or use --skip-invalid)"},
    {"import.nothing_imported_rows.other",
     "nothing imported from this file (%lld problems listed above; fix them, or use "
     "--skip-invalid)"},
    {"import.all_rejected.one", "nothing was stored: its only row was rejected"},
    {"import.all_rejected.other", "nothing was stored: every one of its %lld rows was rejected"},
    // Exports (core/src/io/exporter.cpp).
    {"export.not_long_rows",
     "response %s: the answer of '%s' is not a %s; export it without --maps"},
    {"export.two_long_sheets",
     "the items of form '%s' keep their answers in long sheets of two types (%s, %s): --maps "
     "writes one"},
    {"export.same_separator",
     "the delimiter and the decimal separator are both '%s'; use ';' with a decimal comma"},
    {"export.no_form", "an export needs a form (--form)"},
    {"export.maps_format", "a map sheet (--maps) goes with the csv-wide format"},
    {"export.bom_ndjson", "a byte order mark is for CSV exports, not NDJSON"},
    // Where and why a JSON text is malformed (core/src/util/json_syntax.cpp).
    {"input.json.malformed_at", "malformed JSON at line %zu, column %zu: %s"},
    {"input.json.malformed_at_column", "malformed JSON at column %zu: %s"},
    {"input.json.too_deep", "malformed JSON: nested more than %zu levels deep"},
    {"input.json.syntax.end",
     "the text ends before the JSON is complete (a closing '}', ']' or '\"' missing?)"},
    {"input.json.syntax.single_quote",
     "texts and keys take double quotes (\"), not single quotes (')"},
    {"input.json.syntax.unexpected",
     "%s cannot start a value (a value is a number, a \"text\", true, false, null, {...} or "
     "[...])"},
    {"input.json.syntax.after_member",
     "expected ',' or '}' after a value in an object, found %s (a ',' missing before it?)"},
    {"input.json.syntax.after_element",
     "expected ',' or ']' after a value in a list, found %s (a ',' missing before it?)"},
    {"input.json.syntax.trailing_comma", "a ',' right before %s: remove it"},
    {"input.json.syntax.key", "expected a key in double quotes, found %s"},
    {"input.json.syntax.colon", "expected ':' after the key, found %s"},
    {"input.json.syntax.control",
     "a line break or control character inside a text (write a line break as \\n)"},
    {"input.json.syntax.unicode_escape", "\\u must be followed by four hexadecimal digits"},
    {"input.json.syntax.escape",
     "a backslash followed by %s inside a text (write a backslash as \\\\)"},
    {"input.json.syntax.open_string", "a text opened with \" is never closed"},
    {"input.json.syntax.number",
     "'%s' is not a JSON number (numbers take a dot, such as 2.5, and no leading zeros)"},
    {"input.json.syntax.word",
     "unknown word '%s' (texts take double quotes; the words JSON knows are true, false and null)"},
    {"input.json.syntax.excess", "more text after the end of the JSON value"},
    // What a report, chart or summary is asked for (core/src/report, chart, summary).
    {"request.unknown_wave", "unknown wave '%s' given as --%s; the study's waves are: %s"},
    {"request.same_wave",
     "--from and --to are the same wave '%s': a change report compares two different waves"},
    {"request.form_version_part",
     "--form-version %d would report a part of the responses to '%s' in these waves (version %d "
     "has some too): that part is no group of the protected table. Report every version together, "
     "without --form-version"},
    {"request.min_cell_low", "the smallest group shown (min_cell) must be at least 1, not %lld"},
    {"request.min_cell_below",
     "--min-cell %lld is below the study's min_cell of %lld: groups that small are never "
     "published. To see them anyway (raw data holders only) add --no-suppression"},
    {"request.removed_while_reading",
     "response '%s' was removed while the report was being read; run the report again"},
    {"request.trend_two_waves", "a trend needs responses to form '%s' in at least two waves"},
    {"request.unknown_chart", "unknown chart '%s'; the charts are: %s"},
    // A wave, territory or role given on the command line (apps/sonda/study_filters.cpp).
    {"request.unknown.wave", "unknown wave '%s'; valid: %s"},
    {"request.unknown.territory", "unknown territory '%s'; valid: %s"},
    {"request.unknown.role", "unknown role '%s'; valid: %s"},
    {"request.unknown.none", "none"},
    {"request.no_waves.none",
     "cannot choose the waves to compare for form '%s': it has responses in no wave; give --from "
     "and --to (the study's waves are: %s)"},
    {"request.no_waves.only",
     "cannot choose the waves to compare for form '%s': it has responses only in %s%s; give --from "
     "and --to (the study's waves are: %s)"},
    {"request.no_waves.after", " after '%s'"},
    {"request.warning.form", "form '%s': %s"},
    {"store.form_changed",
     "form '%s' version %d is already stored with a different definition and %lld responses use "
     "it: give the changed form a new version number"},
};

}  // namespace

std::span<const Message> core_input_messages_en() { return kMessages; }

}  // namespace sonda::i18n
