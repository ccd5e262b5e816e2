// text: one free text, at most max_length characters (default 2000).
#include "answer_values.hpp"
#include "item_type_support.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

// Shared with text_list, which checks each of its entries the same way.
bool check_text_value(const Item& item, const std::string& text, const std::string& below,
                      std::vector<Issue>& issues) {
    // Free texts may span lines; nothing else that a terminal or a CSV reader
    // would act on (ESC, BEL, NUL, DEL, C1 controls) is accepted.
    if (const std::optional<std::string> problem =
            control_character_problem(text, TextKind::MultiLine)) {
        add_answer_issue(issues, item, *problem, below);
        return false;
    }
    const std::size_t length = utf8_length(text);
    if (length > item.max_length) {
        add_answer_issue(issues, item,
                         i18n::message("input.text.too_long", length, item.max_length), below);
        return false;
    }
    return true;
}

namespace {
class TextItemType final : public ItemType {
  public:
    std::string name() const override { return "text"; }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        if (!value.isString()) {
            add_answer_issue(issues, item,
                             i18n::message("input.text.not_string", describe_value(value)));
            return;
        }
        check_text_value(item, value.extract<std::string>(), "", issues);
    }

    Poco::Dynamic::Var parse_cell(const Item&, const std::string& cell, char) const override {
        if (trim(cell).empty()) return {};
        return cell;
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value, char) const override {
        if (value.isEmpty()) return {};
        if (value.isString()) return value.extract<std::string>();
        return json_text(value);  // not a valid answer: shown as stored
    }
};
}  // namespace

std::unique_ptr<ItemType> make_text_item_type() { return std::make_unique<TextItemType>(); }

}  // namespace sonda
