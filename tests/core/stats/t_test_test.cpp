#include "sonda/stats/t_test.hpp"

#include "r_reference.hpp"

using namespace sonda;
using sonda::test::r_tiny;
using sonda::test::r_value;

TEST_CASE("stats: paired t-test agrees with R t.test(b, a, paired = TRUE)", "[stats]") {
    // P1: t.test(b, a, paired = TRUE)
    TTestResult r = paired_t_test(test::p1_b, test::p1_a);
    CHECK(*r.estimate == r_value(0.890625));
    CHECK(*r.ci_low == r_value(0.362358631984053));
    CHECK(*r.ci_high == r_value(1.418891368015947));
    CHECK(*r.p_value == r_value(0.00527918295593099));
    CHECK(*r.df == 7);
    CHECK(*r.t == r_value(3.9866128180457));

    // P2 (ties and zero differences do not matter to t): t.test(b, a, paired = TRUE)
    r = paired_t_test(test::p2_b, test::p2_a);
    CHECK(*r.estimate == r_value(0.7));
    CHECK(*r.ci_low == r_value(0.0213528511605386));
    CHECK(*r.ci_high == r_value(1.3786471488394614));
    CHECK(*r.p_value == r_value(0.0445035373055764));

    // P4: t.test(b, a, paired = TRUE), 60 pairs
    std::vector<double> a, b;
    test::p4(a, b);
    r = paired_t_test(b, a);
    CHECK(*r.estimate == r_value(3.87708333333333));
    CHECK(*r.ci_low == r_value(2.97630394419947));
    CHECK(*r.ci_high == r_value(4.77786272246720));
    CHECK(*r.p_value == r_tiny(5.07916712258552e-12));
}

TEST_CASE("stats: paired t-test with n = 2 and n = 1", "[stats]") {
    // t.test(c(5, 4.5), c(3, 4), paired = TRUE)
    TTestResult r = paired_t_test(std::vector<double>{5, 4.5}, std::vector<double>{3, 4});
    CHECK(*r.estimate == r_value(1.25));
    CHECK(*r.ci_low == r_value(-8.27965355213102));
    CHECK(*r.ci_high == r_value(10.77965355213102));
    CHECK(*r.p_value == r_value(0.344041739245261));
    CHECK(*r.df == 1);
    // t.test(5, 3, paired = TRUE): "not enough 'x' observations"
    r = paired_t_test(std::vector<double>{5}, std::vector<double>{3});
    CHECK(*r.estimate == 2);
    CHECK_FALSE(r.p_value);
    CHECK_FALSE(r.ci_low);
    CHECK_FALSE(r.ci_high);
}

TEST_CASE("stats: paired t-test on constant differences stays empty", "[stats]") {
    // t.test(c(3,2,4), c(3,2,4), paired = TRUE): p and conf.int are NaN
    TTestResult r = paired_t_test(std::vector<double>{3, 2, 4}, std::vector<double>{3, 2, 4});
    CHECK(*r.estimate == 0);
    CHECK_FALSE(r.p_value);
    CHECK_FALSE(r.ci_low);
    CHECK_FALSE(r.t);
    // t.test(c(2,3,4), c(1,2,3), paired = TRUE): "data are essentially constant"
    r = paired_t_test(std::vector<double>{2, 3, 4}, std::vector<double>{1, 2, 3});
    CHECK(*r.estimate == 1);
    CHECK_FALSE(r.p_value);
    CHECK_FALSE(r.ci_high);
    CHECK_THROWS_AS(paired_t_test(std::vector<double>{1, 2}, std::vector<double>{1}),
                    std::invalid_argument);
}

TEST_CASE("stats: Welch t-test agrees with R t.test(b, a)", "[stats]") {
    // I1: t.test(b, a)
    TTestResult r = welch_t_test(test::i1_b, test::i1_a);
    CHECK(*r.estimate == r_value(3.575 - 2.78));
    CHECK(*r.ci_low == r_value(-0.388489275469812));
    CHECK(*r.ci_high == r_value(1.978489275469812));
    CHECK(*r.p_value == r_value(0.15995392656115));
    CHECK(*r.df == r_value(7.996751183946));
    CHECK(*r.t == r_value(1.54915044499383));

    // I2 (ties): t.test(b, a)
    r = welch_t_test(test::i2_b, test::i2_a);
    CHECK(*r.ci_low == r_value(-0.0978026975407988));
    CHECK(*r.ci_high == r_value(2.1454217451598470));
    CHECK(*r.p_value == r_value(0.0696006119937735));
    CHECK(*r.df == r_value(10.6663207933972));

    // I3: t.test(b, a)
    std::vector<double> a, b;
    test::i3(a, b);
    r = welch_t_test(b, a);
    CHECK(*r.ci_low == r_value(-1.11277931741992));
    CHECK(*r.ci_high == r_value(4.48641568105628));
    CHECK(*r.p_value == r_value(0.234892410700287));
    CHECK(*r.df == r_value(104.703664394675));

    // I4: t.test(b, a)
    test::i4(a, b);
    r = welch_t_test(b, a);
    CHECK(*r.ci_low == r_value(0.0261186699432799));
    CHECK(*r.ci_high == r_value(1.0363813300567202));
    CHECK(*r.p_value == r_value(0.0394280818107827));
    CHECK(*r.df == r_value(128.8552622099));
}

TEST_CASE("stats: Welch t-test edge cases: one constant sample, n = 1, all equal", "[stats]") {
    // t.test(c(2.5, 4, 4.5), c(3,3,3,3)): one sample without spread is fine
    TTestResult r = welch_t_test(std::vector<double>{2.5, 4, 4.5}, std::vector<double>{3, 3, 3, 3});
    CHECK(*r.ci_low == r_value(-1.91890583960446));
    CHECK(*r.ci_high == r_value(3.25223917293780));
    CHECK(*r.p_value == r_value(0.382786600151632));
    CHECK(*r.df == r_value(2));
    // t.test(4, c(3, 2, 5)): "not enough 'x' observations"
    r = welch_t_test(std::vector<double>{4}, std::vector<double>{3, 2, 5});
    CHECK(*r.estimate == r_value(4 - 10.0 / 3));
    CHECK_FALSE(r.p_value);
    CHECK_FALSE(r.ci_low);
    // t.test(c(3,3), c(3,3,3)) and t.test(c(4,4), c(3,3,3)): "data are essentially constant"
    r = welch_t_test(std::vector<double>{3, 3}, std::vector<double>{3, 3, 3});
    CHECK_FALSE(r.p_value);
    r = welch_t_test(std::vector<double>{4, 4}, std::vector<double>{3, 3, 3});
    CHECK(*r.estimate == 1);
    CHECK_FALSE(r.p_value);
    CHECK_FALSE(r.ci_high);
    r = welch_t_test(std::vector<double>{}, std::vector<double>{3, 3, 3});
    CHECK_FALSE(r.estimate);
}
