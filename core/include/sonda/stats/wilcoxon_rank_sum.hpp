// Wilcoxon rank-sum (Mann-Whitney) test exactly as R 4.2's wilcox.test(to,
// from) with its defaults: the statistic W is the rank sum of `to` minus
// n_to (n_to + 1) / 2; the p value is exact when both samples have fewer than
// 50 observations and no value is tied, else the normal approximation with
// continuity and tie correction. Empty samples or a zero variance (every value
// equal) give an empty p (R: error or NaN).
#pragma once

#include <optional>
#include <span>

namespace sonda {

struct RankSumResult {
    std::optional<double> w;        // R's statistic W
    std::optional<double> p_value;  // two-sided
    bool exact = false;
};

RankSumResult wilcoxon_rank_sum_test(std::span<const double> to, std::span<const double> from);

}  // namespace sonda
