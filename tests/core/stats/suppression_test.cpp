#include "sonda/stats/suppression.hpp"

#include <catch2/catch.hpp>

#include "sonda/error.hpp"

using namespace sonda;

namespace {

using Mask = std::vector<bool>;

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

TEST_CASE("stats: primary suppression withholds every cell below k", "[stats]") {
    CHECK(cells_to_suppress({12, 3, 9, 4}, 5, false) == Mask{false, true, false, true});
    CHECK(cells_to_suppress({5, 6}, 5, true) == Mask{false, false});  // k itself is enough
    CHECK(cells_to_suppress({}, 5, true).empty());
}

TEST_CASE("stats: a lone suppressed cell gets the smallest sibling as complement", "[stats]") {
    // Total published: 3 = total - 12 - 9 - 7, so the 7 is withheld too.
    CHECK(cells_to_suppress({12, 3, 9, 7}, 5, true) == Mask{false, true, false, true});
    // Without a published total nothing can be subtracted.
    CHECK(cells_to_suppress({12, 3, 9, 7}, 5, false) == Mask{false, true, false, false});
    // Equal counts: the first smallest, so the choice is deterministic.
    CHECK(cells_to_suppress({8, 2, 8}, 5, true) == Mask{true, true, false});
}

TEST_CASE("stats: complements cascade until the withheld cells reach k together", "[stats]") {
    // 1 and 2 withheld; together they are 3 people, recoverable from the total
    // as one small cell: the smallest remaining (6) joins.
    CHECK(cells_to_suppress({1, 2, 6, 20}, 5, true) == Mask{true, true, true, false});
    // Two small cells that together reach k need no complement.
    CHECK(cells_to_suppress({2, 3, 40, 50}, 5, true) == Mask{true, true, false, false});
    CHECK(cells_to_suppress({1, 1, 1, 30}, 5, true) == Mask{true, true, true, true});
    // Everything small: all withheld, nothing left to add.
    CHECK(cells_to_suppress({1, 2}, 5, true) == Mask{true, true});
}

TEST_CASE("stats: empty cells are neither suppressed nor used as complements", "[stats]") {
    CHECK(cells_to_suppress({0, 3, 10}, 5, true) == Mask{false, true, true});
    CHECK(cells_to_suppress({0, 0, 10}, 5, true) == Mask{false, false, false});
    CHECK(cells_to_suppress({0, 3}, 5, true) == Mask{false, true});
}

TEST_CASE("stats: k = 1 suppresses nothing and k < 1 is a usage error", "[stats]") {
    CHECK(cells_to_suppress({1, 2, 0, 40}, 1, true) == Mask{false, false, false, false});
    CHECK_THROWS_AS(cells_to_suppress({1, 2}, 0, true), UsageError);
    CHECK(complete_suppression({10, 10, 10}, Mask{false, true, false}, 1, true) ==
          Mask{true, true, false});  // a given lone cell still gets a complement
}

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

TEST_CASE("stats: sibling comparisons get complementary suppression on every count", "[stats]") {
    // Territories under "all": B is small in the first wave only; the smallest
    // other first-wave count (C, 6) is withheld with it.
    ScoreComparison a = comparison(20, 18, 15);
    ScoreComparison b = comparison(3, 9, 2);
    ScoreComparison c = comparison(6, 30, 5);
    ScoreComparison d = comparison(11, 7, 6);
    std::vector<ScoreComparison*> siblings{&a, &b, &c, &d};
    apply_suppression(siblings, 5, true);
    CHECK_FALSE(a.suppressed);
    CHECK(b.suppressed);
    CHECK(c.suppressed);
    CHECK_FALSE(d.suppressed);
    CHECK_FALSE(b.mean_from);
    CHECK_FALSE(c.mean_to);
    CHECK(*a.mean_from == 3);

    // The second-wave counts of the withheld pair (9 + 30) and pairs (2 + 5)
    // reach k, so the fixed point adds nothing. Here they do not: the pairs of
    // the withheld groups are 2 + 2, so the smallest other pair count joins.
    ScoreComparison e = comparison(20, 18, 15);
    ScoreComparison f = comparison(4, 9, 2);
    ScoreComparison g = comparison(5, 30, 2);
    ScoreComparison h = comparison(11, 7, 6);
    const std::vector<const ScoreComparison*> view{&e, &f, &g, &h};
    CHECK(comparisons_to_suppress(view, 5, true) == Mask{false, true, true, true});
    CHECK(comparisons_to_suppress(view, 5, false) == Mask{false, true, true, false});
}
