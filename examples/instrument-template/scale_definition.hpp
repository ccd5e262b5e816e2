// What the instrument reads from its form file: the likert items it averages,
// each with the factor it measures; the scale they share; how many must be
// answered for a score; and the score bands. Keys the core does not know
// (`factor`, `min_answered`, `bands`) belong to the instrument, so it checks
// them itself, with the JSON path of every problem.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/plugin/instrument.hpp"

namespace collaboration_factors {

struct Factor {
    std::string item;            // the likert item that measures it
    sonda::LocalizedText label;  // the item's `factor`, e.g. {"it": "Fiducia", "en": "Trust"}
};

struct ScaleDefinition {
    std::vector<Factor> factors;
    double min = 1;  // the scale every item shares
    double max = 5;
    std::size_t min_answered = 1;    // answered items a score needs
    std::vector<sonda::Band> bands;  // low to high, covering min..max
};

// Appends every problem to `issues` (the form's file and a JSON path each);
// the result is then not to be used.
ScaleDefinition read_scale(const sonda::Form& form, std::vector<sonda::Issue>& issues);

}  // namespace collaboration_factors
