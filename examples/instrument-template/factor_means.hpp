// What the instrument adds to a report group beyond its score: the mean
// answer of each factor at both waves, and the weakest factor of each wave
// (where to work next). Means of fewer than min_cell answers are withheld
// (null), never shown: an extra obeys the same disclosure rule as the score.
//
// The JSON, one object per report group:
//   {"factors": [{"item": "trust", "label": "Trust", "mean_from": 2.67, "mean_to": 3.83}, ...],
//    "weakest_from": "resources", "weakest_to": "resources"}
#pragma once

#include <Poco/JSON/Object.h>

#include <vector>

#include "scale_definition.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/instrument.hpp"

namespace collaboration_factors {

Poco::JSON::Object::Ptr factor_means(const ScaleDefinition& scale,
                                     const std::vector<sonda::Response>& from,
                                     const std::vector<sonda::Response>& to,
                                     const sonda::CompareOptions& options);

}  // namespace collaboration_factors
