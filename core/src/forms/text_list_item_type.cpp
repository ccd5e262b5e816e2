// text_list: several short free texts, such as the strengths and weaknesses a
// team names. Each entry is one line.
#include <Poco/JSON/Array.h>

#include "answer_values.hpp"
#include "item_type_support.hpp"

namespace sonda {

namespace {
class TextListItemType final : public ItemType {
  public:
    std::string name() const override { return "text_list"; }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        Poco::JSON::Array::Ptr array = as_array(value);
        if (!array) {
            add_answer_issue(issues, item,
                             i18n::message("input.text_list.not_array", describe_value(value)));
            return;
        }
        if (array->size() > item.max_entries)
            add_answer_issue(
                issues, item,
                i18n::message("input.text_list.too_many", array->size(), item.max_entries));
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
            const std::string below = "[" + std::to_string(i) + "]";
            if (!entry.isString()) {
                add_answer_issue(issues, item,
                                 i18n::message("input.text.not_string", describe_value(entry)),
                                 below);
                continue;
            }
            const std::string text = entry.extract<std::string>();
            if (trim(text).empty()) {
                add_answer_issue(issues, item, i18n::message("input.text_list.empty_entry"), below);
                continue;
            }
            if (text.find_first_of("\r\n") != std::string::npos) {
                add_answer_issue(issues, item, i18n::message("input.text_list.line_break"), below);
                continue;
            }
            check_text_value(item, text, below, issues);
        }
    }

    // Entries are the lines of the cell (a spreadsheet's Alt+Enter); a cell
    // with a single line may separate them with '|' instead.
    Poco::Dynamic::Var parse_cell(const Item&, const std::string& cell, char) const override {
        const char separator = cell.find_first_of("\r\n") != std::string::npos ? '\n' : '|';
        Poco::JSON::Array::Ptr entries = new Poco::JSON::Array;
        std::size_t start = 0;
        while (start <= cell.size()) {
            std::size_t end = cell.find(separator, start);
            if (end == std::string::npos) end = cell.size();
            const std::string_view entry = trim(std::string_view(cell).substr(start, end - start));
            if (!entry.empty()) entries->add(std::string(entry));
            start = end + 1;
        }
        if (entries->size() == 0) return {};
        return entries;
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value, char) const override {
        if (value.isEmpty()) return {};
        Poco::JSON::Array::Ptr array = as_array(value);
        if (!array) return json_text(value);  // not a valid answer: shown as stored
        std::string out;
        bool has_bar = false;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
            const std::string text =
                entry.isString() ? entry.extract<std::string>() : json_text(entry);
            has_bar = has_bar || text.find('|') != std::string::npos;
            out += (i ? "\n" : "") + text;
        }
        // One entry containing '|' would read back as several: a line break
        // marks the cell as line-separated.
        if (array->size() == 1 && has_bar) out += '\n';
        return out;
    }
};
}  // namespace

std::unique_ptr<ItemType> make_text_list_item_type() {
    return std::make_unique<TextListItemType>();
}

}  // namespace sonda
