// Standardised effect sizes for a change from wave A to wave B, positive when
// the score went up. Undefined sizes (too few observations, zero spread) are
// empty, never NaN or infinity.
#pragma once

#include <optional>
#include <span>

#include "sonda/stats/descriptives.hpp"

namespace sonda {

// Cohen's dz for paired data: mean(d) / sd(d) over the differences d = to -
// from (sd with n - 1). Needs n >= 2 and sd > 0.
std::optional<double> cohen_dz(std::span<const double> differences);

// Hedges' g for two independent samples: (mean(to) - mean(from)) / s_pooled
// times the small-sample correction, with s_pooled the pooled sd
// sqrt(((n1-1) s1^2 + (n2-1) s2^2) / (n1+n2-2)). The correction is the exact
// J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)), df = n1+n2-2 (Hedges
// 1981), not the approximation 1 - 3/(4 df - 1): for the small groups sonda
// sees the two differ in the third decimal. Needs n >= 2 in each sample and
// s_pooled > 0.
std::optional<double> hedges_g(std::span<const double> to, std::span<const double> from);

// The same from summaries (see descriptives.hpp): `differences` summarises
// the paired differences.
std::optional<double> cohen_dz(const SampleSummary& differences);
std::optional<double> hedges_g(const SampleSummary& to, const SampleSummary& from);

// The correction factor J(df) above; df >= 2.
double hedges_correction(double df);

}  // namespace sonda
