// Lists a form takes from the study instead of writing them out: an item key
// whose value is the string "$study.services" (a choice item's `choices`, a
// matrix's `rows`, any item type's list of {value, label} entries) stands for
// the services the study declares, each as {"value": id, "label": name}.
// Forms keep the reference as written (in their file and in the database) and
// are resolved each time they are loaded with the study, so a service added
// to the study appears in every form that asks for one.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/study.hpp"

namespace sonda::forms_detail {

inline constexpr const char* kStudyServices = "$study.services";

// Replaces every reference in the items of `root`, a freshly parsed form.
// Without a study, or with a study that declares no services, each
// reference is an issue at its path.
void resolve_study_references(const Poco::JSON::Object::Ptr& root, const Study* study,
                              const std::string& source, std::vector<Issue>& issues);

}  // namespace sonda::forms_detail
