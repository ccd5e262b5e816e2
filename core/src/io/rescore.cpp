#include "sonda/io/rescore.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "sonda/engine.hpp"
#include "sonda/plugin/plugin_failure.hpp"

namespace sonda {

namespace {

// How many values differ between two score sets, by name: a value that
// changed, appeared or disappeared (missing equals missing).
long long differing(const std::vector<Score>& before, const std::vector<Score>& after) {
    std::map<std::string, std::optional<double>> old_values, new_values;
    const auto known = [](const Score& score) {
        return score.value && std::isfinite(*score.value) ? score.value : std::nullopt;
    };
    for (const Score& score : before) old_values[score.name] = known(score);
    for (const Score& score : after) new_values[score.name] = known(score);
    long long count = 0;
    for (const auto& [name, value] : new_values) {
        const auto old = old_values.find(name);
        if (old == old_values.end() || old->second != value) ++count;
    }
    for (const auto& [name, value] : old_values)
        if (!new_values.count(name)) ++count;
    return count;
}

// The layout a score set is stored in: names in order.
bool same_layout(const std::vector<Score>& before, const std::vector<Score>& after) {
    return std::equal(before.begin(), before.end(), after.begin(), after.end(),
                      [](const Score& a, const Score& b) { return a.name == b.name; });
}

[[noreturn]] void nothing_changed(std::vector<Issue> issues, const std::string& form) {
    issues.push_back(Issue{Location{}, "form '" + form +
                                           "': nothing was rescored, every stored score is as "
                                           "it was"});
    throw InvalidInput(std::move(issues));
}

}  // namespace

RescoreSummary rescore_form(Project& project, const std::string& form_id, bool dry_run) {
    const Form& latest = project.form(form_id);
    project.instrument(latest);  // its plugin must be loaded
    RescoreSummary summary;
    summary.scorer = project.scorer(latest);
    Store& store = project.store();
    summary.replaced = store.other_scorers(form_id, summary.scorer);
    const std::unique_ptr<ScoreRewriter> rewriter = store.begin_rescore(form_id, summary.scorer);
    ResponseFilter filter;
    filter.form = form_id;
    filter.include_withdrawn = true;
    try {
        store.for_each_response(filter, [&](const StoredResponse& stored) {
            ++summary.responses;
            StoredResponse fresh;
            try {
                fresh = project.prepare(stored.response);
            } catch (const PluginFailure&) {
                throw;
            } catch (const InvalidInput& invalid) {
                std::vector<Issue> issues = invalid.issues();
                issues.push_back(
                    Issue{Location{"", 0, "", ""},
                          "stored response " + stored.response.id + " of form '" + form_id + "' v" +
                              std::to_string(stored.response.form_version) +
                              " no longer passes the checks of the loaded plugins (see above); "
                              "correct or withdraw it first"});
                throw InvalidInput(std::move(issues));
            }
            const long long changed = differing(stored.scores, fresh.scores);
            summary.changed_scores += changed;
            if (changed == 0 && same_layout(stored.scores, fresh.scores)) return;
            if (changed > 0) ++summary.changed_responses;
            rewriter->rewrite(fresh);
        });
    } catch (const PluginFailure& failure) {
        nothing_changed(failure.issues(), form_id);
    } catch (const InvalidInput& invalid) {
        nothing_changed(invalid.issues(), form_id);
    }
    if (!dry_run) rewriter->commit();  // otherwise rolled back when it goes
    return summary;
}

}  // namespace sonda
