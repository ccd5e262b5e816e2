#include "sonda/stats/suppression.hpp"

#include <catch2/catch.hpp>

#include "sonda/error.hpp"

using namespace sonda;

namespace {

ScoreComparison comparison(long long n_from, long long n_to, long long n_paired) {
    ScoreComparison c;
    c.score = "sharing";
    c.n_from = n_from;
    c.n_to = n_to;
    c.n_paired = n_paired;
    c.design = n_paired >= 2 ? Design::Paired : Design::Independent;
    c.mean_from = 3;
    c.mean_to = 3.5;
    c.delta = 0.5;
    c.p_t = 0.2;
    c.alpha_from = 0.8;
    c.rci_improved_share = 0.1;
    return c;
}

}  // namespace

TEST_CASE("stats: suppressing a comparison withholds every figure", "[stats]") {
    ScoreComparison c = comparison(12, 3, 0);
    CHECK(needs_suppression(c, 5));
    suppress(c);
    CHECK(c.suppressed);
    CHECK_FALSE(c.mean_from);
    CHECK_FALSE(c.mean_to);
    CHECK_FALSE(c.delta);
    CHECK_FALSE(c.p_t);
    CHECK_FALSE(c.alpha_from);
    CHECK_FALSE(c.rci_improved_share);
    CHECK(c.n_from == 12);  // kept for complementary suppression; written as null
}

TEST_CASE("stats: the primary rule for comparisons", "[stats]") {
    CHECK_FALSE(needs_suppression(comparison(10, 12, 8), 5));
    CHECK(needs_suppression(comparison(4, 12, 0), 5));
    CHECK(needs_suppression(comparison(12, 4, 0), 5));
    CHECK(needs_suppression(comparison(12, 12, 3), 5));        // paired on 3 pairs
    CHECK_FALSE(needs_suppression(comparison(12, 12, 1), 5));  // independent: pairs unused
    CHECK_FALSE(needs_suppression(comparison(0, 12, 0), 5));   // empty wave describes nobody
    CHECK_FALSE(needs_suppression(comparison(3, 3, 3), 1));
}
