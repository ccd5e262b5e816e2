// The one verdict rule (sonda/report/verdict.hpp, docs/report.md "The
// verdict") and its words, which live in the report's phrase table.
#include "sonda/report/verdict.hpp"

#include <cmath>

#include "sonda/report/figures.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda {

namespace {

bool usable(std::optional<double> value) { return value && std::isfinite(*value); }

// Whether the interval, in effect-size units, stays inside +-kMediumEffect:
// it then rules out a change of medium size or more in either direction.
// The effect size is the change divided by its standardiser (the sd of the
// differences for dz, the pooled sd over Hedges' correction for g), so the
// standardiser is diff_mean / effect_size; with a zero effect it cannot be
// recovered and the interval counts as wide (the reading says so, which is
// the cautious side).
bool interval_is_narrow(const ScoreComparison& s) {
    if (!usable(s.diff_mean) || *s.effect_size == 0.0 || *s.diff_mean == 0.0) return false;
    const double standardiser = std::fabs(*s.diff_mean / *s.effect_size);
    if (!std::isfinite(standardiser) || standardiser <= 0.0) return false;
    return std::fabs(*s.ci95_low) / standardiser < kMediumEffect &&
           std::fabs(*s.ci95_high) / standardiser < kMediumEffect;
}

Outcome outcome_of_clear(double change, Improvement improvement) {
    switch (improvement) {
        case Improvement::Higher:
            return change > 0 ? Outcome::Improved : Outcome::Worsened;
        case Improvement::Lower:
            return change < 0 ? Outcome::Improved : Outcome::Worsened;
        case Improvement::Neither:
            return Outcome::Changed;
    }
    return Outcome::Changed;
}

}  // namespace

ChangeVerdict judge_change(const ScoreComparison& s, Improvement improvement) {
    ChangeVerdict out;
    if (s.suppressed || !usable(s.ci95_low) || !usable(s.ci95_high) || !usable(s.effect_size))
        return out;  // NotComputable, NoTest
    const double size = std::fabs(*s.effect_size);
    const bool excludes_zero = *s.ci95_low > 0.0 || *s.ci95_high < 0.0;
    if (excludes_zero && size >= kSmallEffect) {
        out.verdict = Verdict::Clear;
        out.reason = VerdictReason::ExcludesZero;
        // The interval is on one side of zero, so its middle gives the sign.
        out.outcome = outcome_of_clear(*s.ci95_low + *s.ci95_high, improvement);
        return out;
    }
    if (excludes_zero) {
        out.verdict = Verdict::NoEvidence;
        out.reason = VerdictReason::DetectableNegligible;
    } else if (interval_is_narrow(s)) {
        out.verdict = Verdict::NoEvidence;
        out.reason = size < kSmallEffect ? VerdictReason::Negligible : VerdictReason::Narrow;
    } else if (size < kSmallEffect) {
        out.verdict = Verdict::NoEvidence;
        out.reason = VerdictReason::NegligibleWide;
    } else {
        out.verdict = Verdict::Uncertain;
        out.reason = VerdictReason::IncludesZeroWide;
    }
    out.outcome = out.verdict == Verdict::Uncertain ? Outcome::Uncertain : Outcome::Held;
    return out;
}

ChangeVerdict judge_change(const Report& report, const ScoreReport& score) {
    const ScoreDefinition* definition = report_detail::definition_of(report, score.stats.score);
    return judge_change(score.stats, definition ? definition->improvement : Improvement::Neither);
}

std::string change_reading(const Report& report, const ScoreReport& score,
                           const std::string& language) {
    return report_detail::read_change(report, score, language).text;
}

const char* verdict_id(Verdict verdict) {
    switch (verdict) {
        case Verdict::Clear:
            return "clear";
        case Verdict::Uncertain:
            return "uncertain";
        case Verdict::NoEvidence:
            return "no_evidence";
        case Verdict::NotComputable:
            return "not_computable";
    }
    return "not_computable";
}

const char* outcome_id(Outcome outcome) {
    switch (outcome) {
        case Outcome::Improved:
            return "improved";
        case Outcome::Worsened:
            return "worsened";
        case Outcome::Changed:
            return "changed";
        case Outcome::Held:
            return "held";
        case Outcome::Uncertain:
            return "uncertain";
        case Outcome::NotComputable:
            return "not_computable";
    }
    return "not_computable";
}

const char* improvement_id(Improvement improvement) {
    switch (improvement) {
        case Improvement::Higher:
            return "higher";
        case Improvement::Lower:
            return "lower";
        case Improvement::Neither:
            return "neither";
    }
    return "neither";
}

std::string verdict_words(Verdict verdict, const std::string& language) {
    return report_detail::tr(language, std::string("verdict.") + verdict_id(verdict));
}

std::string outcome_words(Outcome outcome, const std::string& language) {
    return report_detail::tr(language, std::string("outcome.") + outcome_id(outcome));
}

std::string p_value_words(std::optional<double> p, const std::string& language) {
    if (!usable(p)) return "p –";
    if (*p < 0.001) return report_detail::tr(language, "p_below");
    return "p = " + report_detail::format_p(p, language);
}

std::string figure_text(std::optional<double> value, int decimals, const std::string& language) {
    return report_detail::format_number(value, decimals, language);
}

std::string change_text(std::optional<double> value, int decimals, const std::string& language) {
    return report_detail::format_signed(value, decimals, language);
}

std::string p_value_text(std::optional<double> p, const std::string& language) {
    return report_detail::format_p(p, language);
}

std::string verdict_heading(const std::string& language) {
    return report_detail::tr(language, "verdict");
}

std::string effect_kind_words(const std::string& kind, const std::string& language) {
    if (kind.empty()) return "";
    return report_detail::tr(language, kind);
}

}  // namespace sonda
