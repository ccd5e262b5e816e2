#include "sonda/stats/suppression.hpp"

#include <string>

#include "sonda/error.hpp"

namespace sonda {

namespace {

void check_k(int k) {
    if (k < 1)
        throw UsageError("minimum cell size (--min-cell) must be at least 1, got " +
                         std::to_string(k));
}

}  // namespace

bool needs_suppression(const ScoreComparison& c, int k) {
    check_k(k);
    const auto small = [k](long long n) { return n > 0 && n < k; };
    return small(c.n_from) || small(c.n_to) || (c.design == Design::Paired && c.n_paired < k);
}

void suppress(ScoreComparison& c) {
    for (std::optional<double>* figure :
         {&c.mean_from, &c.mean_to, &c.sd_from, &c.sd_to, &c.median_from, &c.median_to, &c.delta,
          &c.diff_mean, &c.ci95_low, &c.ci95_high, &c.p_t, &c.p_rank, &c.effect_size, &c.alpha_from,
          &c.alpha_to, &c.rci_improved_share, &c.rci_worsened_share})
        figure->reset();
    c.suppressed = true;
}

}  // namespace sonda
