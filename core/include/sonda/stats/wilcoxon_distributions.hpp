// The exact null distributions behind the Wilcoxon tests, computed by counting
// as R's psignrank and pwilcox do (no approximation). They are exact in
// double precision up to the sizes the tests use them for (n < 50); cost is
// O(n * q) for the signed-rank and O(m * q) for the rank-sum tail.
#pragma once

namespace sonda {

// P(V <= q) for the signed-rank statistic V of n observations without ties:
// R's psignrank(q, n). q is rounded down as R does.
double signed_rank_cdf(double q, int n);

// P(W <= q) for the rank-sum (Mann-Whitney U) statistic of samples of sizes m
// and n without ties: R's pwilcox(q, m, n).
double rank_sum_cdf(double q, int m, int n);

}  // namespace sonda
