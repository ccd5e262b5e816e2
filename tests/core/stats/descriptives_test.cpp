#include "sonda/stats/descriptives.hpp"

#include "r_reference.hpp"

using namespace sonda;
using sonda::test::r_value;

TEST_CASE("stats: descriptives agree with R's mean, sd and median", "[stats]") {
    // mean(a); sd(a); median(a) with a, b of data set P1
    const Descriptives a = describe(test::p1_a);
    CHECK(a.n == 8);
    CHECK(*a.mean == r_value(2.78125));
    CHECK(*a.sd == r_value(0.828482907833003));
    CHECK(*a.median == r_value(2.875));
    const Descriptives b = describe(test::p1_b);
    CHECK(*b.mean == r_value(3.671875));
    CHECK(*b.sd == r_value(0.593632507172096));
    CHECK(*b.median == r_value(3.75));
    // I1 a (odd n): mean(a) 2.78, sd(a) 0.903880523078133, median(a) 2.8
    const Descriptives odd = describe(test::i1_a);
    CHECK(*odd.mean == r_value(2.78));
    CHECK(*odd.sd == r_value(0.903880523078133));
    CHECK(*odd.median == r_value(2.8));
}

TEST_CASE("stats: descriptives of n = 0, 1 and constant samples stay empty where undefined",
          "[stats]") {
    const Descriptives none = describe(std::vector<double>{});
    CHECK(none.n == 0);
    CHECK_FALSE(none.mean);
    CHECK_FALSE(none.sd);
    CHECK_FALSE(none.median);
    const Descriptives one = describe(std::vector<double>{4.5});
    CHECK(one.n == 1);
    CHECK(*one.mean == 4.5);
    CHECK(*one.median == 4.5);
    CHECK_FALSE(one.sd);  // R: sd(4.5) is NA
    const Descriptives flat = describe(std::vector<double>{3.1, 3.1, 3.1});
    CHECK(*flat.sd == Approx(0).margin(1e-12));
    CHECK(*flat.median == 3.1);
}
