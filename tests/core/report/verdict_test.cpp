// The verdict rule of docs/report.md ("The verdict"), one test per line of
// its table: each fails if that line of the rule is broken.
#include "sonda/report/verdict.hpp"

#include <catch2/catch.hpp>

using namespace sonda;

namespace {

// A paired change with its 95% interval and Cohen's dz; the standardiser
// (the sd of the differences) is diff / dz.
ScoreComparison change(double diff, double low, double high, double dz, long long pairs = 12) {
    ScoreComparison s;
    s.score = "sharing";
    s.design = Design::Paired;
    s.n_from = s.n_to = s.n_paired = pairs;
    s.mean_from = 3.0;
    s.mean_to = 3.0 + diff;
    s.delta = s.diff_mean = diff;
    s.ci95_low = low;
    s.ci95_high = high;
    s.effect_size = dz;
    s.effect_size_kind = "cohen_dz";
    s.p_t = 0.04;
    return s;
}

}  // namespace

TEST_CASE("[verdict] interval excluding zero with at least a small effect is clear", "[verdict]") {
    // The evaluator's case: p = 0.011, dz 1.09, seven pairs, interval above
    // zero. The old rule wanted ten pairs and called it weak.
    const ChangeVerdict v = judge_change(change(0.55, 0.17, 0.93, 1.09, 7), Improvement::Higher);
    CHECK(v.verdict == Verdict::Clear);
    CHECK(v.reason == VerdictReason::ExcludesZero);
    CHECK(v.outcome == Outcome::Improved);
    // The threshold of a small effect is inclusive.
    CHECK(judge_change(change(0.1, 0.01, 0.19, 0.2), Improvement::Higher).verdict ==
          Verdict::Clear);
}

TEST_CASE("[verdict] a clear change is improved or worsened by the score's better direction",
          "[verdict]") {
    const ScoreComparison fell = change(-0.4, -0.7, -0.1, -0.6);
    CHECK(judge_change(fell, Improvement::Higher).outcome == Outcome::Worsened);
    CHECK(judge_change(fell, Improvement::Lower).outcome == Outcome::Improved);
    CHECK(judge_change(fell, Improvement::Neither).outcome == Outcome::Changed);
    const ScoreComparison rose = change(0.4, 0.1, 0.7, 0.6);
    CHECK(judge_change(rose, Improvement::Higher).outcome == Outcome::Improved);
    CHECK(judge_change(rose, Improvement::Lower).outcome == Outcome::Worsened);
    CHECK(judge_change(rose, Improvement::Neither).outcome == Outcome::Changed);
    for (Improvement improvement : {Improvement::Higher, Improvement::Lower, Improvement::Neither})
        CHECK(judge_change(rose, improvement).verdict == Verdict::Clear);
}

TEST_CASE("[verdict] interval excluding zero with a negligible effect is no evidence",
          "[verdict]") {
    // Hundreds of pairs detect a shift of 0.02 sd: real, but not a change.
    const ChangeVerdict v =
        judge_change(change(0.019, 0.002, 0.036, 0.19, 900), Improvement::Higher);
    CHECK(v.verdict == Verdict::NoEvidence);
    CHECK(v.reason == VerdictReason::DetectableNegligible);
    CHECK(v.outcome == Outcome::Held);
}

TEST_CASE("[verdict] interval including zero, negligible effect, narrow: no evidence",
          "[verdict]") {
    // sd of the differences 0.2: the interval is -0.25 .. +0.45 sd.
    const ChangeVerdict v = judge_change(change(0.02, -0.05, 0.09, 0.1), Improvement::Higher);
    CHECK(v.verdict == Verdict::NoEvidence);
    CHECK(v.reason == VerdictReason::Negligible);
    CHECK(v.outcome == Outcome::Held);
}

TEST_CASE("[verdict] interval including zero, negligible effect, wide: no evidence, said wide",
          "[verdict]") {
    // -1 .. +1.2 sd: nothing seen, but a medium change is not ruled out.
    const ChangeVerdict v = judge_change(change(0.02, -0.2, 0.24, 0.1, 5), Improvement::Higher);
    CHECK(v.verdict == Verdict::NoEvidence);
    CHECK(v.reason == VerdictReason::NegligibleWide);
    CHECK(v.outcome == Outcome::Held);
}

TEST_CASE("[verdict] interval including zero, small effect, narrow: no evidence", "[verdict]") {
    // dz 0.25 but the interval, -0.05 .. +0.45 sd, rules out a medium change.
    const ChangeVerdict v = judge_change(change(0.05, -0.01, 0.09, 0.25, 60), Improvement::Higher);
    CHECK(v.verdict == Verdict::NoEvidence);
    CHECK(v.reason == VerdictReason::Narrow);
    CHECK(v.outcome == Outcome::Held);
}

TEST_CASE("[verdict] interval including zero, small effect or more, wide: uncertain", "[verdict]") {
    const ChangeVerdict v = judge_change(change(0.3, -0.9, 1.5, 0.29, 6), Improvement::Higher);
    CHECK(v.verdict == Verdict::Uncertain);
    CHECK(v.reason == VerdictReason::IncludesZeroWide);
    CHECK(v.outcome == Outcome::Uncertain);
    // Reaching exactly half an sd, at either end, is not narrow: the medium
    // change is not ruled out.
    CHECK(judge_change(change(0.05, -0.01, 0.1, 0.25), Improvement::Higher).verdict ==
          Verdict::Uncertain);
    CHECK(judge_change(change(-0.05, -0.1, 0.01, -0.25), Improvement::Higher).verdict ==
          Verdict::Uncertain);
    // An interval ending at zero includes it.
    CHECK(judge_change(change(0.5, 0.0, 1.0, 0.9), Improvement::Higher).verdict ==
          Verdict::Uncertain);
    // A large effect does not make a change clear while the interval crosses zero.
    CHECK(judge_change(change(-1.2, -2.5, 0.1, -1.1, 4), Improvement::Lower).outcome ==
          Outcome::Uncertain);
}

TEST_CASE("[verdict] no interval, no effect size or a withheld cell: not computable", "[verdict]") {
    ScoreComparison s = change(0.4, 0.1, 0.7, 0.6);
    s.ci95_low.reset();
    CHECK(judge_change(s, Improvement::Higher).verdict == Verdict::NotComputable);
    s = change(0.4, 0.1, 0.7, 0.6);
    s.effect_size.reset();
    CHECK(judge_change(s, Improvement::Higher).verdict == Verdict::NotComputable);
    s = change(0.4, 0.1, 0.7, 0.6);
    s.effect_size = INFINITY;
    CHECK(judge_change(s, Improvement::Higher).verdict == Verdict::NotComputable);
    s = change(0.4, 0.1, 0.7, 0.6);
    s.suppressed = true;
    const ChangeVerdict v = judge_change(s, Improvement::Higher);
    CHECK(v.verdict == Verdict::NotComputable);
    CHECK(v.reason == VerdictReason::NoTest);
    CHECK(v.outcome == Outcome::NotComputable);
}

TEST_CASE("[verdict] the rule reads the interval and the effect, not the number of pairs",
          "[verdict]") {
    for (long long pairs : {3LL, 9LL, 10LL, 300LL}) {
        INFO(pairs);
        CHECK(judge_change(change(0.55, 0.17, 0.93, 1.09, pairs), Improvement::Higher).verdict ==
              Verdict::Clear);
        CHECK(judge_change(change(0.3, -0.9, 1.5, 0.29, pairs), Improvement::Higher).verdict ==
              Verdict::Uncertain);
    }
}

TEST_CASE("[verdict] identifiers and words", "[verdict]") {
    CHECK(std::string(verdict_id(Verdict::NoEvidence)) == "no_evidence");
    CHECK(std::string(outcome_id(Outcome::Held)) == "held");
    CHECK(std::string(improvement_id(Improvement::Lower)) == "lower");
    CHECK(verdict_words(Verdict::Clear, "en") == "clear change");
    CHECK(verdict_words(Verdict::Clear, "it") == "cambiamento chiaro");
    CHECK(outcome_words(Outcome::Worsened, "it") == "peggiorato");
    CHECK(p_value_words(0.0004, "en") == "p < 0.001");
    CHECK(p_value_words(0.0004, "it") == "p < 0,001");
    CHECK(p_value_words(0.0312, "it") == "p = 0,031");
    CHECK(effect_kind_words("cohen_dz", "en") == "Cohen's dz");
    CHECK(effect_kind_words("hedges_g", "it") == "g di Hedges");
}
