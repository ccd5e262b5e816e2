// The verdict on one score's change: is there a clear change, is it
// uncertain, or is there no evidence of change, and, with the direction the
// score's definition calls an improvement, did it improve or worsen. One rule
// (docs/report.md, "The verdict"), here and nowhere else: the text report,
// the HTML report and the dashboard all ask judge_change(), so an evaluator
// never sees a change called clear in one and weak in another.
//
// The rule reads the 95% interval of the change and the standardised effect
// size (Cohen's dz for pairs, Hedges' g otherwise), never a fixed number of
// respondents: the interval already carries how many there are.
#pragma once

#include <optional>
#include <string>

#include "sonda/plugin/instrument.hpp"
#include "sonda/report/report.hpp"
#include "sonda/stats/score_comparison.hpp"

namespace sonda {

enum class Verdict {
    Clear,       // the interval excludes zero and the effect is at least small
    Uncertain,   // the interval includes zero but a change of medium size or more is not excluded
    NoEvidence,  // the change is negligible, or the interval rules out a medium one
    NotComputable,  // no interval or no effect size (too few answers, no variation, withheld)
};

// Why the rule gave its verdict: the reading says it in words.
enum class VerdictReason {
    ExcludesZero,          // Clear
    IncludesZeroWide,      // Uncertain: |effect| >= 0.2, interval reaches +-0.5
    Negligible,            // NoEvidence: interval includes zero, |effect| < 0.2, interval narrow
    NegligibleWide,        // NoEvidence: as Negligible, but a medium change is not ruled out
    Narrow,                // NoEvidence: |effect| >= 0.2 but the interval stays inside +-0.5
    DetectableNegligible,  // NoEvidence: interval excludes zero, |effect| < 0.2 (large groups)
    NoTest,                // NotComputable
};

// The verdict with the score's better direction.
enum class Outcome {
    Improved,       // clear, in the better direction
    Worsened,       // clear, in the worse direction
    Changed,        // clear, for a score with no better direction (Improvement::Neither)
    Held,           // no evidence of change
    Uncertain,      // uncertain
    NotComputable,  // not computable
};

struct ChangeVerdict {
    Verdict verdict = Verdict::NotComputable;
    VerdictReason reason = VerdictReason::NoTest;
    Outcome outcome = Outcome::NotComputable;
};

// Thresholds of the rule, on |effect size| (Cohen's conventions).
inline constexpr double kSmallEffect = 0.2;   // at least small: a change worth reporting
inline constexpr double kMediumEffect = 0.5;  // an interval inside +-0.5 rules out a medium change

// The rule. A suppressed comparison is NotComputable: a withheld cell has no
// verdict.
ChangeVerdict judge_change(const ScoreComparison& stats, Improvement improvement);
// The same for a score of a report, with the improvement its definition
// declares (Neither when the report has no definition of it).
ChangeVerdict judge_change(const Report& report, const ScoreReport& score);

// The plain-language reading of a score's change, as the text and HTML
// reports print it: the means, the change the verdict judges with its
// interval, p and effect size, why the two disagree when they do, the band,
// the verdict and a caution on alpha. For the dashboard's tooltips.
std::string change_reading(const Report& report, const ScoreReport& score,
                           const std::string& language);

// Identifiers for the JSON and CSV contract: "clear", "uncertain",
// "no_evidence", "not_computable"; "improved", "worsened", "changed", "held",
// "uncertain", "not_computable"; "higher", "lower", "neither".
const char* verdict_id(Verdict verdict);
const char* outcome_id(Outcome outcome);
const char* improvement_id(Improvement improvement);

// Words for the readers, from the report's phrase table (English, or Italian
// when `language` is "it"): the verdict ("clear change", "cambiamento
// chiaro"), the outcome as a short tag ("improved", "migliorato"), a p-value
// as the reading prints it ("p = 0.031", "p < 0.001", Italian "p < 0,001";
// never "0.000"), and the kind of effect size ("Cohen's dz", "g di Hedges").
std::string verdict_words(Verdict verdict, const std::string& language);
std::string outcome_words(Outcome outcome, const std::string& language);
std::string p_value_words(std::optional<double> p, const std::string& language);
// The heading of a column of verdicts: "Verdict", "Giudizio".
std::string verdict_heading(const std::string& language);
std::string effect_kind_words(const std::string& kind, const std::string& language);

}  // namespace sonda
