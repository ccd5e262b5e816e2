// Data entry of an objective_list answer: a territory team's objectives at one
// wave, typed in from the paper sheet. Objectives are added and removed, each
// with its id, title, dimension, owner, status, progress, optional target date
// and evidence. The editor shows, under each objective, the problems the
// objective_list item type itself finds (ObjectiveListType::validate_answer,
// the check an import runs), so a mistake is seen while typing, not only when
// saving; Project::prepare checks the whole response again on save.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/gui/item_editor.hpp"

namespace sonda::objectives::panels {

// A fresh objective to fill in: status planned, progress 0, the first
// dimension, and an id ("objective-N") not yet used in `existing`. Title and
// owner stay empty: the validation asks for them.
Poco::JSON::Object::Ptr new_objective(const Poco::JSON::Array& existing);

// The item type's own validation of `value` (an empty value: nothing to say).
std::vector<Issue> objective_list_issues(const Item& item, const Poco::Dynamic::Var& value);

// The issues of one answer sorted by the objective they are about (its
// 0-based index), -1 for the ones about the list as a whole.
std::map<int, std::vector<std::string>> issues_by_objective(const std::vector<Issue>& issues,
                                                            const std::string& item_id);

class ObjectiveListEditor : public gui::ItemEditor {
  public:
    std::string type() const override { return "objective_list"; }
    bool edit(const Item& item, Poco::Dynamic::Var& value,
              const gui::EditContext& context) const override;
};

}  // namespace sonda::objectives::panels
