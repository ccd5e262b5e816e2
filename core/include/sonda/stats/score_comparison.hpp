// The change of one score between two waves within one group, with the
// statistics an evaluator needs to judge it (docs/report.md). Computed by
// compare_score(); the CLI, the dashboard and later the server all read this,
// none of them computes statistics of its own.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sonda {

class ItemMoments;

// One respondent's value of a score at one wave. Respondents are matched
// across waves by `respondent` (the code; callers scope it to a territory).
struct ScoreObservation {
    std::string respondent;
    double value = 0;
};

// Item-level answers of one wave, for Cronbach's alpha: rows are respondents,
// columns the score's items; NaN marks an unanswered item (listwise deletion).
struct ItemMatrix {
    std::vector<std::vector<double>> rows;
};

enum class Design { Paired, Independent };

struct ScoreComparison {
    std::string score;
    long long n_from = 0;
    long long n_to = 0;
    long long n_paired = 0;
    Design design = Design::Independent;

    std::optional<double> mean_from, mean_to, sd_from, sd_to, median_from, median_to;
    std::optional<double> delta;      // mean_to - mean_from
    std::optional<double> diff_mean;  // paired: mean of (to - from); independent: delta
    std::optional<double> ci95_low, ci95_high;
    std::optional<double> p_t;     // paired or Welch t-test, as R's t.test
    std::optional<double> p_rank;  // signed-rank or rank-sum test, as R's wilcox.test
    std::optional<double> effect_size;
    std::string effect_size_kind;                // "cohen_dz" (paired) or "hedges_g" (independent)
    std::optional<double> alpha_from, alpha_to;  // Cronbach's alpha per wave

    // Reliable Change Index over the pairs (Jacobson & Truax, with alpha_from
    // as the reliability and sd_from as the baseline spread).
    std::optional<double> rci_improved_share, rci_worsened_share;

    bool suppressed = false;  // every figure withheld (small cell)
};

struct CompareScoreInput {
    std::string score;
    std::vector<ScoreObservation> from;
    std::vector<ScoreObservation> to;
    ItemMatrix items_from;  // may be empty: alpha then stays empty
    ItemMatrix items_to;
};

// The same comparison for large groups, as the report reads them from the
// store: respondents are dense codes below `respondent_count` (the caller
// scopes them, e.g. per territory), so pairing is an array lookup with no
// strings and no hashing. Values are aligned with the codes; NaN marks a
// score not computable for that respondent. kAnonymous is never paired.
struct CodedScoreInput {
    static constexpr std::uint32_t kAnonymous = UINT32_MAX;

    std::string score;
    std::span<const std::uint32_t> from_respondents, to_respondents;
    std::span<const double> from_values, to_values;
    std::uint32_t respondent_count = 0;
    // The code as written, for error messages only (a respondent answering twice).
    std::function<std::string(std::uint32_t)> respondent_name;
    // Alpha's sufficient statistics per wave, gathered by the caller as it
    // streams the responses; may be null: alpha then stays empty.
    const ItemMoments* items_from = nullptr;
    const ItemMoments* items_to = nullptr;
};

// Descriptives, design choice (paired when >= 2 respondents answered both
// waves), tests, effect size, alpha and RCI. No suppression here. Both inputs
// give the same figures for the same data.
ScoreComparison compare_score(const CompareScoreInput& input);
ScoreComparison compare_score(const CodedScoreInput& input);

}  // namespace sonda
