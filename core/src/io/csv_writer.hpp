// Writes CSV records (RFC 4180: CRLF line endings, a field quoted when it holds
// the delimiter, a quote, CR or LF, quotes doubled) in UTF-8. What the reader
// reads back gives the same fields, once restore_formula_text has undone
// the spreadsheet safety below.
//
// Spreadsheet safety (OWASP, "CSV injection"): a spreadsheet opening the file
// runs a cell that begins with '=', '+', '-', '@', tab or carriage return as a
// formula, and respondents' free texts reach these files. Such a text cell is
// written with a single quote in front, which spreadsheets show as text and
// do not keep in the value. Numbers stay numbers: a cell that is a plain
// number (-3, +2.5, -1,5, 1e-3) is written as it is. A text that itself
// begins with a quote followed by one of those characters or another quote
// gets one more quote, so reading back (restore_formula_text: one leading
// quote removed before such a character) always gives the original text.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sonda::io {

class CsvWriter {
  public:
    explicit CsvWriter(std::ostream& out, char delimiter = ',');

    void field(std::string_view value);
    void end_record();
    void record(const std::vector<std::string>& fields);

    char delimiter() const { return m_delimiter; }

  private:
    std::ostream& m_out;
    char m_delimiter;
    bool m_first = true;
};

// The field as it appears in a record: quoted when it needs to be.
std::string csv_quote(std::string_view value, char delimiter);

// The cell a spreadsheet will not run as a formula, and back (see above).
std::string neutralise_formula(std::string_view value);
std::string restore_formula_text(std::string_view cell);

}  // namespace sonda::io
