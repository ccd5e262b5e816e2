// Lists a form takes from the study instead of writing them out: an item key
// whose value is the string "$study.services" (a choice item's `choices`, a
// matrix's `rows`, any item type's list of {value, label} entries) stands for
// the services the study declares, each as {"value": id, "label": name}; as
// an element of such a list it stands for them in its place, between the
// entries the form writes out itself.
// Forms keep the reference as written (in their file and in the database) and
// are resolved each time they are loaded with the study, so a service added
// to the study appears in every form that asks for one.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/model/study.hpp"

namespace sonda::forms_detail {

inline constexpr const char* kStudyServices = "$study.services";
// The value of the placeholder entry (an item value id, never a service's:
// the placeholder form is for reading, never for storing or answering).
inline constexpr const char* kPlaceholderValue = "study_services";

// Replaces every reference in the items of `root`, a freshly parsed form.
// A study that declares no services makes each reference an issue at its
// path; so does no study at all, unless `without_study` asks for a
// placeholder: one entry "(the study's services)", for showing the form.
// Returns how many placeholders stand in the form.
std::size_t resolve_study_references(const Poco::JSON::Object::Ptr& root, const Study* study,
                                     WithoutStudy without_study, const std::string& source,
                                     std::vector<Issue>& issues);

}  // namespace sonda::forms_detail
