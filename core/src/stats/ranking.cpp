#include "ranking.hpp"

#include <algorithm>
#include <numeric>

namespace sonda::detail {

double Ranking::tie_term() const {
    double sum = 0;
    for (long long t : ties) {
        const double td = static_cast<double>(t);
        sum += td * td * td - td;
    }
    return sum;
}

Ranking rank_average(std::span<const double> values) {
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    Ranking out;
    out.ranks.resize(n);
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start + 1;
        // Exact equality, as R with digits.rank = Inf: ties are identical doubles.
        while (end < n && values[order[end]] == values[order[start]]) ++end;
        const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (std::size_t i = start; i < end; ++i) out.ranks[order[i]] = rank;
        if (end - start > 1) out.ties.push_back(static_cast<long long>(end - start));
        start = end;
    }
    return out;
}

}  // namespace sonda::detail
