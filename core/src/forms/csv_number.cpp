#include "csv_number.hpp"

#include <Poco/Types.h>

#include <charconv>
#include <cmath>

#include "answer_values.hpp"
#include "item_type_support.hpp"

namespace sonda {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_zeros(const std::string& digits) {
    return digits.find_first_not_of('0') == std::string::npos;
}
}  // namespace

Poco::Dynamic::Var parse_decimal_cell(const Item& item, std::string_view raw, char decimal) {
    const std::string_view cell = trim(raw);
    const std::string shown(cell);
    const char other = decimal == ',' ? '.' : ',';
    const std::string write_plainly =
        i18n::message("input.number.write_plainly", std::string(1, decimal));
    std::string integer_digits, fraction_digits, exponent;
    bool negative = false;
    char separator = 0;
    std::size_t i = 0;
    if (i < cell.size() && (cell[i] == '+' || cell[i] == '-')) negative = cell[i++] == '-';
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (is_digit(c)) {
            (separator ? fraction_digits : integer_digits) += c;
        } else if (c == '.' || c == ',') {
            if (separator)
                throw_cell_error(item,
                                 i18n::message("input.number.thousands", shown, write_plainly));
            separator = c;
        } else if (c == ' ' || c == '\'' || static_cast<unsigned char>(c) == 0xC2) {
            // Spaces, apostrophes and no-break spaces group thousands in some locales.
            if (integer_digits.empty()) break;
            throw_cell_error(item, i18n::message("input.number.thousands", shown, write_plainly));
        } else {
            break;
        }
    }
    if (i < cell.size() && (cell[i] == 'e' || cell[i] == 'E')) {
        exponent += 'e';
        ++i;
        if (i < cell.size() && (cell[i] == '+' || cell[i] == '-')) exponent += cell[i++];
        const std::size_t first_digit = exponent.size();
        while (i < cell.size() && is_digit(cell[i])) exponent += cell[i++];
        if (exponent.size() == first_digit) i = std::string_view::npos;  // "3e" is no number
    }
    if (i != cell.size() || (integer_digits.empty() && fraction_digits.empty()) ||
        (separator && fraction_digits.empty()))
        throw_cell_error(item, i18n::message("input.number.cell_not_number", shown));
    if (separator == other && exponent.empty() && fraction_digits.size() == 3 &&
        !integer_digits.empty() && integer_digits.size() <= 3 && !all_zeros(integer_digits))
        throw_cell_error(item, i18n::message("input.number.ambiguous", shown, std::string(1, other),
                                             write_plainly));

    const std::string normalized =
        (negative ? "-" : "") + (integer_digits.empty() ? std::string("0") : integer_digits) +
        (fraction_digits.empty() ? "" : "." + fraction_digits) + exponent;
    double value = 0;
    auto [end, error] =
        std::from_chars(normalized.data(), normalized.data() + normalized.size(), value);
    if (error != std::errc() || end != normalized.data() + normalized.size() ||
        !std::isfinite(value))
        throw_cell_error(item, i18n::message("input.number.unrepresentable", shown));
    if (exponent.empty() && all_zeros(fraction_digits) && std::fabs(value) <= 9007199254740992.0)
        return static_cast<Poco::Int64>(value);
    return value;
}

std::string format_decimal(double value, char decimal) {
    if (!std::isfinite(value)) return {};
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    // to_chars gives the shortest text that reads back exactly, whatever the C locale.
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, error == std::errc() ? end : buffer);
    for (char& c : text)
        if (c == '.') c = decimal;
    return text;
}

}  // namespace sonda
