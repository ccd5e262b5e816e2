// Data-entry widgets, one per item type, so an evaluator can type in a paper
// questionnaire through a form generated from the instrument's definition. The
// core item types have editors here; a plugin that adds an item type (the
// network map, the objective list) adds its editor from its panel module.
// Unknown types fall back to a JSON text field. Editors only edit: the entry is
// validated exactly as an import is (Project::prepare) before it is stored.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <memory>
#include <string>
#include <vector>

#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"

namespace sonda::gui {

struct EditContext {
    const Study& study;
    std::string language;
    // The form being entered, for labels kept at form level (e.g. the
    // objectives form's "statuses"); null when the host has none at hand.
    const Form* form = nullptr;
};

class ItemEditor {
  public:
    virtual ~ItemEditor() = default;
    virtual std::string type() const = 0;
    // Draws the widgets for one answer and edits `value` in place (an empty
    // Var means unanswered). Returns true when the value changed.
    virtual bool edit(const Item& item, Poco::Dynamic::Var& value,
                      const EditContext& context) const = 0;
};

// The editors of likert, choice, number, text, text_list and matrix items.
std::vector<std::unique_ptr<ItemEditor>> make_core_item_editors();

// The fallback for types without an editor: the answer as JSON text.
bool edit_as_json(const Item& item, Poco::Dynamic::Var& value, std::string& buffer,
                  std::string& error);

}  // namespace sonda::gui
