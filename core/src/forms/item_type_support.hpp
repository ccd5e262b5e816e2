// What the core item types share: how an answer issue and a CSV cell error
// are worded and located, and the list of core types a matrix cell may use.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/model/form.hpp"
#include "sonda/plugin/item_type.hpp"

namespace sonda {

// An issue about the answer to `item`, at $.answers.<item><below>.
void add_answer_issue(std::vector<Issue>& issues, const Item& item, std::string reason,
                      const std::string& below = "");

// A CSV cell that cannot become an answer to `item` (the caller adds file, line, column).
[[noreturn]] void throw_cell_error(const Item& item, const std::string& reason);

// Whether the item's JSON definition has `key` (null counts as absent).
bool definition_has(const Item& item, const std::string& key);

// The value of a choice list whose label, in any language, is `text` (ASCII
// letters compared without case); empty when none. Throws a cell error when
// labels of two different values match.
std::string value_of_label(const Item& item, const std::vector<Choice>& choices,
                           const std::string& text);

// Checks one text (a text answer, an entry of a text list): no control
// characters, at most item.max_length characters. Returns false on an issue.
bool check_text_value(const Item& item, const std::string& text, const std::string& below,
                      std::vector<Issue>& issues);

std::unique_ptr<ItemType> make_likert_item_type();
std::unique_ptr<ItemType> make_choice_item_type();
std::unique_ptr<ItemType> make_number_item_type();
std::unique_ptr<ItemType> make_text_item_type();
std::unique_ptr<ItemType> make_text_list_item_type();
std::unique_ptr<ItemType> make_matrix_item_type();

}  // namespace sonda
