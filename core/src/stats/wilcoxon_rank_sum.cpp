#include "sonda/stats/wilcoxon_rank_sum.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "distribution_policy.hpp"
#include "ranking.hpp"
#include "sonda/stats/wilcoxon_distributions.hpp"

namespace sonda {

RankSumResult wilcoxon_rank_sum_test(std::span<const double> to, std::span<const double> from) {
    // R ranks c(x, y) with x = to; the statistic is the rank sum of x.
    std::vector<double> x, y;
    x.reserve(to.size());
    y.reserve(from.size());
    for (double v : to)
        if (!std::isnan(v)) x.push_back(v);
    for (double v : from)
        if (!std::isnan(v)) y.push_back(v);
    RankSumResult out;
    const double nx = static_cast<double>(x.size());
    const double ny = static_cast<double>(y.size());
    if (nx < 1 || ny < 1) return out;  // R: "not enough observations"

    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    const detail::PooledRanks ranks = detail::rank_pooled(x, y);
    const double w = ranks.rank_sum_first - nx * (nx + 1) / 2;
    out.w = w;

    if (nx < 50 && ny < 50 && !ranks.ties) {
        const double max = nx * ny;
        const double p =
            rank_sum_cdf(std::min(w, max - w), static_cast<int>(nx), static_cast<int>(ny));
        out.p_value = std::min(2 * p, 1.0);
        out.exact = true;
        return out;
    }
    double z = w - nx * ny / 2;
    const double sigma =
        std::sqrt((nx * ny / 12) * ((nx + ny + 1) - ranks.tie_term / ((nx + ny) * (nx + ny - 1))));
    if (!(sigma > 0)) return out;  // every value tied: R returns NaN
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    const detail::Normal normal;
    const double lower = boost::math::cdf(normal, z);
    const double upper = boost::math::cdf(boost::math::complement(normal, z));
    out.p_value = 2 * std::min(lower, upper);
    return out;
}

}  // namespace sonda
