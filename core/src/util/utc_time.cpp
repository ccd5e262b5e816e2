#include "sonda/util/utc_time.hpp"

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <ctime>

namespace sonda {

std::string utc_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

namespace {

// The number written by text[at, at + digits), digits only; -1 otherwise.
int digits_at(const std::string& text, std::size_t at, std::size_t digits) {
    if (at + digits > text.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

std::optional<std::string> utc_time_from_text(const std::string& text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int year = digits_at(text, 0, 4), month = digits_at(text, 5, 2),
              day = digits_at(text, 8, 2);
    int hour = 23, minute = 59, second = 59;
    if (text.size() > 10) {
        const bool zulu = text.size() == 20 && text[19] == 'Z';
        if (!(text.size() == 19 || zulu) || text[10] != 'T' || text[13] != ':' || text[16] != ':')
            return std::nullopt;
        hour = digits_at(text, 11, 2);
        minute = digits_at(text, 14, 2);
        second = digits_at(text, 17, 2);
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute,
                  second);
    return std::string(out);
}

}  // namespace sonda
