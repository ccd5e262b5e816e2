// Small-cell suppression of one comparison: the primary rule and what
// withholding it means. Which groups are withheld, complementary suppression
// included, is decided once per form by the protected table
// (table_protection.hpp, sonda/report/protected_table.hpp).
//  - Primary: any of n_from, n_to between 1 and k-1, or a paired design on
//    fewer than k pairs. An empty wave describes nobody.
//  - k <= 1 withholds nothing; k < 1 is a UsageError.
#pragma once

#include <vector>

#include "sonda/stats/score_comparison.hpp"

namespace sonda {

// Primary rule for one comparison: true when it describes a small group,
// that is 0 < n_from < k or 0 < n_to < k (an empty wave describes nobody: the
// other wave's figures still describe its own respondents), or when the
// design is paired and n_paired < k (diff_mean, CI, p, dz and RCI describe the
// pairs only).
bool needs_suppression(const ScoreComparison& comparison, int k);

// Withholds every figure of `comparison`: all optional figures reset, and
// `suppressed` = true. score, design, effect_size_kind and the counts n_from,
// n_to and n_paired are kept because complementary suppression across sibling
// groups needs the counts; a writer must print the counts of a suppressed
// comparison as null too.
void suppress(ScoreComparison& comparison);

}  // namespace sonda
