// The one reader of the band counts network-dimensions adds to a report
// group (its "dimensions" key: how many respondents each dimension's score
// put in each band, at each wave), for the report section. Lenient like
// map_change.hpp: anything not shaped as documented reads as absent, and a
// withheld count stays absent, never 0.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace sonda::network_dimensions {

struct BandCount {
    std::string band;   // its id
    std::string label;  // in the report's language; the id when the JSON has none
    std::optional<int> count;
};

struct DimensionBands {
    std::string id;
    std::string label;
    // Respondents with the dimension's score, and those without it.
    std::optional<int> n_from, n_to, missing_from, missing_to;
    std::vector<BandCount> from, to;  // in the form's band order
};

// In the JSON's order of dimensions; empty when the group has none.
std::vector<DimensionBands> read_dimension_bands(const Poco::JSON::Object::Ptr& extras);

}  // namespace sonda::network_dimensions
