#include "sonda/stats/wilcoxon_rank_sum.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <vector>

#include "ranking.hpp"
#include "sonda/stats/wilcoxon_distributions.hpp"

namespace sonda {

RankSumResult wilcoxon_rank_sum_test(std::span<const double> to, std::span<const double> from) {
    // R ranks c(x, y) with x = to first; the statistic is the rank sum of x.
    std::vector<double> pooled;
    pooled.reserve(to.size() + from.size());
    std::size_t n_to_count = 0;
    for (double v : to)
        if (!std::isnan(v)) {
            pooled.push_back(v);
            ++n_to_count;
        }
    for (double v : from)
        if (!std::isnan(v)) pooled.push_back(v);
    RankSumResult out;
    const double nx = static_cast<double>(n_to_count);
    const double ny = static_cast<double>(pooled.size() - n_to_count);
    if (nx < 1 || ny < 1) return out;  // R: "not enough observations"

    const detail::Ranking ranking = detail::rank_average(pooled);
    double rank_sum = 0;
    for (std::size_t i = 0; i < n_to_count; ++i) rank_sum += ranking.ranks[i];
    const double w = rank_sum - nx * (nx + 1) / 2;
    out.w = w;

    if (nx < 50 && ny < 50 && !ranking.has_ties()) {
        const double max = nx * ny;
        const double p =
            rank_sum_cdf(std::min(w, max - w), static_cast<int>(nx), static_cast<int>(ny));
        out.p_value = std::min(2 * p, 1.0);
        out.exact = true;
        return out;
    }
    double z = w - nx * ny / 2;
    const double sigma = std::sqrt(
        (nx * ny / 12) * ((nx + ny + 1) - ranking.tie_term() / ((nx + ny) * (nx + ny - 1))));
    if (!(sigma > 0)) return out;  // every value tied: R returns NaN
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    const boost::math::normal normal;
    const double lower = boost::math::cdf(normal, z);
    const double upper = boost::math::cdf(boost::math::complement(normal, z));
    out.p_value = 2 * std::min(lower, upper);
    return out;
}

}  // namespace sonda
