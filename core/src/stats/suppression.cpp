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

std::vector<bool> complete_suppression(const std::vector<long long>& counts,
                                       std::vector<bool> suppressed, int k, bool total_published) {
    check_k(k);
    if (suppressed.size() != counts.size())
        throw std::invalid_argument("complete_suppression: mask and counts differ in size");
    if (!total_published) return suppressed;
    while (true) {
        long long hidden_cells = 0, hidden_sum = 0;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (suppressed[i] && counts[i] > 0) {
                ++hidden_cells;
                hidden_sum += counts[i];
            }
        if (hidden_cells == 0) break;
        if (hidden_cells >= 2 && hidden_sum >= k) break;
        std::size_t smallest = counts.size();
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (!suppressed[i] && counts[i] > 0 &&
                (smallest == counts.size() || counts[i] < counts[smallest]))
                smallest = i;
        if (smallest == counts.size()) break;  // nothing left to hide behind
        suppressed[smallest] = true;
    }
    return suppressed;
}

std::vector<bool> cells_to_suppress(const std::vector<long long>& counts, int k,
                                    bool total_published) {
    check_k(k);
    std::vector<bool> suppressed(counts.size(), false);
    for (std::size_t i = 0; i < counts.size(); ++i) suppressed[i] = counts[i] > 0 && counts[i] < k;
    return complete_suppression(counts, std::move(suppressed), k, total_published);
}

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

std::vector<bool> comparisons_to_suppress(const std::vector<const ScoreComparison*>& siblings,
                                          int k, bool total_published) {
    check_k(k);
    std::vector<bool> suppressed(siblings.size(), false);
    for (std::size_t i = 0; i < siblings.size(); ++i)
        suppressed[i] = siblings[i]->suppressed || needs_suppression(*siblings[i], k);
    std::vector<long long> from(siblings.size()), to(siblings.size()), paired(siblings.size());
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        from[i] = siblings[i]->n_from;
        to[i] = siblings[i]->n_to;
        paired[i] = siblings[i]->n_paired;
    }
    // Hiding a group hides all its counts, so one dimension's complement can
    // expose another dimension: iterate to a fixed point (each round only adds).
    bool changed = true;
    while (changed) {
        const std::vector<bool> before = suppressed;
        for (const std::vector<long long>* counts : {&from, &to, &paired})
            suppressed = complete_suppression(*counts, std::move(suppressed), k, total_published);
        changed = suppressed != before;
    }
    return suppressed;
}

void apply_suppression(const std::vector<ScoreComparison*>& siblings, int k, bool total_published) {
    const std::vector<const ScoreComparison*> view(siblings.begin(), siblings.end());
    const std::vector<bool> chosen = comparisons_to_suppress(view, k, total_published);
    for (std::size_t i = 0; i < siblings.size(); ++i)
        if (chosen[i]) suppress(*siblings[i]);
}

}  // namespace sonda
