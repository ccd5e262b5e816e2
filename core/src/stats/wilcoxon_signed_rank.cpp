#include "sonda/stats/wilcoxon_signed_rank.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "distribution_policy.hpp"
#include "ranking.hpp"
#include "sonda/stats/wilcoxon_distributions.hpp"

namespace sonda {

SignedRankResult wilcoxon_signed_rank_test(std::span<const double> differences) {
    // Drop missing values, then zero differences (R: x <- x[x != 0]); keep the
    // magnitudes of positive and negative differences apart for the ranking.
    std::vector<double> positive, negative;
    bool zeroes = false;
    for (double d : differences) {
        if (std::isnan(d)) continue;
        if (d > 0)
            positive.push_back(d);
        else if (d < 0)
            negative.push_back(-d);
        else
            zeroes = true;
    }
    std::sort(positive.begin(), positive.end());
    std::sort(negative.begin(), negative.end());
    const detail::PooledRanks ranks = detail::rank_pooled(positive, negative);
    SignedRankResult out;
    out.n = static_cast<long long>(positive.size() + negative.size());
    const double v = ranks.rank_sum_first;
    out.v = v;
    if (out.n == 0) return out;  // R: NaN p value

    const double n = static_cast<double>(out.n);
    if (n < 50 && !ranks.ties && !zeroes) {
        const double max = n * (n + 1) / 2;
        const double p = signed_rank_cdf(std::min(v, max - v), static_cast<int>(n));
        out.p_value = std::min(2 * p, 1.0);
        out.exact = true;
        return out;
    }
    double z = v - n * (n + 1) / 4;
    const double sigma = std::sqrt(n * (n + 1) * (2 * n + 1) / 24 - ranks.tie_term / 48);
    if (!(sigma > 0)) return out;
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    const detail::Normal normal;
    const double lower = boost::math::cdf(normal, z);
    const double upper = boost::math::cdf(boost::math::complement(normal, z));
    out.p_value = 2 * std::min(lower, upper);
    return out;
}

SignedRankResult wilcoxon_signed_rank_test(std::span<const double> to,
                                           std::span<const double> from) {
    if (to.size() != from.size())
        throw std::invalid_argument("wilcoxon_signed_rank_test: samples of different sizes");
    std::vector<double> differences;
    differences.reserve(to.size());
    for (std::size_t i = 0; i < to.size(); ++i)
        if (!std::isnan(to[i]) && !std::isnan(from[i])) differences.push_back(to[i] - from[i]);
    return wilcoxon_signed_rank_test(differences);
}

}  // namespace sonda
