#include "sonda/stats/reliable_change.hpp"

#include <cmath>

#include "r_reference.hpp"

using namespace sonda;
using sonda::test::r_value;

TEST_CASE("stats: Reliable Change Index counts changes beyond 1.96 S_diff", "[stats]") {
    // sd_from = 1, alpha = 0.875: SE = sqrt(0.125), S_diff = sqrt(2) * SE = 0.5;
    // RCI = diff / 0.5; reliable when |diff| > 0.98
    const std::vector<double> from{1, 2, 3, 4, 5};
    const std::vector<double> to{2.0, 2.9, 1.9, 4.5, 5.99};
    // diffs 1.0 (RCI 2.0: improved), 0.9 (1.8), -1.1 (-2.2: worsened), 0.5, 0.99 (1.98: improved)
    const ReliableChange rc = reliable_change(from, to, 1.0, 0.875);
    CHECK(*rc.s_diff == r_value(0.5));
    CHECK(rc.pairs == 5);
    CHECK(rc.improved == 2);
    CHECK(rc.worsened == 1);
    CHECK(*rc.improved_share == r_value(0.4));
    CHECK(*rc.worsened_share == r_value(0.2));
}

TEST_CASE("stats: Reliable Change Index needs a usable reliability and spread", "[stats]") {
    const std::vector<double> from{1, 2}, to{3, 4};
    CHECK_FALSE(reliable_change(from, to, std::nullopt, 0.8).improved_share);
    CHECK_FALSE(reliable_change(from, to, 1.0, std::nullopt).improved_share);
    CHECK_FALSE(reliable_change(from, to, 0.0, 0.8).improved_share);
    CHECK_FALSE(reliable_change(from, to, 1.0, 1.0).improved_share);
    CHECK_FALSE(reliable_change(from, to, 1.0, -0.2).improved_share);
    CHECK_FALSE(
        reliable_change(std::vector<double>{}, std::vector<double>{}, 1.0, 0.8).improved_share);
    CHECK(*reliable_change(from, to, 1.0, 0.8).improved_share == 1.0);
}
