// Reliable Change Index (Jacobson & Truax 1991): is one respondent's change
// larger than what measurement error alone would produce? With the baseline
// spread sd_from and the reliability r (Cronbach's alpha of the first wave),
// SE = sd_from * sqrt(1 - r), S_diff = sqrt(2) * SE and RCI = (to - from) /
// S_diff. |RCI| > 1.96 is a reliable change. "Improved" means the score went
// up: sonda's scores are oriented so that higher is better.
#pragma once

#include <optional>
#include <span>

namespace sonda {

struct ReliableChange {
    long long pairs = 0;
    long long improved = 0;                                // RCI > 1.96
    long long worsened = 0;                                // RCI < -1.96
    std::optional<double> improved_share, worsened_share;  // of pairs
    std::optional<double> s_diff;
};

inline constexpr double kReliableChangeCritical = 1.96;

// Empty shares when there are no pairs, sd_from or the reliability is missing,
// sd_from <= 0, or the reliability is not in (0, 1): a reliability of 1 makes
// every change "reliable", and a non-positive alpha means the items do not
// measure one thing, so the index would be meaningless.
ReliableChange reliable_change(std::span<const double> from, std::span<const double> to,
                               std::optional<double> sd_from, std::optional<double> reliability);

}  // namespace sonda
