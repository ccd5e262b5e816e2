#include "item_type_support.hpp"

#include "json_path.hpp"

namespace sonda {

void add_answer_issue(std::vector<Issue>& issues, const Item& item, std::string reason,
                      const std::string& below) {
    issues.push_back(
        Issue{Location{"", 0, answer_path(item.id) + below, item.id}, std::move(reason)});
}

void throw_cell_error(const Item& item, const std::string& reason) {
    throw InvalidInput(Location{"", 0, "", item.id}, reason);
}

bool definition_has(const Item& item, const std::string& key) {
    return item.definition && !item.definition->isNull(key);
}

namespace {
bool same_ignoring_ascii_case(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
}  // namespace

std::string value_of_label(const Item& item, const std::vector<Choice>& choices,
                           const std::string& text) {
    std::string found;
    for (const Choice& choice : choices) {
        for (const auto& [language, label] : choice.label.all()) {
            if (!same_ignoring_ascii_case(label, text)) continue;
            if (!found.empty() && found != choice.value)
                throw_cell_error(item,
                                 i18n::message("input.label_twice", text, found, choice.value));
            found = choice.value;
        }
    }
    return found;
}

}  // namespace sonda
