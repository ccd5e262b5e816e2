// likert: a whole-number scale min..max (at most 11 points) with optional
// labels per point. The answer is the point.
#include <Poco/Types.h>

#include <charconv>
#include <cmath>

#include "answer_values.hpp"
#include "csv_number.hpp"
#include "item_type_support.hpp"
#include "json_path.hpp"
#include "sonda/util/checked_integer.hpp"

namespace sonda {

namespace {
constexpr long long kMaxPoints = 11;

// Never casts a double past the range of long long (2^63-1 printed negative).
std::string format_bound(double value) { return i18n::message_number(value); }

// "1 to 5", in the message language.
std::string scale_text(const Item& item) {
    return i18n::message("input.likert.scale", format_bound(item.min.value_or(0)),
                         format_bound(item.max.value_or(0)));
}

class LikertItemType final : public ItemType {
  public:
    std::string name() const override { return "likert"; }

    void check_definition(const Item& item, const std::string& json_path,
                          std::vector<Issue>& issues) const override {
        auto issue = [&](const std::string& key, std::string reason) {
            issues.push_back(
                Issue{Location{"", 0, json_path_key(json_path, key), ""}, std::move(reason)});
        };
        bool bounds_ok = true;
        for (const char* key : {"min", "max"}) {
            const std::optional<double>& bound = std::string(key) == "min" ? item.min : item.max;
            if (!bound) {
                // A bound of the wrong JSON type was reported when it was read.
                if (!definition_has(item, key))
                    issue(key, i18n::message("definition.likert.no_bound", key));
                bounds_ok = false;
            } else if (std::trunc(*bound) != *bound) {
                issue(key, i18n::message("definition.not_whole", i18n::message_number(*bound)));
                bounds_ok = false;
            } else if (std::fabs(*bound) > static_cast<double>(kLargestExactInteger)) {
                // Answers and bounds travel as doubles: past 2^53 two points
                // cannot be told apart, and past 2^63 converting wraps.
                issue(key, i18n::message("definition.likert.bound_range", -kLargestExactInteger,
                                         kLargestExactInteger, i18n::message_number(*bound)));
                bounds_ok = false;
            }
        }
        if (!bounds_ok) return;
        const long long min = static_cast<long long>(*item.min);
        const long long max = static_cast<long long>(*item.max);
        if (min >= max) {
            issue("max", i18n::message("definition.max_not_above_min", std::to_string(max),
                                       std::to_string(min)));
            return;
        }
        if (max - min + 1 > kMaxPoints) {
            issue("max", i18n::message("definition.likert.too_many_points", kMaxPoints, min, max,
                                       max - min + 1));
            return;
        }
        std::vector<long long> labelled;
        const bool as_list = definition_has(item, "scale");
        for (std::size_t i = 0; i < item.scale.size(); ++i) {
            const Choice& point = item.scale[i];
            const std::string here =
                as_list
                    ? json_path_key(json_path_index(json_path_key(json_path, "scale"), i), "value")
                    : json_path_key(json_path_key(json_path, "labels"), point.value);
            long long number = 0;
            auto [end, error] = std::from_chars(point.value.data(),
                                                point.value.data() + point.value.size(), number);
            if (error != std::errc() || end != point.value.data() + point.value.size()) {
                issues.push_back(
                    Issue{Location{"", 0, here, ""},
                          i18n::message("definition.likert.not_point", point.value, min, max)});
            } else if (number < min || number > max) {
                issues.push_back(
                    Issue{Location{"", 0, here, ""},
                          i18n::message("definition.likert.point_outside", point.value, min, max)});
            } else if (std::find(labelled.begin(), labelled.end(), number) != labelled.end()) {
                issues.push_back(Issue{Location{"", 0, here, ""},
                                       i18n::message("definition.likert.labelled_twice", number)});
            } else {
                labelled.push_back(number);
            }
        }
    }

    void validate_answer(const Item& item, const Poco::Dynamic::Var& value,
                         std::vector<Issue>& issues) const override {
        // The scale is worded only for a message: an import checks millions of answers.
        const std::optional<long long> point = integral_value(value);
        if (!point) {
            add_answer_issue(
                issues, item,
                i18n::message("input.likert.not_whole", scale_text(item), describe_value(value)));
            return;
        }
        if ((item.min && *point < *item.min) || (item.max && *point > *item.max))
            add_answer_issue(issues, item,
                             i18n::message("input.likert.outside", *point, scale_text(item)));
    }

    Poco::Dynamic::Var parse_cell(const Item& item, const std::string& cell,
                                  char decimal) const override {
        const std::string text(trim(cell));
        if (text.empty()) return {};
        Poco::Dynamic::Var number;
        try {
            number = parse_decimal_cell(item, text, decimal);
        } catch (const InvalidInput&) {
            // Not a number: perhaps the label of a point, as a printed form shows it.
            const std::string point = value_of_label(item, item.scale, text);
            if (point.empty())
                throw_cell_error(item,
                                 i18n::message("input.likert.not_point", text, scale_text(item)));
            // The form's check made every labelled point a whole number of the
            // scale; from_chars, unlike stoll, cannot throw if one is not.
            long long whole = 0;
            const auto [end, error] =
                std::from_chars(point.data(), point.data() + point.size(), whole);
            if (error != std::errc() || end != point.data() + point.size())
                throw_cell_error(item,
                                 i18n::message("input.likert.not_point", text, scale_text(item)));
            return static_cast<Poco::Int64>(whole);
        }
        const std::optional<long long> point = integral_value(number);
        if (!point)
            throw_cell_error(item,
                             i18n::message("input.likert.not_whole_point", text, scale_text(item)));
        return static_cast<Poco::Int64>(*point);
    }

    std::string format_cell(const Item&, const Poco::Dynamic::Var& value, char) const override {
        if (value.isEmpty()) return {};
        if (const std::optional<long long> point = integral_value(value))
            return std::to_string(*point);
        return json_text(value);  // not a valid answer: shown as stored
    }
};
}  // namespace

std::unique_ptr<ItemType> make_likert_item_type() { return std::make_unique<LikertItemType>(); }

}  // namespace sonda
