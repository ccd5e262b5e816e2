// Reading the keys the core item types share from an item's JSON definition
// into the Item model. These keys mean the same in every item type, a
// plugin's included (docs/forms.md): min, max, labels, choices, multiple,
// max_length, max_entries, rows, columns and cell. The item types then judge
// whether the values make sense for them (ItemType::check_definition).
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "definition_reader.hpp"
#include "sonda/model/form.hpp"

namespace sonda {

constexpr std::size_t kMaxTextLimit = 1000000;  // largest max_length / max_entries accepted

void read_item_keys(const Poco::JSON::Object& definition, const std::string& path,
                    DefinitionReader& reader, const std::vector<std::string>* languages,
                    Item& item);

// A list of {"value", "label"} (choices, matrix rows and columns): values
// unique, non-empty, without '|' or line breaks (they are CSV separators).
std::vector<Choice> read_choice_list(const Poco::JSON::Array& array, const std::string& path,
                                     DefinitionReader& reader,
                                     const std::vector<std::string>* languages);

}  // namespace sonda
