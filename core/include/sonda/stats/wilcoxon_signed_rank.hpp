// Wilcoxon signed-rank test exactly as R 4.2's wilcox.test(to, from,
// paired = TRUE) with its defaults (mu = 0, two-sided, correct = TRUE,
// exact = NULL): zero differences are dropped (Wilcoxon's convention); the p
// value is exact when fewer than 50 differences remain and there are neither
// ties nor dropped zeros, else the normal approximation with continuity and
// tie correction. Nothing left after dropping zeros gives an empty p (R: NaN).
// Note: R >= 4.5 computes exact conditional p values in the presence of ties;
// sonda follows the long-standing behaviour above (Debian 12 ships R 4.2.2).
#pragma once

#include <optional>
#include <span>

namespace sonda {

struct SignedRankResult {
    long long n = 0;                // non-zero differences used
    std::optional<double> v;        // R's statistic V: sum of the ranks of positive differences
    std::optional<double> p_value;  // two-sided
    bool exact = false;             // true when the exact distribution gave p
};

// On differences (to - from); NaNs are removed first as R's complete.cases does.
SignedRankResult wilcoxon_signed_rank_test(std::span<const double> differences);

// R's wilcox.test(to, from, paired = TRUE); spans of equal size
// (std::invalid_argument otherwise).
SignedRankResult wilcoxon_signed_rank_test(std::span<const double> to,
                                           std::span<const double> from);

}  // namespace sonda
