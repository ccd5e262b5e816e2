#include "sonda/stats/effect_size.hpp"

#include <cmath>

#include "r_reference.hpp"

using namespace sonda;
using sonda::test::r_value;

TEST_CASE("stats: Cohen's dz is mean over sd of the differences", "[stats]") {
    // P1: d <- b - a; mean(d) / sd(d)
    std::vector<double> d;
    for (std::size_t i = 0; i < test::p1_a.size(); ++i) d.push_back(test::p1_b[i] - test::p1_a[i]);
    CHECK(*cohen_dz(d) == r_value(1.40948047880266));
    // By hand: d = (2, 0.5): mean 1.25, sd sqrt(1.125) -> 1.17851130197758
    CHECK(*cohen_dz(std::vector<double>{2, 0.5}) == r_value(1.25 / std::sqrt(1.125)));
    CHECK(*cohen_dz(std::vector<double>{2, 0.5}) == r_value(1.17851130197758));
    // P2 with zero differences: 0.737864787372622
    d.clear();
    for (std::size_t i = 0; i < test::p2_a.size(); ++i) d.push_back(test::p2_b[i] - test::p2_a[i]);
    CHECK(*cohen_dz(d) == r_value(0.737864787372622));
    CHECK_FALSE(cohen_dz(std::vector<double>{1, 1, 1}));  // sd 0
    CHECK_FALSE(cohen_dz(std::vector<double>{1}));        // n = 1
}

TEST_CASE("stats: Hedges' g uses the pooled sd and the exact gamma correction", "[stats]") {
    // J(df) <- exp(lgamma(df/2) - lgamma((df-1)/2)) / sqrt(df/2)
    CHECK(hedges_correction(2) == r_value(0.564189583547756));
    CHECK(hedges_correction(3) == r_value(0.723601254558268));
    CHECK(hedges_correction(9) == r_value(0.913874891792552));
    CHECK(hedges_correction(30) == r_value(0.974754378214399));
    CHECK(hedges_correction(200) == r_value(0.996244522479169));
    // Large df approaches the approximation 1 - 3 / (4 df - 1).
    CHECK(hedges_correction(1000) == Approx(1 - 3.0 / 3999).margin(1e-6));

    // g(b, a) = (mean(b) - mean(a)) / sp * J, sp the pooled sd, df = n1 + n2 - 2
    CHECK(*hedges_g(test::i1_b, test::i1_a) == r_value(0.870670728636192));
    CHECK(*hedges_g(test::i2_b, test::i2_a) == r_value(1.0143950666607));
    // By hand for b = (2.5, 4, 4.5), a = (3,3,3,3): var(b) = 13/12, var(a) = 0,
    // sp = sqrt(2 * 13/12 / 5), J(5), diff = 2/3
    const double sp = std::sqrt(2 * (13.0 / 12) / 5);
    CHECK(*hedges_g(std::vector<double>{2.5, 4, 4.5}, std::vector<double>{3, 3, 3, 3}) ==
          r_value(2.0 / 3 / sp * hedges_correction(5)));
    CHECK(*hedges_g(std::vector<double>{2.5, 4, 4.5}, std::vector<double>{3, 3, 3, 3}) ==
          r_value(0.851459288550652));
    CHECK_FALSE(hedges_g(std::vector<double>{3, 3}, std::vector<double>{3, 3, 3}));  // sd 0
    CHECK_FALSE(hedges_g(std::vector<double>{4}, std::vector<double>{3, 2, 5}));     // n = 1
}
