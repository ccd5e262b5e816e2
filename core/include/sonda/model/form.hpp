// A form is a versioned instrument definition, loaded from a JSON file in
// forms/ (see docs/forms.md). The core knows the generic item fields; keys that
// only a plugin understands (such as `dimension`) stay in `definition`.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/model/localized_text.hpp"

namespace sonda {

struct Choice {
    std::string value;
    LocalizedText label;
};

struct Item {
    std::string id;
    std::string type;  // likert, choice, number, text, text_list, matrix, or a plugin's type
    LocalizedText label;
    bool required = false;

    // likert: integer scale min..max with optional labels per point;
    // number: bounds (either may be absent).
    std::optional<double> min;
    std::optional<double> max;
    std::vector<Choice> scale;  // likert point labels, value = the point as text

    // choice: the allowed values; `multiple` for a set of them.
    std::vector<Choice> choices;
    bool multiple = false;

    // text, text_list: longest accepted text in characters; text_list: most entries.
    std::size_t max_length = 2000;
    std::size_t max_entries = 50;

    // matrix: rows x columns; each cell answered with `cell_type` (likert, choice or text).
    std::vector<Choice> rows;
    std::vector<Choice> columns;
    std::string cell_type;

    // The item's JSON definition as written, for plugin-specific keys.
    Poco::JSON::Object::Ptr definition;

    // Plugin-specific string key, e.g. definition["dimension"]; empty when absent.
    std::string attribute(const std::string& key) const;
};

struct Form {
    std::string id;
    int version = 0;
    LocalizedText title;
    LocalizedText description;
    std::string plugin;  // the instrument that scores it
    std::vector<Item> items;
    Poco::JSON::Object::Ptr definition;  // the whole file as written
    std::string source;                  // file it came from, for messages

    const Item* item(const std::string& id) const;
};

}  // namespace sonda
