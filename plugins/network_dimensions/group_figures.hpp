// Figures of a group of responses (one territory at one wave) that the wave
// change needs: band counts per dimension and the small-group rule.
//
// Privacy: a group smaller than min_cell is suppressed whole (with suppression
// on): a territory map or band count built from two or three respondents
// reads back as their individual answers. Inside a group that is shown, an
// actor's own figures (its rings, how many placed it) describe only those who
// placed it, so they follow the same rule: withheld when fewer than min_cell
// placed it (network_map_comparison.hpp).
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dimension_scoring.hpp"
#include "network_map.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::network_dimensions {

bool suppressed(std::size_t group_size, const CompareOptions& options);

// The k of the small-actor rule: min_cell with suppression on, 0 (every actor
// shown) with it off.
int small_actor_threshold(const CompareOptions& options);

// One dimension's band counts, one score at a time.
struct BandTally {
    std::vector<int> counts;  // per band of the layout
    int scored = 0;
    int missing = 0;

    // `banded` carries the layout's bands (the core's band rule is ScoreDefinition's).
    void add(const ScoreDefinition& banded, std::optional<double> score);
    // {"n": respondents with a score, "missing": without, "bands": [{"band", "label", "count"}]}
    Poco::JSON::Object::Ptr to_json(const DimensionLayout& layout,
                                    const std::string& language) const;
};

}  // namespace sonda::network_dimensions
