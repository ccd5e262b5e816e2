#include "sonda/stats/score_comparison.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "r_reference.hpp"
#include "sonda/error.hpp"

using namespace sonda;
using sonda::test::r_value;

namespace {

std::vector<ScoreObservation> wave(const std::string& prefix, const std::vector<double>& values) {
    std::vector<ScoreObservation> out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out.push_back({prefix + std::to_string(i + 1), values[i]});
    return out;
}

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

}  // namespace

TEST_CASE("stats: compare_score pairs by respondent and infers on the pairs only", "[stats]") {
    // P1's eight pairs, plus one respondent only in the first wave and two only
    // in the second, in shuffled order.
    CompareScoreInput in;
    in.score = "sharing";
    in.from = wave("T1:r", test::p1_a);
    in.from.push_back({"T1:x1", 1.25});
    in.to = wave("T1:r", test::p1_b);
    std::swap(in.to[0], in.to[5]);
    in.to.insert(in.to.begin() + 3, {"T1:y1", 5.0});
    in.to.push_back({"T1:y2", 2.5});
    in.items_from = ItemMatrix{{{4, 3, 5, 4},
                                {2, 2, 3, 1},
                                {3, 4, 4, 3},
                                {5, 4, 5, 5},
                                {1, 2, 2, 1},
                                {3, NA, 4, 2},
                                {4, 4, 3, 4}}};
    const ScoreComparison c = compare_score(in);
    CHECK(c.score == "sharing");
    CHECK(c.design == Design::Paired);
    CHECK(c.n_from == 9);
    CHECK(c.n_to == 10);
    CHECK(c.n_paired == 8);
    // af <- c(a, 1.25); bt <- c(b, 5.0, 2.5): mean, sd, median of each
    CHECK(*c.mean_from == r_value(2.61111111111111));
    CHECK(*c.sd_from == r_value(0.927960727138337));
    CHECK(*c.median_from == r_value(2.75));
    CHECK(*c.mean_to == r_value(3.6875));
    CHECK(*c.sd_to == r_value(0.788920676198395));
    CHECK(*c.median_to == r_value(3.75));
    CHECK(*c.delta == r_value(1.07638888888889));  // mean(bt) - mean(af)
    // t.test(b, a, paired = TRUE) and wilcox.test(b, a, paired = TRUE) on P1
    CHECK(*c.diff_mean == r_value(0.890625));
    CHECK(*c.ci95_low == r_value(0.362358631984053));
    CHECK(*c.ci95_high == r_value(1.418891368015947));
    CHECK(*c.p_t == r_value(0.00527918295593099));
    CHECK(*c.p_rank == r_value(0.015625));
    CHECK(c.effect_size_kind == "cohen_dz");
    CHECK(*c.effect_size == r_value(1.40948047880266));
    CHECK(*c.alpha_from == r_value(0.935483870967742));
    CHECK_FALSE(c.alpha_to);  // no items given
    // sdiff <- sqrt(2) * sd(af) * sqrt(1 - alpha) = 0.333333333333333;
    // rci <- (b - a) / sdiff = 4.5 -0.75 3.75 1.5 5.25 1.875 2.25 3
    // mean(rci > 1.96) = 0.625; mean(rci < -1.96) = 0
    CHECK(*c.rci_improved_share == r_value(0.625));
    CHECK(*c.rci_worsened_share == r_value(0));
    CHECK_FALSE(c.suppressed);
}

TEST_CASE("stats: compare_score is independent with fewer than 2 shared respondents", "[stats]") {
    CompareScoreInput in;
    in.score = "integration";
    in.from = wave("a", test::i1_a);
    in.to = wave("b", test::i1_b);
    in.to[2].respondent = "a4";  // one respondent in both waves: still independent
    const ScoreComparison c = compare_score(in);
    CHECK(c.design == Design::Independent);
    CHECK(c.n_paired == 1);
    CHECK(c.effect_size_kind == "hedges_g");
    // t.test(b, a); wilcox.test(b, a) on I1
    CHECK(*c.delta == r_value(3.575 - 2.78));
    CHECK(*c.diff_mean == *c.delta);
    CHECK(*c.ci95_low == r_value(-0.388489275469812));
    CHECK(*c.ci95_high == r_value(1.978489275469812));
    CHECK(*c.p_t == r_value(0.15995392656115));
    CHECK(*c.p_rank == r_value(0.246753246753247));
    CHECK(*c.effect_size == r_value(0.870670728636192));
    CHECK_FALSE(c.rci_improved_share);
    CHECK_FALSE(c.alpha_from);
}

TEST_CASE("stats: compare_score with n = 0, 1 and 2", "[stats]") {
    CompareScoreInput in;
    in.score = "s";
    ScoreComparison c = compare_score(in);
    CHECK(c.n_from == 0);
    CHECK(c.n_to == 0);
    CHECK_FALSE(c.mean_from);
    CHECK_FALSE(c.delta);
    CHECK_FALSE(c.diff_mean);
    CHECK_FALSE(c.p_t);
    CHECK_FALSE(c.p_rank);
    CHECK(c.design == Design::Independent);

    // One answer per wave from different respondents: wilcox.test(4, 3) gives p = 1,
    // t.test(4, 3) stops ("not enough 'x' observations").
    in.from = {{"r1", 3}};
    in.to = {{"r2", 4}};
    c = compare_score(in);
    CHECK(*c.delta == 1);
    CHECK_FALSE(c.sd_from);
    CHECK_FALSE(c.p_t);
    CHECK_FALSE(c.ci95_low);
    CHECK(*c.p_rank == r_value(1));
    CHECK_FALSE(c.effect_size);

    // Two pairs: t.test(c(5, 4.5), c(3, 4), paired = TRUE); wilcox.test(..., paired = TRUE)
    in.from = {{"r1", 3}, {"r2", 4}};
    in.to = {{"r2", 4.5}, {"r1", 5}};
    c = compare_score(in);
    CHECK(c.design == Design::Paired);
    CHECK(*c.diff_mean == r_value(1.25));
    CHECK(*c.ci95_low == r_value(-8.27965355213102));
    CHECK(*c.ci95_high == r_value(10.77965355213102));
    CHECK(*c.p_t == r_value(0.344041739245261));
    CHECK(*c.p_rank == r_value(0.5));
    CHECK(*c.effect_size == r_value(1.17851130197758));
}

TEST_CASE("stats: compare_score when every answer is equal never yields NaN", "[stats]") {
    CompareScoreInput in;
    in.score = "s";
    in.from = wave("r", {3, 3, 3});
    in.to = wave("r", {3, 3, 3});
    in.items_from = ItemMatrix{{{3, 3}, {3, 3}, {3, 3}}};
    ScoreComparison c = compare_score(in);
    CHECK(c.design == Design::Paired);
    CHECK(*c.sd_from == 0);
    CHECK(*c.delta == 0);
    CHECK(*c.diff_mean == 0);
    // R: t.test(...)$p.value and conf.int are NaN; wilcox.test(...)$p.value is NaN
    CHECK_FALSE(c.p_t);
    CHECK_FALSE(c.ci95_low);
    CHECK_FALSE(c.ci95_high);
    CHECK_FALSE(c.p_rank);
    CHECK_FALSE(c.effect_size);
    CHECK_FALSE(c.alpha_from);
    CHECK_FALSE(c.rci_improved_share);

    // Independent all equal: t.test stops ("essentially constant"), wilcox.test p NaN
    in.to = wave("s", {3, 3});
    c = compare_score(in);
    CHECK(c.design == Design::Independent);
    CHECK_FALSE(c.p_t);
    CHECK_FALSE(c.p_rank);
    CHECK_FALSE(c.effect_size);
}

TEST_CASE("stats: compare_score drops missing values and refuses ambiguous input", "[stats]") {
    CompareScoreInput in;
    in.score = "sharing";
    in.from = {{"r1", 3}, {"r2", NA}, {"r3", 2}, {"", 4}};
    in.to = {{"r1", 4}, {"r2", 5}, {"r3", 4}, {"", 4}};
    ScoreComparison c = compare_score(in);
    CHECK(c.n_from == 3);  // r2's NaN dropped; the anonymous answer counts
    CHECK(c.n_to == 4);
    CHECK(c.n_paired == 2);  // r1, r3; anonymous answers are never paired

    in.from.push_back({"r3", 1});
    try {
        compare_score(in);
        FAIL("duplicate respondent accepted");
    } catch (const InvalidInput& e) {
        const std::string message = e.what();
        CHECK(message.find("r3") != std::string::npos);
        CHECK(message.find("more than once") != std::string::npos);
        CHECK(message.find("sharing") != std::string::npos);
    }
    in.from.pop_back();

    // The same check when both waves are sorted by code (the merge path).
    CompareScoreInput sorted;
    sorted.score = "sharing";
    sorted.from = {{"a1", 3}, {"a2", NA}, {"a2", 2}, {"a3", 4}};
    sorted.to = {{"a1", 4}, {"a2", 5}, {"a3", 1}, {"a3", 2}};
    try {
        compare_score(sorted);
        FAIL("duplicate respondent accepted in sorted waves");
    } catch (const InvalidInput& e) {
        CHECK(std::string(e.what()).find("wave 'to': respondent 'a3'") != std::string::npos);
    }
    sorted.to.pop_back();
    const ScoreComparison pairs = compare_score(sorted);  // a2's NaN is no duplicate
    CHECK(pairs.n_paired == 3);
    CHECK(*pairs.diff_mean == Approx((1.0 + 3.0 - 3.0) / 3));

    in.to.push_back({"r9", std::numeric_limits<double>::infinity()});
    CHECK_THROWS_AS(compare_score(in), InvalidInput);
}
