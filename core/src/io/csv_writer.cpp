#include "csv_writer.hpp"

namespace sonda::io {

namespace {

bool starts_formula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [+-] digits [(.|,) digits] [e [+-] digits], or with the digits only after
// the decimal mark: what sonda writes for a number, with either decimal mark.
bool is_plain_number(std::string_view text) {
    std::size_t at = 0;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    std::size_t digits = 0;
    while (at < text.size() && is_digit(text[at])) ++at, ++digits;
    if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
        ++at;
        while (at < text.size() && is_digit(text[at])) ++at, ++digits;
    }
    if (digits == 0) return false;
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
        std::size_t exponent = 0;
        while (at < text.size() && is_digit(text[at])) ++at, ++exponent;
        if (exponent == 0) return false;
    }
    return at == text.size();
}

// A leading quote that reading back removes: one before a formula character
// or before another quote.
bool has_removable_quote(std::string_view cell) {
    return cell.size() >= 2 && cell[0] == '\'' && (starts_formula(cell[1]) || cell[1] == '\'');
}

}  // namespace

std::string neutralise_formula(std::string_view value) {
    if (value.empty()) return {};
    const bool formula = starts_formula(value[0]) && !is_plain_number(value);
    if (!formula && !has_removable_quote(value)) return std::string(value);
    return "'" + std::string(value);
}

std::string restore_formula_text(std::string_view cell) {
    return std::string(has_removable_quote(cell) ? cell.substr(1) : cell);
}

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
    m_out << csv_quote(neutralise_formula(value), m_delimiter);
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
