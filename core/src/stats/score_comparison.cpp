#include "sonda/stats/score_comparison.hpp"

#include <cmath>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/stats/cronbach_alpha.hpp"
#include "sonda/stats/descriptives.hpp"
#include "sonda/stats/effect_size.hpp"
#include "sonda/stats/reliable_change.hpp"
#include "sonda/stats/t_test.hpp"
#include "sonda/stats/wilcoxon_rank_sum.hpp"
#include "sonda/stats/wilcoxon_signed_rank.hpp"

namespace sonda {

namespace {

// The answered values of one wave, and an index from respondent code to value.
// Codes are checked here because a duplicate would make pairing ambiguous.
struct Wave {
    std::vector<double> values;
    std::unordered_map<std::string_view, double> by_respondent;
};

Wave read_wave(const std::string& score, const char* wave_name,
               const std::vector<ScoreObservation>& observations) {
    Wave wave;
    wave.values.reserve(observations.size());
    wave.by_respondent.reserve(observations.size());
    std::vector<Issue> issues;
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const ScoreObservation& o = observations[i];
        const auto where = [&] { return Location{"", 0, "", score}; };
        if (std::isnan(o.value)) continue;  // score not computable for this respondent
        if (!std::isfinite(o.value)) {
            issues.push_back(Issue{where(), std::string("wave '") + wave_name + "': respondent '" +
                                                o.respondent + "' has an infinite score value"});
            continue;
        }
        wave.values.push_back(o.value);
        if (o.respondent.empty()) continue;  // anonymous answers are never paired
        if (!wave.by_respondent.emplace(o.respondent, o.value).second)
            issues.push_back(Issue{where(), std::string("wave '") + wave_name + "': respondent '" +
                                                o.respondent +
                                                "' answered more than once; keep one response "
                                                "per respondent and wave before comparing"});
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return wave;
}

void set_if_finite(std::optional<double>& target, std::optional<double> value) {
    if (value && std::isfinite(*value)) target = value;
}

}  // namespace

ScoreComparison compare_score(const CompareScoreInput& input) {
    ScoreComparison out;
    out.score = input.score;
    const Wave from = read_wave(input.score, "from", input.from);
    const Wave to = read_wave(input.score, "to", input.to);

    const Descriptives d_from = describe(from.values);
    const Descriptives d_to = describe(to.values);
    out.n_from = d_from.n;
    out.n_to = d_to.n;
    out.mean_from = d_from.mean;
    out.mean_to = d_to.mean;
    out.sd_from = d_from.sd;
    out.sd_to = d_to.sd;
    out.median_from = d_from.median;
    out.median_to = d_to.median;
    if (d_from.mean && d_to.mean) out.delta = *d_to.mean - *d_from.mean;

    // Pairs in the order of the `to` wave, so the result does not depend on
    // hash order.
    std::vector<double> pair_from, pair_to;
    for (const ScoreObservation& o : input.to) {
        if (std::isnan(o.value) || o.respondent.empty()) continue;
        const auto match = from.by_respondent.find(o.respondent);
        if (match == from.by_respondent.end()) continue;
        pair_from.push_back(match->second);
        pair_to.push_back(o.value);
    }
    out.n_paired = static_cast<long long>(pair_to.size());

    if (out.n_paired >= 2) {
        out.design = Design::Paired;
        out.effect_size_kind = "cohen_dz";
        std::vector<double> differences(pair_to.size());
        for (std::size_t i = 0; i < pair_to.size(); ++i) differences[i] = pair_to[i] - pair_from[i];
        const TTestResult t = one_sample_t_test(differences);
        set_if_finite(out.diff_mean, t.estimate);
        set_if_finite(out.ci95_low, t.ci_low);
        set_if_finite(out.ci95_high, t.ci_high);
        set_if_finite(out.p_t, t.p_value);
        set_if_finite(out.p_rank, wilcoxon_signed_rank_test(differences).p_value);
        set_if_finite(out.effect_size, cohen_dz(differences));
    } else {
        out.design = Design::Independent;
        out.effect_size_kind = "hedges_g";
        out.diff_mean = out.delta;
        const TTestResult t = welch_t_test(to.values, from.values);
        set_if_finite(out.ci95_low, t.ci_low);
        set_if_finite(out.ci95_high, t.ci_high);
        set_if_finite(out.p_t, t.p_value);
        set_if_finite(out.p_rank, wilcoxon_rank_sum_test(to.values, from.values).p_value);
        set_if_finite(out.effect_size, hedges_g(to.values, from.values));
    }

    set_if_finite(out.alpha_from, cronbach_alpha(input.items_from).alpha);
    set_if_finite(out.alpha_to, cronbach_alpha(input.items_to).alpha);

    if (out.design == Design::Paired) {
        const ReliableChange rc = reliable_change(pair_from, pair_to, out.sd_from, out.alpha_from);
        set_if_finite(out.rci_improved_share, rc.improved_share);
        set_if_finite(out.rci_worsened_share, rc.worsened_share);
    }
    return out;
}

}  // namespace sonda
