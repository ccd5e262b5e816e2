#include "sonda/stats/score_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "respondent_index.hpp"
#include "sonda/error.hpp"
#include "sonda/stats/cronbach_alpha.hpp"
#include "sonda/stats/descriptives.hpp"
#include "sonda/stats/effect_size.hpp"
#include "sonda/stats/item_moments.hpp"
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

// One pass over a wave: is it sorted by code, and (meaningful only if so)
// which answered codes repeat.
bool scan_sorted(const std::vector<ScoreObservation>& wave, const std::string& score,
                 const char* wave_name, std::vector<Issue>& duplicates) {
    // Equal codes are adjacent in a sorted wave; one comparison per entry
    // tells both the order and whether a run of one code has two answers.
    bool run_answered = false;
    for (std::size_t i = 0; i < wave.size(); ++i) {
        const ScoreObservation& o = wave[i];
        const int order = i == 0 ? 1 : o.respondent.compare(wave[i - 1].respondent);
        if (order < 0) return false;
        if (order > 0) run_answered = false;
        if (!answered(o) || o.respondent.empty()) continue;
        if (run_answered) duplicates.push_back(answered_twice(score, wave_name, o));
        run_answered = true;
    }
    return true;
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
void pair_sorted(const CompareScoreInput& in, Paired& out) {
    std::size_t i = 0;
    for (const ScoreObservation& o : in.to) {
        if (!answered(o) || o.respondent.empty()) continue;
        int order = -1;
        while (i < in.from.size() && (order = in.from[i].respondent.compare(o.respondent)) < 0) ++i;
        if (i == in.from.size() || order > 0) continue;
        // Same code: skip unanswered entries of it to reach the answered one.
        std::size_t k = i;
        while (k < in.from.size() && !answered(in.from[k]) && in.from[k].respondent == o.respondent)
            ++k;
        if (k < in.from.size() && answered(in.from[k]) && in.from[k].respondent == o.respondent) {
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
    std::vector<Issue> duplicates;
    if (scan_sorted(in.from, in.score, "from", duplicates) &&
        scan_sorted(in.to, in.score, "to", duplicates)) {
        issues.insert(issues.end(), duplicates.begin(), duplicates.end());
        pair_sorted(in, out);
    } else {
        pair_hashed(in, out, issues);
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return out;
}

void set_if_finite(std::optional<double>& target, std::optional<double> value) {
    if (value && std::isfinite(*value)) target = value;
}

// Coded respondents: the first wave's values by code in one flat array.
Paired pair_coded(const CodedScoreInput& in) {
    if (in.from_respondents.size() != in.from_values.size() ||
        in.to_respondents.size() != in.to_values.size())
        throw InvalidInput(Location{"", 0, "", in.score},
                           "respondent codes and values differ in length");
    Paired out;
    std::vector<Issue> issues;
    const auto name = [&](std::uint32_t code) {
        return in.respondent_name ? in.respondent_name(code) : "#" + std::to_string(code);
    };
    const auto check = [&](std::uint32_t code, double value, const char* wave_name) {
        if (code != CodedScoreInput::kAnonymous && code >= in.respondent_count)
            throw InvalidInput(
                Location{"", 0, "", in.score},
                "respondent code " + std::to_string(code) + " is outside the coded range");
        if (!std::isfinite(value))
            issues.push_back(infinite_value(in.score, wave_name, {name(code), value}));
        return std::isfinite(value);
    };
    constexpr double kAbsent = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> from_of(in.respondent_count, kAbsent);
    out.from.reserve(in.from_values.size());
    for (std::size_t i = 0; i < in.from_values.size(); ++i) {
        const double value = in.from_values[i];
        const std::uint32_t code = in.from_respondents[i];
        if (std::isnan(value) || !check(code, value, "from")) continue;
        out.from.push_back(value);
        if (code == CodedScoreInput::kAnonymous) continue;
        if (!std::isnan(from_of[code]))
            issues.push_back(answered_twice(in.score, "from", {name(code), value}));
        from_of[code] = value;
    }
    std::vector<bool> seen_to(in.respondent_count, false);
    out.to.reserve(in.to_values.size());
    for (std::size_t i = 0; i < in.to_values.size(); ++i) {
        const double value = in.to_values[i];
        const std::uint32_t code = in.to_respondents[i];
        if (std::isnan(value) || !check(code, value, "to")) continue;
        out.to.push_back(value);
        if (code == CodedScoreInput::kAnonymous) continue;
        if (seen_to[code]) issues.push_back(answered_twice(in.score, "to", {name(code), value}));
        seen_to[code] = true;
        if (!std::isnan(from_of[code])) {
            out.pair_from.push_back(from_of[code]);
            out.pair_to.push_back(value);
        }
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return out;
}

ScoreComparison compare_paired(const std::string& score, const Paired& data,
                               std::optional<double> alpha_from, std::optional<double> alpha_to) {
    ScoreComparison out;
    out.score = score;
    const std::vector<double>& pair_from = data.pair_from;
    const std::vector<double>& pair_to = data.pair_to;

    // Each sample is summarised once; the tests and effect sizes reuse it.
    const SampleSummary s_from = summarize(data.from);
    const SampleSummary s_to = summarize(data.to);
    out.n_from = s_from.n;
    out.n_to = s_to.n;
    if (s_from.n > 0) {
        out.mean_from = s_from.mean;
        out.median_from = median_of(data.from);
    }
    if (s_to.n > 0) {
        out.mean_to = s_to.mean;
        out.median_to = median_of(data.to);
    }
    if (s_from.n > 1) out.sd_from = std::sqrt(s_from.variance);
    if (s_to.n > 1) out.sd_to = std::sqrt(s_to.variance);
    if (out.mean_from && out.mean_to) out.delta = *out.mean_to - *out.mean_from;

    out.n_paired = static_cast<long long>(pair_to.size());

    if (out.n_paired >= 2) {
        out.design = Design::Paired;
        out.effect_size_kind = "cohen_dz";
        std::vector<double> differences(pair_to.size());
        for (std::size_t i = 0; i < pair_to.size(); ++i) differences[i] = pair_to[i] - pair_from[i];
        const SampleSummary s_diff = summarize(differences);
        const TTestResult t = one_sample_t_test(s_diff);
        set_if_finite(out.diff_mean, t.estimate);
        set_if_finite(out.ci95_low, t.ci_low);
        set_if_finite(out.ci95_high, t.ci_high);
        set_if_finite(out.p_t, t.p_value);
        set_if_finite(out.p_rank, wilcoxon_signed_rank_test(differences).p_value);
        set_if_finite(out.effect_size, cohen_dz(s_diff));
    } else {
        out.design = Design::Independent;
        out.effect_size_kind = "hedges_g";
        out.diff_mean = out.delta;
        const TTestResult t = welch_t_test(s_to, s_from);
        set_if_finite(out.ci95_low, t.ci_low);
        set_if_finite(out.ci95_high, t.ci_high);
        set_if_finite(out.p_t, t.p_value);
        set_if_finite(out.p_rank, wilcoxon_rank_sum_test(data.to, data.from).p_value);
        set_if_finite(out.effect_size, hedges_g(s_to, s_from));
    }

    set_if_finite(out.alpha_from, alpha_from);
    set_if_finite(out.alpha_to, alpha_to);

    if (out.design == Design::Paired) {
        const ReliableChange rc = reliable_change(pair_from, pair_to, out.sd_from, out.alpha_from);
        set_if_finite(out.rci_improved_share, rc.improved_share);
        set_if_finite(out.rci_worsened_share, rc.worsened_share);
    }
    return out;
}

}  // namespace

ScoreComparison compare_score(const CompareScoreInput& input) {
    return compare_paired(input.score, pair_waves(input), cronbach_alpha(input.items_from).alpha,
                          cronbach_alpha(input.items_to).alpha);
}

ScoreComparison compare_score(const CodedScoreInput& input) {
    const auto alpha = [](const ItemMoments* moments) {
        return moments ? moments->alpha().alpha : std::nullopt;
    };
    return compare_paired(input.score, pair_coded(input), alpha(input.items_from),
                          alpha(input.items_to));
}

}  // namespace sonda
