// Scoring of the four network dimensions. Each likert item of a
// network-dimensions form names its dimension (`"dimension": "sharing"`); the
// score of a dimension for one respondent is the mean of the answered items of
// that dimension, missing when fewer than half of them are answered (with 3
// items, 2 are needed; with 4, 2 suffice). A dimension without items is
// allowed: the form simply does not measure it, and its score is always
// missing. `text_list` items carry `dimension` and `facet` (strengths,
// weaknesses or objectives): the texts a territory writes for the dimension.
#pragma once

#include <Poco/JSON/Object.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::network_dimensions {

struct DimensionItems {
    std::string id;                                         // sharing, integration, ...
    std::vector<std::string> likert;                        // item ids, in form order
    std::map<std::string, std::vector<std::string>> texts;  // facet -> text_list item ids
};

// How a form's items map onto the dimensions. Always the four dimensions, in
// the canonical order, whatever the form's order.
struct DimensionLayout {
    std::array<DimensionItems, 4> dimensions;
    std::optional<double> scale_min;  // the likert range shared by every dimension item
    std::optional<double> scale_max;
    std::vector<Band> bands;

    const DimensionItems* dimension(const std::string& id) const;
};

// Reads the layout; every problem (missing or unknown dimension or facet, a
// dimension key on an item type that cannot have one, likert items on
// different ranges, bad bands) is appended to `issues` with the form's file,
// the item's JSON path and its id.
DimensionLayout read_dimension_layout(const Form& form, std::vector<Issue>& issues);

// As above for a form already checked: throws InvalidInput with every issue.
DimensionLayout dimension_layout(const Form& form);

// The score of one dimension for one respondent's answers; missing under the
// half-answered rule. An answer that is not a number throws InvalidInput
// naming the item (responses are validated before they are scored).
std::optional<double> dimension_score(const DimensionItems& dimension,
                                      const Poco::JSON::Object& answers);

}  // namespace sonda::network_dimensions
