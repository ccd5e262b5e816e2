// What the text and HTML renderings of a report say in words: labels of
// groups, waves, scores and bands, numbers formatted for the reader's
// language, and the plain-language reading of one change with its verdict
// (sonda/report/verdict.hpp) and the reasons for it. One place, so the terminal and the shared HTML
// file never tell an evaluator two different stories about the same figures; public so that the
// instruments' report sections and charts (sonda/plugin/) word theirs the same way.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda::report_detail {

// The text of `key` in `language` from the message catalogue
// (sonda/i18n/catalogue.hpp), English where the language lacks it.
std::string tr(const std::string& language, std::string_view key);

// Every English phrase that differs from its Italian one: what a test of a
// page in Italian must not find.
std::vector<std::string> english_phrases();

// A phrase with printf placeholders filled in ("%d", "%s", "%lld").
template <typename... Args>
std::string printf_string(const std::string& format, Args... args) {
    int size = std::snprintf(nullptr, 0, format.c_str(), args...);
    std::string out(static_cast<std::size_t>(size < 0 ? 0 : size) + 1, '\0');
    std::snprintf(out.data(), out.size(), format.c_str(), args...);
    out.resize(out.size() - 1);
    return out;
}

// Fixed decimals, decimal comma in Italian; "–" when empty or not finite.
std::string format_number(std::optional<double> value, int decimals, const std::string& language);
// As format_number with an explicit sign ("+0.42", "-0.10").
std::string format_signed(std::optional<double> value, int decimals, const std::string& language);
// "0.031", "<0.001".
std::string format_p(std::optional<double> p, const std::string& language);

// The report's pairing by code in one sentence (or two, with near misses).
std::string pairing_text(const Report& report, const std::string& language);

const char* by_name(GroupBy by);         // "territory", "role", "none"
std::string design_name(Design design);  // "paired", "independent"

std::string group_title(const GroupReport& group, const Study* study, const std::string& language);
std::string wave_title(const std::string& wave, const Study* study, const std::string& language);
const ScoreDefinition* definition_of(const Report& report, const std::string& score);
std::string score_title(const Report& report, const std::string& score,
                        const std::string& language);
std::string band_title(const ScoreDefinition* definition, const std::optional<std::string>& band,
                       const std::string& language);
// "negligible", "small", "medium", "large" by Cohen's conventions on |d|.
std::string effect_words(double effect_size, const std::string& language);

// Marker shown in place of every figure of a suppressed cell: never a 0.
std::string suppressed_marker(const Report& report, const ScoreReport& score,
                              const std::string& language);
// Why a withheld group is withheld, in a sentence: small, or protecting another.
std::string withheld_reading(const Report& report, Withheld why, const std::string& language);

struct Reading {
    std::string text;  // the change in words, its figures, the verdict and any caution
    // The verdict of sonda/report/verdict.hpp, with the score's better
    // direction: what the HTML tags and colours, and the dashboard marks.
    ChangeVerdict verdict;
    std::vector<std::string> cautions;  // on the meaning of the score (alpha), not the verdict
};

// The reading of one score's change in a group.
Reading read_change(const Report& report, const ScoreReport& score, const std::string& language);

// The banner shown when an evaluator turned suppression off.
std::string suppression_off_warning(const Report& report, const std::string& language);

}  // namespace sonda::report_detail
