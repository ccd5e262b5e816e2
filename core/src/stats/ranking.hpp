// Average ranks (R's rank(ties.method = "average")) by sorting, so the rank
// tests stay O(n log n) on the large groups of a million-response report.
// Private to the stats module.
#pragma once

#include <span>
#include <vector>

namespace sonda::detail {

struct Ranking {
    std::vector<double> ranks;    // 1-based, ties get the mean of their positions
    std::vector<long long> ties;  // size of every group of tied values (>= 2 only)
    bool has_ties() const { return !ties.empty(); }
    // sum over tie groups of t^3 - t, the tie correction of both tests
    double tie_term() const;
};

Ranking rank_average(std::span<const double> values);

}  // namespace sonda::detail
