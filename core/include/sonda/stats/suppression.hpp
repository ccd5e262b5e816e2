// Small-cell suppression: no published figure may describe fewer than k
// respondents, and no withheld figure may be recovered by subtracting the
// published siblings from a published total.
//
// Cells are siblings that partition a total (the territories under "all",
// the roles under "all"). A cell's count is the number of respondents it
// describes.
//  - Empty cells (count 0) are never suppressed and never chosen as
//    complements: they describe nobody, and their only figure is "no data",
//    which the report shows as absent. Suppressing one would protect nobody.
//  - Primary: every cell with 0 < count < k.
//  - Complementary, only when the total is published (or derivable from
//    another report: pass total_published = true unless the total is known to
//    be published nowhere, e.g. `--by none` publishes it): while the
//    suppressed non-empty cells are exactly one (recoverable as total minus
//    the others) or together describe fewer than k respondents (their union
//    is then a small cell recoverable the same way), also suppress the
//    smallest unsuppressed non-empty cell (the first one on equal counts, so
//    the result is deterministic). This repeats until neither holds or no
//    candidate is left.
//  - k <= 1 suppresses nothing; k < 1 is a UsageError.
#pragma once

#include <vector>

#include "sonda/stats/score_comparison.hpp"

namespace sonda {

// Primary and complementary suppression over one set of sibling counts.
std::vector<bool> cells_to_suppress(const std::vector<long long>& counts, int k,
                                    bool total_published);

// Complementary suppression only, starting from an already decided set
// (`suppressed`, same size as counts; cells already suppressed stay so).
std::vector<bool> complete_suppression(const std::vector<long long>& counts,
                                       std::vector<bool> suppressed, int k, bool total_published);

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

// Which of the sibling comparisons of one score (one per group partitioning
// the total) to withhold: the primary rule above, then the complementary
// rule applied to the n_from, n_to and n_paired counts in turn until nothing
// changes (withholding a group withholds all its counts at once).
std::vector<bool> comparisons_to_suppress(const std::vector<const ScoreComparison*>& siblings,
                                          int k, bool total_published);

// comparisons_to_suppress() followed by suppress() on the chosen ones.
void apply_suppression(const std::vector<ScoreComparison*>& siblings, int k, bool total_published);

}  // namespace sonda
