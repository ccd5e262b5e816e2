// Recomputing stored scores with the plugins loaded now (sonda rescore): after
// a plugin is fixed or upgraded, its forms' scores are what it computes today,
// not what an earlier version computed at import. All or nothing: one
// transaction on SQLite and PostgreSQL alike, and a plugin that fails on any
// response leaves every score as it was.
#pragma once

#include <string>
#include <vector>

#include "sonda/store/store.hpp"

namespace sonda {

class Project;

struct RescoreSummary {
    long long responses = 0;          // read (withdrawn ones too: their scores are kept)
    long long changed_responses = 0;  // whose score set changed
    long long changed_scores = 0;     // values that changed, appeared or disappeared
    Scorer scorer;                    // who computed them now
    std::vector<Scorer> replaced;     // who had computed some of them before
};

// Every stored response of form `form` (every version) scored again by its
// instrument, validated first as an import would. `dry_run`: count, then roll
// back. Throws PluginFailure naming the response a plugin failed on,
// InvalidInput for an unknown form or one whose plugin is not loaded or a
// stored response that is no longer valid, StorageError; nothing is changed
// then.
RescoreSummary rescore_form(Project& project, const std::string& form, bool dry_run);

}  // namespace sonda
