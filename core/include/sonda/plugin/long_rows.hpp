// Answers a spreadsheet holds best one entry a row: an item type whose answer
// is a list of entries with cells of their own offers a second sheet beside
// the wide one (docs/csv.md), read with `sonda import --maps` and written
// with `sonda export --format csv-wide --maps`. The item type owns the sheet's
// format end to end (its columns, its cells, its problems' words); the core
// reads and writes the CSV, matches each wide row with its rows by wave,
// territory and respondent, and reports what the sheet says.
//
// An item type offers it through ItemType::long_rows(). When several loaded
// types do, the core picks the one whose columns the sheet's header names.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"

namespace sonda {

// One record of the sheet as the core read it (quoting undone, text that was
// written formula-safe restored).
struct SheetLine {
    long long line = 0;  // where the record starts, 1-based
    std::vector<std::string> fields;
    std::string error;  // why the record is malformed; empty when it is well formed
};

// The sheet's records, the header first.
class SheetLines {
  public:
    virtual ~SheetLines() = default;
    virtual bool next(SheetLine& line) = 0;  // false at the end
    // Why reading stopped before the end of the file; empty when it did not.
    virtual std::string failure() const = 0;
};

// A sheet read whole (LongRows::read), asked row by row of the wide sheet.
// A response's rows are named by their wave, territory and respondent.
class LongSheet {
  public:
    virtual ~LongSheet() = default;

    // The value of the sheet's form and item columns (empty when absent or
    // empty), with the line that gave it: a sheet holds one form's answers.
    virtual std::string form() const = 0;
    virtual long long form_line() const = 0;
    virtual std::string item() const = 0;
    virtual long long item_line() const = 0;

    // The line of this response's first row; empty when the sheet has none.
    virtual std::optional<long long> first_line(const std::string& wave,
                                                const std::string& territory,
                                                const std::string& respondent) const = 0;
    // The answer this response's rows make, and marks them taken (so
    // unused() does not report them). Call only when first_line() has one.
    virtual Poco::Dynamic::Var take(const std::string& wave, const std::string& territory,
                                    const std::string& respondent) = 0;
    // Marks the rows taken without making the answer (their wide row was
    // refused for problems of its own).
    virtual void touch(const std::string& wave, const std::string& territory,
                       const std::string& respondent) = 0;
    // A problem the validator found in a response whose answer to `item`
    // came from here: when it is about that item (its JSON path below
    // $.answers.<item>), it moves to the row and column it is about.
    virtual void relocate(const std::string& wave, const std::string& territory,
                          const std::string& respondent, const std::string& item,
                          Issue& issue) const = 0;
    // A problem for every response of the sheet no wide row took.
    virtual std::vector<Issue> unused(const std::string& wide_source) const = 0;
};

class LongRows {
  public:
    virtual ~LongRows() = default;

    // How people call the sheet and what it holds, for the core's messages:
    // "the <sheet>'s rows are for form ...", "has <answer> rows for this
    // response", "is not a <title>".
    struct Words {
        std::string sheet;   // "place sheet"
        std::string answer;  // "place list"
        std::string title;   // "list of places"
    };
    virtual Words words() const = 0;

    // The sheet's own columns, after the key columns every such sheet has
    // (long_sheet_key_columns()): how the core tells whose sheet a header is,
    // and the header of an export.
    virtual std::vector<std::string> columns() const = 0;

    // Reads a whole sheet from `lines` (the header first) found at `source`.
    // Throws InvalidInput with every problem found, at its line and column.
    virtual std::unique_ptr<LongSheet> read(const std::string& source, SheetLines& lines) const = 0;

    // An answer as rows of cells, aligned with columns() (at least one row,
    // so that an empty answer imports back as answered), numbers written with
    // `decimal`; empty when the answer is not of this shape.
    virtual std::optional<std::vector<std::vector<std::string>>> rows(
        const Poco::Dynamic::Var& answer, char decimal) const = 0;
};

// form, wave, territory, respondent, item: which response and item a row of
// any such sheet belongs to (form and item may be left out when importing).
const std::vector<std::string>& long_sheet_key_columns();

}  // namespace sonda
