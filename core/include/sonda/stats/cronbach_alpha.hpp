// Cronbach's alpha: the internal consistency of a multi-item score in one
// wave, k/(k-1) * (1 - sum of item variances / variance of the row totals),
// with sample variances (n - 1). Rows with any unanswered item (NaN) are
// dropped (listwise deletion) because alpha compares variances that must come
// from the same respondents.
#pragma once

#include <optional>

#include "sonda/stats/score_comparison.hpp"

namespace sonda {

struct AlphaResult {
    std::optional<double> alpha;
    long long complete_rows = 0;  // rows that entered the computation
    int items = 0;
};

// Empty alpha when there are fewer than 2 items, fewer than 2 complete rows or
// the totals do not vary. Rows of different lengths are an InvalidInput.
AlphaResult cronbach_alpha(const ItemMatrix& items);

}  // namespace sonda
