#include "objectives_monitoring/objective_list_type.hpp"

#include "objectives_monitoring/objective.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::objectives {

void ObjectiveListType::check_definition(const Item& item, const std::string& json_path,
                                         std::vector<Issue>& issues) const {
    // Keys of other item types would be silently ignored here: say so instead.
    for (const char* key : {"rows", "columns", "cell_type", "choices", "scale", "min", "max"}) {
        if (item.definition && item.definition->has(key)) {
            Issue issue;
            issue.where.path = json_path + "." + key;
            issue.where.item = item.id;
            issue.reason = i18n::message("objectives-monitoring.input.foreign_key", key);
            issues.push_back(std::move(issue));
        }
    }
}

void ObjectiveListType::validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                                        std::vector<Issue>& issues) const {
    parse_objectives(value, item.id, ObjectiveLimits{item.max_entries, item.max_length}, issues);
}

}  // namespace sonda::objectives
