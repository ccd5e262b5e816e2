// Writes CSV records (RFC 4180: CRLF line endings, a field quoted when it holds
// the delimiter, a quote, CR or LF, quotes doubled) in UTF-8. What the reader
// reads back gives the same fields.
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

}  // namespace sonda::io
