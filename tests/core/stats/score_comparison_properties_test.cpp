// Properties that must hold for any data, checked over many random data sets
// drawn from a fixed-seed generator (so a failure is reproducible).
#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "r_reference.hpp"
#include "sonda/stats/score_comparison.hpp"

using namespace sonda;

namespace {

struct Generated {
    CompareScoreInput input;
    bool quarter_steps = false;  // values on a 0.25 grid: sums and differences stay exact
};

Generated generate(std::mt19937& rng) {
    std::uniform_int_distribution<int> size(0, 70);
    std::uniform_int_distribution<int> kind(0, 2);
    std::uniform_int_distribution<int> likert(4, 20);  // 1.00 .. 5.00 in quarter steps
    std::uniform_real_distribution<double> continuous(1.0, 5.0);
    std::bernoulli_distribution shared(0.7);
    Generated g;
    g.quarter_steps = kind(rng) != 0;
    const auto value = [&] { return g.quarter_steps ? likert(rng) / 4.0 : continuous(rng); };
    const int n_from = size(rng);
    const int n_to = size(rng);
    g.input.score = "s";
    for (int i = 0; i < n_from; ++i) g.input.from.push_back({"r" + std::to_string(i), value()});
    for (int i = 0; i < n_to; ++i)
        g.input.to.push_back({(shared(rng) ? "r" : "new") + std::to_string(i), value()});
    return g;
}

void check_close(const std::optional<double>& actual, const std::optional<double>& expected) {
    REQUIRE(actual.has_value() == expected.has_value());
    if (actual) CHECK(*actual == Approx(*expected).margin(1e-9));
}

std::optional<double> negated(const std::optional<double>& v) {
    return v ? std::optional<double>(-*v) : std::nullopt;
}

std::optional<double> shifted(const std::optional<double>& v, double by) {
    return v ? std::optional<double>(*v + by) : std::nullopt;
}

}  // namespace

TEST_CASE("stats: swapping the waves negates the change and keeps the p values", "[stats]") {
    std::mt19937 rng(20240305);
    for (int round = 0; round < 300; ++round) {
        const Generated g = generate(rng);
        CompareScoreInput swapped = g.input;
        std::swap(swapped.from, swapped.to);
        const ScoreComparison c = compare_score(g.input);
        const ScoreComparison s = compare_score(swapped);
        INFO("round " << round << ": n_from " << c.n_from << ", n_to " << c.n_to << ", pairs "
                      << c.n_paired);
        CHECK(s.n_from == c.n_to);
        CHECK(s.n_to == c.n_from);
        CHECK(s.n_paired == c.n_paired);
        CHECK(s.design == c.design);
        check_close(s.delta, negated(c.delta));
        check_close(s.diff_mean, negated(c.diff_mean));
        check_close(s.ci95_low, negated(c.ci95_high));
        check_close(s.ci95_high, negated(c.ci95_low));
        check_close(s.p_t, c.p_t);
        check_close(s.p_rank, c.p_rank);
        check_close(s.effect_size, negated(c.effect_size));
    }
}

TEST_CASE("stats: adding a constant to both waves moves only means and medians", "[stats]") {
    std::mt19937 rng(20231201);
    for (int round = 0; round < 300; ++round) {
        const Generated g = generate(rng);
        // An integer keeps quarter-step data exact, so ties stay ties.
        const double by = g.quarter_steps ? 10.0 : 0.5;
        CompareScoreInput moved = g.input;
        for (ScoreObservation& o : moved.from) o.value += by;
        for (ScoreObservation& o : moved.to) o.value += by;
        const ScoreComparison c = compare_score(g.input);
        const ScoreComparison m = compare_score(moved);
        INFO("round " << round << ": n_from " << c.n_from << ", n_to " << c.n_to);
        check_close(m.mean_from, shifted(c.mean_from, by));
        check_close(m.mean_to, shifted(c.mean_to, by));
        check_close(m.median_from, shifted(c.median_from, by));
        check_close(m.median_to, shifted(c.median_to, by));
        check_close(m.sd_from, c.sd_from);
        check_close(m.sd_to, c.sd_to);
        check_close(m.delta, c.delta);
        check_close(m.diff_mean, c.diff_mean);
        check_close(m.ci95_low, c.ci95_low);
        check_close(m.ci95_high, c.ci95_high);
        check_close(m.p_t, c.p_t);
        check_close(m.p_rank, c.p_rank);
        check_close(m.effect_size, c.effect_size);
    }
}

TEST_CASE("stats: every figure is finite and every p value lies in [0, 1]", "[stats]") {
    std::mt19937 rng(4);
    int with_p = 0;
    for (int round = 0; round < 500; ++round) {
        const ScoreComparison c = compare_score(generate(rng).input);
        for (const std::optional<double>* f :
             {&c.mean_from, &c.mean_to, &c.sd_from, &c.sd_to, &c.median_from, &c.median_to,
              &c.delta, &c.diff_mean, &c.ci95_low, &c.ci95_high, &c.p_t, &c.p_rank, &c.effect_size,
              &c.rci_improved_share, &c.rci_worsened_share})
            if (*f) CHECK(std::isfinite(**f));
        for (const std::optional<double>* p : {&c.p_t, &c.p_rank})
            if (*p) {
                ++with_p;
                CHECK(**p >= 0);
                CHECK(**p <= 1);
            }
        if (c.ci95_low) CHECK(*c.ci95_low <= *c.diff_mean);
        if (c.ci95_high) CHECK(*c.ci95_high >= *c.diff_mean);
    }
    CHECK(with_p > 500);  // the generator does reach the tests
}

TEST_CASE("stats: waves sorted by code give the same result as any order", "[stats]") {
    // compare_score merges waves sorted by respondent code and hashes the
    // codes otherwise; both paths must agree on every figure.
    std::mt19937 rng(11);
    const auto by_code = [](const ScoreObservation& a, const ScoreObservation& b) {
        return a.respondent < b.respondent;
    };
    for (int round = 0; round < 200; ++round) {
        const Generated g = generate(rng);
        CompareScoreInput sorted = g.input;
        std::sort(sorted.from.begin(), sorted.from.end(), by_code);
        std::sort(sorted.to.begin(), sorted.to.end(), by_code);
        CompareScoreInput shuffled = g.input;
        std::shuffle(shuffled.from.begin(), shuffled.from.end(), rng);
        std::shuffle(shuffled.to.begin(), shuffled.to.end(), rng);
        const ScoreComparison a = compare_score(sorted);
        const ScoreComparison b = compare_score(shuffled);
        INFO("round " << round);
        CHECK(a.n_paired == b.n_paired);
        CHECK(a.design == b.design);
        check_close(a.diff_mean, b.diff_mean);
        check_close(a.ci95_low, b.ci95_low);
        check_close(a.p_t, b.p_t);
        check_close(a.p_rank, b.p_rank);
        check_close(a.effect_size, b.effect_size);
        check_close(a.median_to, b.median_to);
    }
}
