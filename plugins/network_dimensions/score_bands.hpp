// Score bands (for example concern / borderline / strength) come from the form
// file's top-level `bands`, so each territory's evaluators set their own
// cut-offs without a rebuild. The bands partition the likert range: ordered low
// to high, each starting where the previous one ends, the first at the scale's
// minimum and the last at its maximum, so every score falls in exactly one band
// (from <= v < to, the last band including its `to`: Band::band_of).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::network_dimensions {

// The form's bands, or none when it declares none. Every problem is appended
// to `issues` with the form's file and the JSON path of the offending key; the
// returned bands are then not to be used. `scale_min/max` are the range of the
// dimension scores (absent when the form has no likert item: no range check).
std::vector<Band> read_score_bands(const Form& form, std::optional<double> scale_min,
                                   std::optional<double> scale_max, std::vector<Issue>& issues);

}  // namespace sonda::network_dimensions
