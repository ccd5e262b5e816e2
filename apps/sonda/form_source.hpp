// Where `sonda init`, `forms list|show` and `demo` find form files: --forms
// folders when given, else the form path (SONDA_FORMS_PATH, else this
// installation's share/sonda/forms: sonda/util/install_layout.hpp). Also turns a form into what the
// store keeps.
#pragma once

#include <string>
#include <vector>

#include "sonda/forms/form_loader.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"
#include "sonda/store/store.hpp"

namespace sonda {
class Registry;
}

namespace sonda::cli {

std::vector<std::string> form_folders(const std::vector<std::string>& given);

// Every form in the folders; any bad file fails the lot (InvalidInput).
// `study` resolves what forms take from it ("$study.services"); without one,
// `without_study` says what such a form becomes (sonda/forms/form_loader.hpp).
std::vector<Form> load_forms(const std::vector<std::string>& folders, const Registry& registry,
                             const Study* study = nullptr,
                             WithoutStudy without_study = WithoutStudy::Refuse);

// True when the form's file takes a list from the study.
bool takes_study_lists(const Form& form);

// The record the store keeps: the form file exactly as it was validated.
FormRecord form_record(const Form& form);

}  // namespace sonda::cli
