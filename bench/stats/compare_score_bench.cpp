// compare_score over a million responses, beside the cheapest possible
// baseline on the same data in the same run: one pass computing each group's
// mean (what a bare SQL GROUP BY average does). The report calls compare_score
// once per group and score, so the ratio is the price of honest statistics.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "sonda/stats/score_comparison.hpp"

namespace {

// `responses` answers split over `groups` groups and two waves; 60% of the
// second wave's respondents also answered the first (paired design).
// With `sorted`, each wave is ordered by respondent code, as a store can
// deliver it (compare_score then pairs by merging instead of hashing); else
// shuffled.
std::vector<sonda::CompareScoreInput> make_groups(long long responses, long long groups,
                                                  bool sorted) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> likert(4, 20);
    std::bernoulli_distribution returning(0.6);
    std::vector<sonda::CompareScoreInput> out(static_cast<std::size_t>(groups));
    const long long per_wave = responses / groups / 2;
    for (long long g = 0; g < groups; ++g) {
        sonda::CompareScoreInput& in = out[static_cast<std::size_t>(g)];
        in.score = "sharing";
        const std::string prefix = "T" + std::to_string(g) + ":";
        for (long long i = 0; i < per_wave; ++i)
            in.from.push_back({prefix + "r" + std::to_string(i), likert(rng) / 4.0});
        for (long long i = 0; i < per_wave; ++i)
            in.to.push_back(
                {prefix + (returning(rng) ? "r" : "n") + std::to_string(i), likert(rng) / 4.0});
        for (auto* wave : {&in.from, &in.to}) {
            if (sorted)
                std::sort(wave->begin(), wave->end(),
                          [](const auto& a, const auto& b) { return a.respondent < b.respondent; });
            else
                std::shuffle(wave->begin(), wave->end(), rng);
        }
    }
    return out;
}

void BM_GroupMeanBaseline(benchmark::State& state) {
    const auto groups = make_groups(state.range(0), state.range(1), state.range(2) != 0);
    for (auto _ : state) {
        double checksum = 0;
        for (const sonda::CompareScoreInput& in : groups) {
            double sum_from = 0, sum_to = 0;
            for (const sonda::ScoreObservation& o : in.from) sum_from += o.value;
            for (const sonda::ScoreObservation& o : in.to) sum_to += o.value;
            checksum += sum_to / static_cast<double>(in.to.size()) -
                        sum_from / static_cast<double>(in.from.size());
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_CompareScore(benchmark::State& state) {
    const auto groups = make_groups(state.range(0), state.range(1), state.range(2) != 0);
    for (auto _ : state) {
        for (const sonda::CompareScoreInput& in : groups) {
            sonda::ScoreComparison c = sonda::compare_score(in);
            benchmark::DoNotOptimize(c);
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// {responses, groups, sorted}: one big group, 20 territories, 10,000 groups
// of 100 (50 a wave: the normal approximation) and 25,000 of 40 (20 a wave:
// the exact tests, the costliest per observation); 100k for scale.
void sizes(benchmark::internal::Benchmark* b) {
    for (long long sorted : {0, 1}) {
        for (long long groups : {1, 20, 10000, 25000}) b->Args({1000000, groups, sorted});
        b->Args({100000, 20, sorted});
    }
    b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_GroupMeanBaseline)->Apply(sizes);
BENCHMARK(BM_CompareScore)->Apply(sizes);

}  // namespace

BENCHMARK_MAIN();
