// Average ranks (R's rank(ties.method = "average")) of two samples pooled
// together, computed by walking the two sorted samples side by side. Both rank
// tests need only the rank sum of one sample and the tie sizes, so nothing is
// materialised per observation beyond the two sorted copies: O(n log n) with
// plain double sorts, which keeps a million-response report fast. Private to
// the stats module.
#pragma once

#include <span>

namespace sonda::detail {

struct PooledRanks {
    double rank_sum_first = 0;  // sum of the average ranks of the first sample
    double tie_term = 0;        // sum over tie groups of t^3 - t
    bool ties = false;          // some value occurs more than once in the pool
};

// `first` and `second` sorted ascending, without NaN. Ties are exact equality,
// as R with digits.rank = Inf.
PooledRanks rank_pooled(std::span<const double> first, std::span<const double> second);

}  // namespace sonda::detail
