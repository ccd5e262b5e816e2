#include "sonda/report/report_wording.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/dates.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::report_detail {

namespace {

bool usable(std::optional<double> value) { return value && std::isfinite(*value); }

}  // namespace

std::vector<std::string> english_phrases() {
    const auto& catalogue = i18n::Catalogue::instance();
    const auto italian = catalogue.messages("it");
    std::vector<std::string> english;
    for (const auto& [key, text] : catalogue.messages("en")) {
        const auto translated = italian.find(key);
        if (translated == italian.end() || translated->second != text) english.push_back(text);
    }
    return english;
}

std::string tr(const std::string& language, std::string_view key) {
    return i18n::tr(language, key);
}

std::string format_number(std::optional<double> value, int decimals, const std::string& language) {
    if (!usable(value)) return "–";
    double shown = *value;
    // "-0.00" reads as a change that is not there.
    if (std::fabs(shown) < 0.5 * std::pow(10.0, -decimals)) shown = 0.0;
    std::string text = printf_string("%.*f", decimals, shown);
    const std::string decimal = tr(language, "number.decimal");
    if (decimal != ".")
        if (const std::size_t dot = text.find('.'); dot != std::string::npos)
            text.replace(dot, 1, decimal);
    return text;
}

std::string format_signed(std::optional<double> value, int decimals, const std::string& language) {
    std::string text = format_number(value, decimals, language);
    if (usable(value) && text[0] != '-' && text.find_first_not_of("0.,") != std::string::npos)
        return "+" + text;
    return text;
}

std::string format_p(std::optional<double> p, const std::string& language) {
    if (!usable(p)) return "–";
    if (*p < 0.001) return "<" + format_number(0.001, 3, language);
    return format_number(p, 3, language);
}

const char* by_name(GroupBy by) {
    switch (by) {
        case GroupBy::Territory:
            return "territory";
        case GroupBy::Role:
            return "role";
        case GroupBy::None:
            return "none";
    }
    return "none";
}

std::string design_name(Design design) {
    return design == Design::Paired ? "paired" : "independent";
}

std::string group_title(const GroupReport& group, const Study* study, const std::string& language) {
    if (!group.label.empty()) return group.label.get(language);
    if (study) {
        if (const Territory* territory = study->territory(group.group))
            return territory->name.get(language);
        if (const Role* role = study->role(group.group)) return role->name.get(language);
    }
    if (group.group == "all") return tr(language, "group.all");
    return group.group;
}

std::string wave_title(const std::string& wave, const Study* study, const std::string& language) {
    if (study)
        if (const Wave* found = study->wave(wave)) {
            std::string label = found->label.get(language);
            std::string title = label.empty() ? found->id : label;
            if (!found->date.empty() && title != found->date)
                title += " (" + i18n::date_text(found->date, language) + ")";
            return title;
        }
    return wave;
}

const ScoreDefinition* definition_of(const Report& report, const std::string& score) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == score) return &definition;
    return nullptr;
}

std::string score_title(const Report& report, const std::string& score,
                        const std::string& language) {
    const ScoreDefinition* definition = definition_of(report, score);
    if (definition && !definition->label.empty()) return definition->label.get(language);
    return score;
}

std::string band_title(const ScoreDefinition* definition, const std::optional<std::string>& band,
                       const std::string& language) {
    if (!band) return "–";
    if (definition)
        for (const Band& candidate : definition->bands)
            if (candidate.id == *band && !candidate.label.empty())
                return candidate.label.get(language);
    return *band;
}

std::string effect_words(double effect_size, const std::string& language) {
    const double size = std::fabs(effect_size);
    if (size < 0.2) return tr(language, "negligible");
    if (size < 0.5) return tr(language, "small");
    if (size < 0.8) return tr(language, "medium");
    return tr(language, "large");
}

std::string suppressed_marker(const Report& report, const ScoreReport& score,
                              const std::string& language) {
    if (score.withheld == Withheld::Protects) return tr(language, "withheld_protects");
    return printf_string(tr(language, "withheld_small"), report.min_cell);
}

std::string withheld_reading(const Report& report, Withheld why, const std::string& language) {
    if (why == Withheld::Protects) return tr(language, "protecting_group");
    return printf_string(tr(language, "small_group"), report.min_cell);
}

std::string suppression_off_warning(const Report& report, const std::string& language) {
    return printf_string(tr(language, "suppression_off"), report.study_min_cell);
}

namespace {

// -1, 0 or +1 as the reader sees it at `decimals`: a change printed as 0.00
// is no change, so it never reads "rose" or "fell".
int shown_sign(double value, int decimals) {
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) return 0;
    return value > 0 ? 1 : -1;
}

const char* verdict_phrase(const ChangeVerdict& verdict) {
    switch (verdict.reason) {
        case VerdictReason::ExcludesZero:
            return verdict.outcome == Outcome::Improved   ? "read.improved"
                   : verdict.outcome == Outcome::Worsened ? "read.worsened"
                                                          : "read.changed";
        case VerdictReason::IncludesZeroWide:
            return "read.uncertain";
        case VerdictReason::Negligible:
            return "read.negligible";
        case VerdictReason::NegligibleWide:
            return "read.negligible_wide";
        case VerdictReason::Narrow:
            return "read.narrow";
        case VerdictReason::DetectableNegligible:
            return "read.detectable_negligible";
        case VerdictReason::NoTest:
            return "read.no_test";
    }
    return "read.no_test";
}

// What alpha says about the meaning of the score, if anything: below zero
// or not computable, the score's reliability cannot be read at all; below
// 0.7, its items agree weakly. Scores without items (counts, rates) and
// single-item scores have no alpha to speak of.
std::optional<std::string> alpha_caution(const Report& report, const ScoreComparison& s,
                                         const ScoreDefinition* definition,
                                         const std::string& language) {
    // A scores-only report (the dashboard's, above its full-report limit)
    // reads no item answers: its alpha is empty by design.
    const bool has_alpha = report.items_read && definition && definition->items.size() >= 2;
    if (!has_alpha) return std::nullopt;
    std::optional<double> lowest;
    bool undefined = false;
    for (auto [alpha, n] : {std::pair{s.alpha_from, s.n_from}, std::pair{s.alpha_to, s.n_to}}) {
        if (!usable(alpha)) {
            undefined |= n >= 2;  // with fewer than two answers there is nothing to measure
            continue;
        }
        if (!lowest || *alpha < *lowest) lowest = alpha;
    }
    if (lowest && *lowest < 0.0)
        return printf_string(tr(language, "alpha_negative"),
                             format_number(lowest, 2, language).c_str());
    if (undefined) return tr(language, "alpha_undefined");
    if (lowest && *lowest < 0.7)
        return printf_string(tr(language, "alpha_low"), format_number(lowest, 2, language).c_str());
    return std::nullopt;
}

}  // namespace

Reading read_change(const Report& report, const ScoreReport& score, const std::string& language) {
    const ScoreComparison& s = score.stats;
    const std::string title = score_title(report, s.score, language);
    const ScoreDefinition* definition = definition_of(report, s.score);
    Reading reading;
    reading.verdict = judge_change(report, score);
    if (s.suppressed) {
        reading.text = title + ": " + withheld_reading(report, score.withheld, language);
        return reading;
    }
    if (!usable(s.mean_from) || !usable(s.mean_to)) {
        reading.text = title + ": " + tr(language, "no_answers");
        return reading;
    }

    // The mean of everyone at each wave, in words that match the figures shown.
    const std::string from = format_number(s.mean_from, 2, language);
    const std::string to = format_number(s.mean_to, 2, language);
    const double delta = *s.mean_to - *s.mean_from;
    const int mean_sign = from == to ? 0 : shown_sign(delta, 2);
    std::string text;
    if (mean_sign != 0)
        text = printf_string(tr(language, mean_sign > 0 ? "mean_rose" : "mean_fell"), title.c_str(),
                             from.c_str(), to.c_str());
    else if (from == to)
        text = printf_string(tr(language, "mean_stayed"), title.c_str(), from.c_str());
    else
        text = printf_string(tr(language, "mean_flat"), title.c_str(), from.c_str(), to.c_str());

    // The change the verdict judges: over the pairs, or between the groups.
    // Over the pairs it can go the other way from the means (newcomers and
    // leavers move the means, not the pairs): then say so, and why.
    const std::string change = format_signed(s.diff_mean, 2, language);
    bool disagree = false;
    if (s.design == Design::Paired) {
        disagree = usable(s.diff_mean) && shown_sign(*s.diff_mean, 2) != mean_sign;
        text += printf_string(tr(language, disagree ? "paired_change_but" : "paired_change"),
                              s.n_paired, change.c_str());
    } else {
        text += printf_string(tr(language, "independent_change"), s.n_from, s.n_to, change.c_str());
    }
    std::vector<std::string> figures;
    if (usable(s.ci95_low) && usable(s.ci95_high))
        figures.push_back(printf_string(tr(language, "interval"),
                                        format_signed(s.ci95_low, 2, language).c_str(),
                                        format_signed(s.ci95_high, 2, language).c_str()));
    if (usable(s.p_t)) figures.push_back(p_value_words(s.p_t, language));
    if (usable(s.effect_size))
        figures.push_back(printf_string(tr(language, "effect_is"),
                                        effect_words(*s.effect_size, language).c_str(),
                                        effect_kind_words(s.effect_size_kind, language).c_str(),
                                        format_number(s.effect_size, 2, language).c_str()));
    if (!figures.empty()) {
        text += " (";
        for (std::size_t i = 0; i < figures.size(); ++i) text += (i ? ", " : "") + figures[i];
        text += ")";
    }
    text += ".";
    if (disagree)
        text += " " + printf_string(tr(language, "pairs_vs_all"), s.n_from - s.n_paired,
                                    s.n_to - s.n_paired);

    if (score.band_from && score.band_to) {
        const std::string band_from = band_title(definition, score.band_from, language);
        const std::string band_to = band_title(definition, score.band_to, language);
        text += " " + (band_from == band_to
                           ? printf_string(tr(language, "band_same"), band_from.c_str())
                           : printf_string(tr(language, "band_moved"), band_from.c_str(),
                                           band_to.c_str()));
    }

    const ChangeVerdict& verdict = reading.verdict;
    const std::string phrase = tr(language, verdict_phrase(verdict));
    text += " " + (verdict.reason == VerdictReason::NoTest
                       ? phrase
                       : printf_string(phrase, effect_words(*s.effect_size, language).c_str()));
    if (verdict.verdict == Verdict::Clear && definition &&
        definition->improvement == Improvement::Lower)
        text += " " + tr(language, "lower_is_better");

    // Alpha speaks to what the score means, not to whether it changed.
    if (auto caution = alpha_caution(report, s, definition, language)) {
        reading.cautions.push_back(*caution);
        text += " " + printf_string(tr(language, "caution"), caution->c_str());
    }
    reading.text = text;
    return reading;
}

std::string pairing_text(const Report& report, const std::string& language) {
    const CodePairing& pairing = report.pairing;
    std::string text = i18n::format_count(language, "pairing.paired", pairing.paired) + "; " +
                       i18n::format(language, "pairing.only", pairing.only_from, pairing.only_to) +
                       ".";
    if (pairing.near_misses_checked && pairing.near_misses > 0)
        text += " " + i18n::format_count(language, "pairing.near", pairing.near_misses) + ".";
    if (pairing.withheld_left_out) text += " " + tr(language, "pairing.withheld");
    return text;
}

}  // namespace sonda::report_detail

namespace sonda {

std::vector<std::string> report_warnings(const Report& report) {
    std::vector<std::string> warnings = report.plugin_failures;
    for (const ReportNote& note : report.notes)
        if (note.kind == ReportNote::Kind::ScoredByOther)
            warnings.push_back(i18n::message("request.warning.form", report.form,
                                             note_text(report, note, i18n::message_language())));
    return warnings;
}

std::string note_text(const Report& report, const ReportNote& note, const std::string& language) {
    using report_detail::printf_string;
    using report_detail::tr;
    switch (note.kind) {
        case ReportNote::Kind::ExtrasLeftOut:
            return printf_string(tr(language, "note.extras_left_out"), note.plugin.c_str(),
                                 note.version.c_str(), note.call.c_str());
        case ReportNote::Kind::AllExtrasLeftOut:
            return printf_string(tr(language, "note.extras_left_out_all"), note.plugin.c_str(),
                                 note.version.c_str(), note.call.c_str());
        case ReportNote::Kind::SectionFailed:
            return printf_string(tr(language, "note.section_failed"), note.plugin.c_str(),
                                 note.version.c_str(), note.call.c_str());
        case ReportNote::Kind::ScoredByOther:
            if (!note.scorer.recorded())
                return printf_string(tr(language, "note.scored_unrecorded"), note.plugin.c_str(),
                                     note.version.c_str(), report.form.c_str());
            return printf_string(tr(language, "note.scored_by_other"), note.scorer.plugin.c_str(),
                                 note.scorer.version.c_str(), note.version.c_str(),
                                 report.form.c_str());
    }
    return "";
}

}  // namespace sonda
