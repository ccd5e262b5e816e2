// Descriptive statistics of one sample, computed as R computes them (mean with
// a second correction pass, sd with n - 1, median averaging the two middle
// values), because every number sonda prints must agree with R to 1e-6.
// Figures that are undefined for the sample size stay empty, never NaN.
#pragma once

#include <optional>
#include <span>

namespace sonda {

struct Descriptives {
    long long n = 0;
    std::optional<double> mean;    // n >= 1
    std::optional<double> sd;      // n >= 2 (denominator n - 1)
    std::optional<double> median;  // n >= 1
};

Descriptives describe(std::span<const double> values);

// n, mean and sample variance (n - 1): all the t-tests and effect sizes need.
// compare_score summarises each sample once and hands the summary on.
// mean is NaN when n = 0, variance NaN when n < 2.
struct SampleSummary {
    long long n = 0;
    double mean = 0;
    double variance = 0;
};

SampleSummary summarize(std::span<const double> values);

// The building blocks, for callers that need one figure only. mean_of and
// variance_of are R's mean() and var(); both expect a non-empty sample
// (variance_of: n >= 2) and return NaN otherwise.
double mean_of(std::span<const double> values);
double variance_of(std::span<const double> values);
double median_of(std::span<const double> values);

}  // namespace sonda
