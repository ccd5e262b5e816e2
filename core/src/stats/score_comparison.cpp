#include "sonda/stats/score_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "respondent_index.hpp"
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

Issue infinite_value(const std::string& score, const char* wave_name, const ScoreObservation& o) {
    return Issue{Location{"", 0, "", score}, std::string("wave '") + wave_name + "': respondent '" +
                                                 o.respondent + "' has an infinite score value"};
}

Issue answered_twice(const std::string& score, const char* wave_name, const ScoreObservation& o) {
    return Issue{Location{"", 0, "", score},
                 std::string("wave '") + wave_name + "': respondent '" + o.respondent +
                     "' answered more than once; keep one response per respondent and wave "
                     "before comparing"};
}

// The answered values of both waves and the pairs (respondents in both), in
// the order of the `to` wave. Codes are checked here because a duplicate
// would make pairing ambiguous.
struct Paired {
    std::vector<double> from, to;            // every answered value
    std::vector<double> pair_from, pair_to;  // the respondents who answered both
};

bool answered(const ScoreObservation& o) { return !std::isnan(o.value); }

bool sorted_by_code(const std::vector<ScoreObservation>& wave) {
    return std::is_sorted(wave.begin(), wave.end(),
                          [](const ScoreObservation& a, const ScoreObservation& b) {
                              return a.respondent < b.respondent;
                          });
}

std::vector<double> answered_values(const std::string& score, const char* wave_name,
                                    const std::vector<ScoreObservation>& wave,
                                    std::vector<Issue>& issues) {
    std::vector<double> values;
    values.reserve(wave.size());
    for (const ScoreObservation& o : wave) {
        if (!answered(o)) continue;  // score not computable for this respondent
        if (!std::isfinite(o.value))
            issues.push_back(infinite_value(score, wave_name, o));
        else
            values.push_back(o.value);
    }
    return values;
}

// Both waves sorted by code (a caller can ask its store for that order): one
// sequential merge, no hashing.
void pair_sorted(const CompareScoreInput& in, Paired& out, std::vector<Issue>& issues) {
    const auto check_duplicates = [&](const std::vector<ScoreObservation>& wave,
                                      const char* wave_name) {
        const ScoreObservation* previous = nullptr;
        for (const ScoreObservation& o : wave) {
            if (!answered(o) || o.respondent.empty()) continue;
            if (previous && previous->respondent == o.respondent)
                issues.push_back(answered_twice(in.score, wave_name, o));
            previous = &o;
        }
    };
    check_duplicates(in.from, "from");
    check_duplicates(in.to, "to");
    std::size_t i = 0;
    for (const ScoreObservation& o : in.to) {
        if (!answered(o) || o.respondent.empty()) continue;
        while (i < in.from.size() && in.from[i].respondent < o.respondent) ++i;
        // Skip unanswered entries of the same code to reach the answered one.
        std::size_t k = i;
        while (k < in.from.size() && in.from[k].respondent == o.respondent && !answered(in.from[k]))
            ++k;
        if (k < in.from.size() && in.from[k].respondent == o.respondent) {
            out.pair_from.push_back(in.from[k].value);
            out.pair_to.push_back(o.value);
        }
    }
}

// Any order: index the first wave's codes in a flat hash table.
void pair_hashed(const CompareScoreInput& in, Paired& out, std::vector<Issue>& issues) {
    if (in.from.size() >= detail::RespondentIndex::npos ||
        in.to.size() >= detail::RespondentIndex::npos)
        throw InvalidInput(Location{"", 0, "", in.score},
                           "too many observations in one wave to compare");
    const auto index_wave = [&](const std::vector<ScoreObservation>& wave, const char* wave_name) {
        detail::RespondentIndex index(wave.size());
        const auto code_at = [&](std::uint32_t i) -> std::string_view {
            return wave[i].respondent;
        };
        for (std::size_t i = 0; i < wave.size(); ++i) {
            const ScoreObservation& o = wave[i];
            if (!answered(o) || o.respondent.empty()) continue;  // anonymous: never paired
            if (index.insert(o.respondent, static_cast<std::uint32_t>(i), code_at) !=
                detail::RespondentIndex::npos)
                issues.push_back(answered_twice(in.score, wave_name, o));
        }
        return index;
    };
    const detail::RespondentIndex from = index_wave(in.from, "from");
    index_wave(in.to, "to");  // for its duplicate check only
    const auto from_code = [&](std::uint32_t i) -> std::string_view {
        return in.from[i].respondent;
    };
    for (const ScoreObservation& o : in.to) {
        if (!answered(o) || o.respondent.empty()) continue;
        const std::uint32_t match = from.find(o.respondent, from_code);
        if (match == detail::RespondentIndex::npos) continue;
        out.pair_from.push_back(in.from[match].value);
        out.pair_to.push_back(o.value);
    }
}

Paired pair_waves(const CompareScoreInput& in) {
    Paired out;
    std::vector<Issue> issues;
    out.from = answered_values(in.score, "from", in.from, issues);
    out.to = answered_values(in.score, "to", in.to, issues);
    if (sorted_by_code(in.from) && sorted_by_code(in.to))
        pair_sorted(in, out, issues);
    else
        pair_hashed(in, out, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return out;
}

void set_if_finite(std::optional<double>& target, std::optional<double> value) {
    if (value && std::isfinite(*value)) target = value;
}

}  // namespace

ScoreComparison compare_score(const CompareScoreInput& input) {
    ScoreComparison out;
    out.score = input.score;
    const Paired data = pair_waves(input);
    const std::vector<double>& pair_from = data.pair_from;
    const std::vector<double>& pair_to = data.pair_to;

    const Descriptives d_from = describe(data.from);
    const Descriptives d_to = describe(data.to);
    out.n_from = d_from.n;
    out.n_to = d_to.n;
    out.mean_from = d_from.mean;
    out.mean_to = d_to.mean;
    out.sd_from = d_from.sd;
    out.sd_to = d_to.sd;
    out.median_from = d_from.median;
    out.median_to = d_to.median;
    if (d_from.mean && d_to.mean) out.delta = *d_to.mean - *d_from.mean;

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
        const TTestResult t = welch_t_test(data.to, data.from);
        set_if_finite(out.ci95_low, t.ci_low);
        set_if_finite(out.ci95_high, t.ci_high);
        set_if_finite(out.p_t, t.p_value);
        set_if_finite(out.p_rank, wilcoxon_rank_sum_test(data.to, data.from).p_value);
        set_if_finite(out.effect_size, hedges_g(data.to, data.from));
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
