// Reads the study file (docs/study.md): territories, roles, services and waves.
#pragma once

#include <string>

#include "sonda/model/study.hpp"

namespace sonda {

Study load_study_file(const std::string& path);  // throws InvalidInput with JSON paths
Study load_study_json(const std::string& json_text, const std::string& source);
std::string study_to_json(const Study& study);  // the study file format, pretty printed
// The recipe as the study file writes it, compact ("" when not declared),
// and back (InvalidInput with paths under $.respondent_code).
std::string respondent_code_to_json(const RespondentCodeRecipe& recipe);
RespondentCodeRecipe respondent_code_from_json(const std::string& json_text,
                                               const std::string& source);

}  // namespace sonda
