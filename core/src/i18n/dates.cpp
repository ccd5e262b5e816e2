#include "sonda/i18n/dates.hpp"

#include <cctype>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

bool digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

std::string date_text(const std::string& iso, const std::string& language) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(iso, 0, 4) ||
        !digits(iso, 5, 2) || !digits(iso, 8, 2))
        return iso;
    const int year = std::stoi(iso.substr(0, 4));
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return iso;
    if (day > kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0)) return iso;
    const std::string name = tr(language, "date.month." + std::to_string(month));
    return format(language, "date.day_month_year", day, name.c_str(), year);
}

}  // namespace sonda::i18n
