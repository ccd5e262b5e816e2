#include "sonda/stats/wilcoxon_distributions.hpp"

#include <cmath>
#include <vector>

namespace sonda {

namespace {

// Cumulative sum of the first q + 1 coefficients.
double prefix_sum(const std::vector<double>& coefficients, long long q) {
    double sum = 0;
    for (long long i = 0; i <= q; ++i) sum += coefficients[static_cast<std::size_t>(i)];
    return sum;
}

}  // namespace

double signed_rank_cdf(double q_in, int n) {
    if (n < 0 || std::isnan(q_in)) return std::nan("");
    const double q_floor = std::floor(q_in + 1e-7);  // as R's psignrank
    const double max = static_cast<double>(n) * (n + 1) / 2;
    if (q_floor < 0) return 0;
    if (q_floor >= max) return 1;
    // Sum over the shorter tail, as R does, by the symmetry V ~ max - V.
    const bool upper = q_floor > max / 2;
    const long long q =
        upper ? static_cast<long long>(max - q_floor) - 1 : static_cast<long long>(q_floor);
    // Coefficients of prod_{i=1..n} (1 + x^i), truncated at degree q: the number
    // of subsets of {1..n} with each rank sum. Counts stay below 2^53 for n < 53.
    std::vector<double> count(static_cast<std::size_t>(q) + 1, 0.0);
    count[0] = 1;
    for (int i = 1; i <= n; ++i)
        for (long long s = q; s >= i; --s)
            count[static_cast<std::size_t>(s)] += count[static_cast<std::size_t>(s - i)];
    const double tail = q < 0 ? 0 : prefix_sum(count, q) * std::exp(-n * std::log(2.0));
    return upper ? 1 - tail : tail;
}

double rank_sum_cdf(double q_in, int m, int n) {
    if (m < 0 || n < 0 || std::isnan(q_in)) return std::nan("");
    const double q_floor = std::floor(q_in + 1e-7);  // as R's pwilcox
    const double max = static_cast<double>(m) * n;
    if (q_floor < 0) return 0;
    if (q_floor >= max) return 1;
    const bool upper = q_floor > max / 2;
    const long long q =
        upper ? static_cast<long long>(max - q_floor) - 1 : static_cast<long long>(q_floor);
    if (q < 0) return upper ? 1 : 0;
    // The counts of U are the coefficients of the Gaussian binomial
    // [m + n choose m]_x = prod_{i=1..m} (1 - x^{n+i}) / (1 - x^i). Building it
    // one factor pair at a time keeps every intermediate a Gaussian binomial
    // (non-negative counts); truncating at degree q is exact because both the
    // multiplication and the division only look at lower degrees.
    std::vector<double> count(static_cast<std::size_t>(q) + 1, 0.0);
    count[0] = 1;
    double total = 1;  // choose(n + i, i)
    for (int i = 1; i <= m; ++i) {
        const long long up = static_cast<long long>(n) + i;
        for (long long s = q; s >= up; --s)
            count[static_cast<std::size_t>(s)] -= count[static_cast<std::size_t>(s - up)];
        for (long long s = i; s <= q; ++s)
            count[static_cast<std::size_t>(s)] += count[static_cast<std::size_t>(s - i)];
        total = total * static_cast<double>(n + i) / i;
    }
    const double tail = prefix_sum(count, q) / total;
    return upper ? 1 - tail : tail;
}

}  // namespace sonda
