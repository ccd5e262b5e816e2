#include "csv_writer.hpp"

namespace sonda::io {

std::string csv_quote(std::string_view value, char delimiter) {
    const bool needs_quotes =
        value.find_first_of(std::string{'"', '\r', '\n', delimiter}) != std::string_view::npos;
    if (!needs_quotes) return std::string(value);
    std::string out;
    out.reserve(value.size() + 2);
    out.push_back('"');
    for (const char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

CsvWriter::CsvWriter(std::ostream& out, char delimiter) : m_out(out), m_delimiter(delimiter) {}

void CsvWriter::field(std::string_view value) {
    if (!m_first) m_out.put(m_delimiter);
    m_first = false;
    m_out << csv_quote(value, m_delimiter);
}

void CsvWriter::end_record() {
    m_out << "\r\n";
    m_first = true;
}

void CsvWriter::record(const std::vector<std::string>& fields) {
    for (const std::string& value : fields) field(value);
    end_record();
}

}  // namespace sonda::io
