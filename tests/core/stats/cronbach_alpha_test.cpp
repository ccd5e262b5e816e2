#include "sonda/stats/cronbach_alpha.hpp"

#include <cmath>
#include <limits>

#include "r_reference.hpp"
#include "sonda/error.hpp"

using namespace sonda;
using sonda::test::r_value;

namespace {
constexpr double NA = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("stats: Cronbach's alpha agrees with base R and drops incomplete rows", "[stats]") {
    // m <- rbind(c(4,3,5,4), c(2,2,3,1), c(3,4,4,3), c(5,4,5,5), c(1,2,2,1), c(3,NA,4,2),
    //            c(4,4,3,4))
    // cc <- m[complete.cases(m), ]; 4/3 * (1 - sum(apply(cc, 2, var)) / var(rowSums(cc)))
    const ItemMatrix m{{{4, 3, 5, 4},
                        {2, 2, 3, 1},
                        {3, 4, 4, 3},
                        {5, 4, 5, 5},
                        {1, 2, 2, 1},
                        {3, NA, 4, 2},
                        {4, 4, 3, 4}}};
    const AlphaResult r = cronbach_alpha(m);
    CHECK(r.items == 4);
    CHECK(r.complete_rows == 6);
    CHECK(*r.alpha == r_value(0.935483870967742));

    // m2 <- rbind(c(2,3,3), c(4,4,5), c(3,3,4), c(5,4,4), c(1,2,1))
    // 3/2 * (1 - sum(apply(m2, 2, var)) / var(rowSums(m2)))
    const ItemMatrix m2{{{2, 3, 3}, {4, 4, 5}, {3, 3, 4}, {5, 4, 4}, {1, 2, 1}}};
    CHECK(*cronbach_alpha(m2).alpha == r_value(0.923076923076923));
}

TEST_CASE("stats: Cronbach's alpha is empty when undefined", "[stats]") {
    CHECK_FALSE(cronbach_alpha(ItemMatrix{}).alpha);
    // one item
    CHECK_FALSE(cronbach_alpha(ItemMatrix{{{1}, {2}, {3}}}).alpha);
    // one complete row left after listwise deletion
    CHECK_FALSE(cronbach_alpha(ItemMatrix{{{1, 2}, {NA, 3}, {2, NA}}}).alpha);
    // totals without variance
    CHECK_FALSE(cronbach_alpha(ItemMatrix{{{1, 3}, {2, 2}, {3, 1}}}).alpha);
    CHECK_FALSE(cronbach_alpha(ItemMatrix{{{2, 2}, {2, 2}}}).alpha);
    // ragged rows are bad input, with the row in the message
    try {
        cronbach_alpha(ItemMatrix{{{1, 2}, {1, 2, 3}}});
        FAIL("ragged rows accepted");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()).find("row 2 has 3 items") != std::string::npos);
    }
}
