// What the host checks in an instrument's answers before anything uses them:
// its score definitions against the form (when the form is loaded), each
// response's scores against the definitions (when it is scored), and a
// comparison's JSON for numbers JSON cannot carry. A wrong answer is the
// plugin's bug; these say exactly what is wrong so its author can fix it.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::plugin_guard {

// Issues (at $.plugin of the form file) for definitions that no output could
// use: a score without a name or named twice, an item the form does not
// have, a range that is empty or not finite, bands without an id, empty,
// overlapping, out of order or outside the range. `who` names the plugin.
void check_score_definitions(const Form& form, const std::vector<ScoreDefinition>& definitions,
                             const std::string& who, std::vector<Issue>& issues);

// "" when `scores` holds one entry per definition (in any order, each name
// once), every value finite and inside its definition's declared range
// (beyond rounding); otherwise what is wrong, for a PluginFailure.
std::string score_result_problem(const std::vector<ScoreDefinition>& definitions,
                                 const std::vector<Score>& scores);

// "" when every number in `result` is finite; otherwise where the first
// NaN or infinity is ("nan at $.dimensions.sharing.mean"): JSON has no such
// numbers, and a report would print them as "nan".
std::string non_finite_problem(const Poco::JSON::Object::Ptr& result);

}  // namespace sonda::plugin_guard
