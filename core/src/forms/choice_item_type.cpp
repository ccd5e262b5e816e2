// choice: one of a list of values, or with `multiple` a set of them. Answers
// carry values, never labels: labels change with the language and with
// rewording, values stay.
#include <Poco/JSON/Array.h>

#include <algorithm>

#include "answer_values.hpp"
#include "item_type_support.hpp"
#include "json_path.hpp"

namespace sonda {

namespace {
std::vector<std::string> values_of(const Item& item) {
    std::vector<std::string> values;
    for (const Choice& choice : item.choices) values.push_back(choice.value);
    return values;
}

bool is_choice(const Item& item, const std::string& value) {
    return std::any_of(item.choices.begin(), item.choices.end(),
                       [&](const Choice& choice) { return choice.value == value; });
}

class ChoiceItemType final : public ItemType {
  public:
    std::string name() const override { return "choice"; }

    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override {
        // Bad entries were reported when the list was read; only absence is left.
        if (!definition_has(item, "choices"))
            issues.push_back(Issue{Location{"", 0, json_path_key(json_path, "choices"), ""},
                                   i18n::message("definition.choice.no_choices")});
    }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        if (!item.multiple) {
            if (!value.isString()) {
                add_answer_issue(issues, item,
                                 i18n::message("input.choice.not_value",
                                               join_names(values_of(item)), describe_value(value)));
                return;
            }
            check_value(item, value.extract<std::string>(), "", issues);
            return;
        }
        Poco::JSON::Array::Ptr array = as_array(value);
        if (!array) {
            add_answer_issue(issues, item,
                             i18n::message("input.choice.not_array", describe_value(value)));
            return;
        }
        std::vector<std::string> chosen;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
            const std::string below = "[" + std::to_string(i) + "]";
            if (!entry.isString()) {
                add_answer_issue(
                    issues, item,
                    i18n::message("input.choice.entry_not_string", describe_value(entry)), below);
                continue;
            }
            const std::string text = entry.extract<std::string>();
            if (std::find(chosen.begin(), chosen.end(), text) != chosen.end()) {
                add_answer_issue(issues, item, i18n::message("input.choice.twice", text), below);
                continue;
            }
            chosen.push_back(text);
            check_value(item, text, below, issues);
        }
    }

    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell, char) const override {
        const std::string text(trim(cell));
        if (text.empty()) return {};
        if (!item.multiple) return value_in_cell(item, text);
        Poco::JSON::Array::Ptr values = new Poco::JSON::Array;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t bar = text.find('|', start);
            if (bar == std::string::npos) bar = text.size();
            const std::string part(trim(std::string_view(text).substr(start, bar - start)));
            if (!part.empty()) values->add(value_in_cell(item, part));
            start = bar + 1;
        }
        if (values->size() == 0) return {};
        return values;
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value, char) const override {
        if (value.isEmpty()) return {};
        if (value.isString()) return value.extract<std::string>();
        Poco::JSON::Array::Ptr array = as_array(value);
        if (!array) return json_text(value);  // not a valid answer: shown as stored
        std::string out;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
            out += (i ? "|" : "") +
                   (entry.isString() ? entry.extract<std::string>() : json_text(entry));
        }
        return out;
    }

  private:
    static void check_value(const Item& item, const std::string& value, const std::string& below,
                            std::vector<Issue>& issues) {
        if (!is_choice(item, value))
            add_answer_issue(
                issues, item,
                i18n::message("input.choice.unknown", value, join_names(values_of(item))), below);
    }

    // A value as written, else the value whose label (in any language) is the text.
    static std::string value_in_cell(const Item& item, const std::string& text) {
        if (is_choice(item, text)) return text;
        std::string value = value_of_label(item, item.choices, text);
        if (value.empty())
            throw_cell_error(item,
                             i18n::message(item.multiple ? "input.choice.cell_unknown_multiple"
                                                         : "input.choice.cell_unknown",
                                           text, join_names(values_of(item))));
        return value;
    }
};
}  // namespace

std::unique_ptr<ItemType> make_choice_item_type() { return std::make_unique<ChoiceItemType>(); }

}  // namespace sonda
