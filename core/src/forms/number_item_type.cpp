// number: any number, optionally bounded by min and max and restricted to
// whole numbers with "integer": true.
#include <cmath>

#include "answer_values.hpp"
#include "csv_number.hpp"
#include "item_type_support.hpp"
#include "json_path.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/json.hpp"

namespace sonda {

namespace {
bool wants_integer(const Item& item) {
    if (!item.definition || item.definition->isNull("integer")) return false;
    const Poco::Dynamic::Var flag = item.definition->get("integer");
    return flag.isBoolean() && flag.extract<bool>();
}

class NumberItemType final : public ItemType {
  public:
    std::string name() const override { return "number"; }

    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override {
        if (definition_has(item, "integer") && !item.definition->get("integer").isBoolean())
            issues.push_back(Issue{
                Location{"", 0, json_path_key(json_path, "integer"), ""},
                i18n::message("definition.wrong_type", i18n::message("definition.true_or_false"),
                              json_type_name(item.definition->get("integer")))});
        if (wants_integer(item)) {
            // Whole answers are compared exactly only within +-2^53 (doubles).
            for (const char* key : {"min", "max"}) {
                const std::optional<double>& bound =
                    std::string(key) == "min" ? item.min : item.max;
                if (bound && std::fabs(*bound) > static_cast<double>(kLargestExactInteger))
                    issues.push_back(
                        Issue{Location{"", 0, json_path_key(json_path, key), ""},
                              i18n::message("definition.number.whole_range", -kLargestExactInteger,
                                            kLargestExactInteger, i18n::message_number(*bound))});
            }
        }
        if (item.min && item.max && *item.min >= *item.max)
            issues.push_back(
                Issue{Location{"", 0, json_path_key(json_path, "max"), ""},
                      i18n::message("definition.max_not_above_min", i18n::message_number(*item.max),
                                    i18n::message_number(*item.min))});
    }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        const std::optional<double> number = number_value(value);
        if (!number) {
            add_answer_issue(issues, item,
                             i18n::message("input.number.not_number", describe_value(value)));
            return;
        }
        // An integer a double cannot hold exactly (past 2^53) would be
        // rounded wherever answers are read: refused, like any other wrap.
        if (value.isInteger() && !integral_value(value)) {
            add_answer_issue(issues, item,
                             i18n::message("input.number.not_exact", describe_value(value)));
            return;
        }
        if (wants_integer(item) && !integral_value(value)) {
            add_answer_issue(
                issues, item,
                i18n::message("input.number.not_whole", i18n::message_number(*number)));
            return;
        }
        if (item.min && *number < *item.min)
            add_answer_issue(issues, item,
                             i18n::message("input.number.below", i18n::message_number(*number),
                                           i18n::message_number(*item.min)));
        if (item.max && *number > *item.max)
            add_answer_issue(issues, item,
                             i18n::message("input.number.above", i18n::message_number(*number),
                                           i18n::message_number(*item.max)));
    }

    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell,
                                  char decimal) const override {
        if (trim(cell).empty()) return {};
        return parse_decimal_cell(item, cell, decimal);
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value,
                            char decimal) const override {
        if (value.isEmpty()) return {};
        if (const std::optional<long long> whole = integral_value(value))
            return std::to_string(*whole);
        if (const std::optional<double> number = number_value(value))
            return format_decimal(*number, decimal);
        return json_text(value);  // not a valid answer: shown as stored
    }
};
}  // namespace

std::unique_ptr<ItemType> make_number_item_type() { return std::make_unique<NumberItemType>(); }

}  // namespace sonda
