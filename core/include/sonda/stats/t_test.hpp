// Student t-tests as R's t.test computes them: the paired test
// t.test(to, from, paired = TRUE) (a one-sample test on the differences) and
// Welch's unequal-variance test t.test(to, from). The distribution comes from
// Boost.Math. Where R stops with "not enough observations" (n < 2) or "data are
// essentially constant" (standard error below 10 * DBL_EPSILON * |mean|), or
// returns NaN (all differences zero), t, df, p and the interval stay empty.
#pragma once

#include <optional>
#include <span>

#include "sonda/stats/descriptives.hpp"

namespace sonda {

struct TTestResult {
    std::optional<double> estimate;  // mean difference: mean(to - from) or mean(to) - mean(from)
    std::optional<double> t;
    std::optional<double> df;
    std::optional<double> p_value;  // two-sided
    std::optional<double> ci_low, ci_high;
};

// One-sample test of mean(values) = 0, two-sided; R's t.test(values).
TTestResult one_sample_t_test(std::span<const double> values, double confidence = 0.95);

// R's t.test(to, from, paired = TRUE). `to` and `from` are aligned pairs of the
// same size (std::invalid_argument otherwise: a programming error).
TTestResult paired_t_test(std::span<const double> to, std::span<const double> from,
                          double confidence = 0.95);

// R's t.test(to, from): Welch's test with Welch-Satterthwaite df; needs n >= 2
// in each sample.
TTestResult welch_t_test(std::span<const double> to, std::span<const double> from,
                         double confidence = 0.95);

// The same tests from summaries (see descriptives.hpp), for callers that have
// them already; same results as the overloads above.
TTestResult one_sample_t_test(const SampleSummary& values, double confidence = 0.95);
TTestResult welch_t_test(const SampleSummary& to, const SampleSummary& from,
                         double confidence = 0.95);

}  // namespace sonda
