// Checks the wave, territory and role ids a user gave on the command line
// against the study, so a typo is an error listing the valid ids instead of
// an empty result.
#pragma once

#include <string>
#include <vector>

#include "sonda/model/study.hpp"

namespace sonda::cli {

// Throws InvalidInput naming the option, the unknown id and the valid ones.
void check_waves(const Study& study, const std::vector<std::string>& ids,
                 const std::string& option);
void check_territories(const Study& study, const std::vector<std::string>& ids,
                       const std::string& option);
void check_roles(const Study& study, const std::vector<std::string>& ids,
                 const std::string& option);

}  // namespace sonda::cli
