#include <cstdint>

#include "r_reference.hpp"
#include "sonda/stats/wilcoxon_distributions.hpp"
#include "sonda/stats/wilcoxon_rank_sum.hpp"
#include "sonda/stats/wilcoxon_signed_rank.hpp"

using namespace sonda;
using sonda::test::r_tiny;
using sonda::test::r_value;

TEST_CASE("stats: exact signed-rank and rank-sum distributions agree with R", "[stats]") {
    CHECK(signed_rank_cdf(10, 12) == r_value(0.010498046875));         // psignrank(10, 12)
    CHECK(signed_rank_cdf(300, 49) == r_tiny(0.000751764235129571));   // psignrank(300, 49)
    CHECK(signed_rank_cdf(700, 49) == r_value(0.807674511986745));     // psignrank(700, 49)
    CHECK(signed_rank_cdf(0, 1) == r_value(0.5));                      // psignrank(0, 1)
    CHECK(signed_rank_cdf(3, 5) == r_value(0.15625));                  // psignrank(3, 5)
    CHECK(rank_sum_cdf(5, 4, 6) == r_value(0.0857142857142857));       // pwilcox(5, 4, 6)
    CHECK(rank_sum_cdf(900, 49, 49) == r_value(0.0163088635258742));   // pwilcox(900, 49, 49)
    CHECK(rank_sum_cdf(1500, 49, 49) == r_value(0.983691136474126));   // pwilcox(1500, 49, 49)
    CHECK(rank_sum_cdf(300, 30, 45) == r_tiny(1.43488609673303e-05));  // pwilcox(300, 30, 45)
    CHECK(rank_sum_cdf(0, 1, 1) == r_value(0.5));                      // pwilcox(0, 1, 1)
    CHECK(rank_sum_cdf(100, 3, 48) == r_value(0.866122448979592));     // pwilcox(100, 3, 48)
    CHECK(rank_sum_cdf(-1, 3, 4) == 0);
    CHECK(rank_sum_cdf(12, 3, 4) == 1);
}

TEST_CASE("stats: exact distributions match brute-force enumeration", "[stats]") {
    // Every subset of ranks, counted directly: an independent check of the
    // generating-function code for all q at small sizes.
    for (int n = 1; n <= 12; ++n) {
        const int max = n * (n + 1) / 2;
        std::vector<double> count(static_cast<std::size_t>(max) + 1, 0);
        for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
            int sum = 0;
            for (int i = 0; i < n; ++i)
                if (mask & (1u << i)) sum += i + 1;
            count[static_cast<std::size_t>(sum)] += 1;
        }
        double cumulative = 0;
        for (int q = 0; q <= max; ++q) {
            cumulative += count[static_cast<std::size_t>(q)];
            INFO("n = " << n << ", q = " << q);
            CHECK(signed_rank_cdf(q, n) == Approx(cumulative / (1u << n)).margin(1e-12));
        }
    }
    for (int m = 1; m <= 7; ++m)
        for (int n = 1; n <= 7; ++n) {
            // U = sum of the ranks of the first sample - m (m + 1) / 2
            const int size = m + n;
            std::vector<double> count(static_cast<std::size_t>(m * n) + 1, 0);
            double total = 0;
            for (std::uint32_t mask = 0; mask < (1u << size); ++mask) {
                if (__builtin_popcount(mask) != m) continue;
                int sum = 0;
                for (int i = 0; i < size; ++i)
                    if (mask & (1u << i)) sum += i + 1;
                count[static_cast<std::size_t>(sum - m * (m + 1) / 2)] += 1;
                total += 1;
            }
            double cumulative = 0;
            for (int q = 0; q <= m * n; ++q) {
                cumulative += count[static_cast<std::size_t>(q)];
                INFO("m = " << m << ", n = " << n << ", q = " << q);
                CHECK(rank_sum_cdf(q, m, n) == Approx(cumulative / total).margin(1e-12));
            }
        }
}

TEST_CASE("stats: signed-rank test agrees with R wilcox.test(b, a, paired = TRUE)", "[stats]") {
    // P1 exact: wilcox.test(b, a, paired = TRUE) -> V = 35, p = 0.015625
    SignedRankResult r = wilcoxon_signed_rank_test(test::p1_b, test::p1_a);
    CHECK(r.exact);
    CHECK(*r.v == 35);
    CHECK(*r.p_value == r_value(0.015625));
    // swapped: wilcox.test(a, b, paired = TRUE) -> V = 1, same p
    r = wilcoxon_signed_rank_test(test::p1_a, test::p1_b);
    CHECK(*r.v == 1);
    CHECK(*r.p_value == r_value(0.015625));

    // P2, ties and zeros -> normal approximation: V = 25, p = 0.0649831445082108
    r = wilcoxon_signed_rank_test(test::p2_b, test::p2_a);
    CHECK_FALSE(r.exact);
    CHECK(r.n == 7);
    CHECK(*r.v == 25);
    CHECK(*r.p_value == r_value(0.0649831445082108));

    // P3, ties without zeros: wilcox.test(c(2,4,4,6,6,1), c(1,2,3,4,5,2), paired = TRUE)
    // -> V = 18.5, p = 0.104757489849731
    r = wilcoxon_signed_rank_test(std::vector<double>{2, 4, 4, 6, 6, 1},
                                  std::vector<double>{1, 2, 3, 4, 5, 2});
    CHECK_FALSE(r.exact);
    CHECK(*r.v == 18.5);
    CHECK(*r.p_value == r_value(0.104757489849731));

    // P4, 60 pairs without ties -> normal approximation: V = 1709, p = 5.17540092611361e-09
    std::vector<double> a, b;
    test::p4(a, b);
    r = wilcoxon_signed_rank_test(b, a);
    CHECK_FALSE(r.exact);
    CHECK(*r.v == 1709);
    CHECK(*r.p_value == r_tiny(5.17540092611361e-09));

    // n = 2: wilcox.test(c(5, 4.5), c(3, 4), paired = TRUE) -> V = 3, p = 0.5
    r = wilcoxon_signed_rank_test(std::vector<double>{5, 4.5}, std::vector<double>{3, 4});
    CHECK(r.exact);
    CHECK(*r.p_value == r_value(0.5));
    // n = 1: wilcox.test(5, 3, paired = TRUE) -> V = 1, p = 1
    r = wilcoxon_signed_rank_test(std::vector<double>{5}, std::vector<double>{3});
    CHECK(*r.p_value == r_value(1));
}

TEST_CASE("stats: signed-rank test on zero and constant differences", "[stats]") {
    // wilcox.test(c(3,3,3), c(3,3,3), paired = TRUE): V = 0, p = NaN
    SignedRankResult r =
        wilcoxon_signed_rank_test(std::vector<double>{3, 3, 3}, std::vector<double>{3, 3, 3});
    CHECK(r.n == 0);
    CHECK(*r.v == 0);
    CHECK_FALSE(r.p_value);
    // wilcox.test(c(2,3,4), c(1,2,3), paired = TRUE): V = 6, p = 0.148914673178766 (all tied)
    r = wilcoxon_signed_rank_test(std::vector<double>{2, 3, 4}, std::vector<double>{1, 2, 3});
    CHECK_FALSE(r.exact);
    CHECK(*r.v == 6);
    CHECK(*r.p_value == r_value(0.148914673178766));
}

TEST_CASE("stats: rank-sum test agrees with R wilcox.test(b, a)", "[stats]") {
    // I1 exact: W = 22, p = 0.246753246753247; swapped W = 8, same p
    RankSumResult r = wilcoxon_rank_sum_test(test::i1_b, test::i1_a);
    CHECK(r.exact);
    CHECK(*r.w == 22);
    CHECK(*r.p_value == r_value(0.246753246753247));
    r = wilcoxon_rank_sum_test(test::i1_a, test::i1_b);
    CHECK(*r.w == 8);
    CHECK(*r.p_value == r_value(0.246753246753247));

    // I2 ties: W = 33, p = 0.0886884640026696
    r = wilcoxon_rank_sum_test(test::i2_b, test::i2_a);
    CHECK_FALSE(r.exact);
    CHECK(*r.w == 33);
    CHECK(*r.p_value == r_value(0.0886884640026696));

    // I3, n >= 50, no ties: W = 1631, p = 0.211404597964721
    std::vector<double> a, b;
    test::i3(a, b);
    r = wilcoxon_rank_sum_test(b, a);
    CHECK_FALSE(r.exact);
    CHECK(*r.w == 1631);
    CHECK(*r.p_value == r_value(0.211404597964721));

    // I4, n >= 50, ties: W = 2667, p = 0.0530900758475705
    test::i4(a, b);
    r = wilcoxon_rank_sum_test(b, a);
    CHECK(*r.w == 2667);
    CHECK(*r.p_value == r_value(0.0530900758475705));
}

TEST_CASE("stats: rank-sum test edge cases: n = 1, all equal, one constant sample", "[stats]") {
    // wilcox.test(4, 3): W = 1, p = 1
    RankSumResult r = wilcoxon_rank_sum_test(std::vector<double>{4}, std::vector<double>{3});
    CHECK(r.exact);
    CHECK(*r.w == 1);
    CHECK(*r.p_value == r_value(1));
    // wilcox.test(4, c(3, 2, 5)): W = 2, p = 1
    r = wilcoxon_rank_sum_test(std::vector<double>{4}, std::vector<double>{3, 2, 5});
    CHECK(*r.w == 2);
    CHECK(*r.p_value == r_value(1));
    // wilcox.test(c(3,3), c(3,3,3)): W = 3, p = NaN
    r = wilcoxon_rank_sum_test(std::vector<double>{3, 3}, std::vector<double>{3, 3, 3});
    CHECK(*r.w == 3);
    CHECK_FALSE(r.p_value);
    // wilcox.test(c(4,4), c(3,3,3)): W = 6, p = 0.0955807045456294
    r = wilcoxon_rank_sum_test(std::vector<double>{4, 4}, std::vector<double>{3, 3, 3});
    CHECK(*r.w == 6);
    CHECK(*r.p_value == r_value(0.0955807045456294));
    // wilcox.test(c(2.5, 4, 4.5), c(3,3,3,3)): W = 8, p = 0.558452157283156
    r = wilcoxon_rank_sum_test(std::vector<double>{2.5, 4, 4.5}, std::vector<double>{3, 3, 3, 3});
    CHECK(*r.w == 8);
    CHECK(*r.p_value == r_value(0.558452157283156));
    // an empty sample: R stops with "not enough observations"
    r = wilcoxon_rank_sum_test(std::vector<double>{}, std::vector<double>{3, 3, 3});
    CHECK_FALSE(r.w);
    CHECK_FALSE(r.p_value);
}
