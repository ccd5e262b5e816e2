#include "item_definition.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "answer_values.hpp"
#include "json_path.hpp"
#include "localized_text_json.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"

namespace sonda {

namespace {
using Need = DefinitionReader::Need;

constexpr std::size_t kMaxChoiceValueLength = 100;

void read_limit(const Poco::JSON::Object& definition, const std::string& key,
                const std::string& path, DefinitionReader& reader, std::size_t& field) {
    const std::optional<long long> limit = reader.integer(definition, key, path, Need::Optional);
    if (!limit) return;
    if (*limit < 1 || *limit > static_cast<long long>(kMaxTextLimit)) {
        reader.issue(json_path_key(path, key),
                     i18n::message("definition.limit_range", kMaxTextLimit, *limit));
        return;
    }
    field = static_cast<std::size_t>(*limit);
}

// Point labels of a likert scale: {"1": "never", "5": {"it": "sempre", "en": "always"}}.
std::vector<Choice> read_point_labels(const Poco::JSON::Object& labels, const std::string& path,
                                      DefinitionReader& reader,
                                      const std::vector<std::string>* languages) {
    std::vector<std::pair<long long, Choice>> points;
    std::vector<Choice> unordered;
    for (const auto& [point, label] : labels) {
        std::optional<LocalizedText> text =
            read_localized_text(label, json_path_key(path, point), reader, languages);
        if (!text) continue;
        long long number = 0;
        auto [end, error] = std::from_chars(point.data(), point.data() + point.size(), number);
        if (error == std::errc() && end == point.data() + point.size())
            points.emplace_back(number, Choice{point, std::move(*text)});
        else
            unordered.push_back(Choice{point, std::move(*text)});  // likert reports it
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Choice> scale;
    for (auto& [number, choice] : points) scale.push_back(std::move(choice));
    for (Choice& choice : unordered) scale.push_back(std::move(choice));
    return scale;
}

void read_shared_keys(const Poco::JSON::Object& definition, const std::string& path,
                      DefinitionReader& reader, const std::vector<std::string>* languages,
                      Item& item) {
    item.min = reader.number(definition, "min", path, Need::Optional);
    item.max = reader.number(definition, "max", path, Need::Optional);
    if (Poco::JSON::Object::Ptr labels = reader.object(definition, "labels", path, Need::Optional))
        item.scale = read_point_labels(*labels, json_path_key(path, "labels"), reader, languages);
    // The same labels as a list [{"value": "1", "label": ...}], the shape of Item::scale.
    if (Poco::JSON::Array::Ptr scale = reader.array(definition, "scale", path, Need::Optional)) {
        if (!definition.isNull("labels"))
            reader.issue(json_path_key(path, "scale"), i18n::message("definition.labels_twice"));
        else
            item.scale = read_choice_list(*scale, json_path_key(path, "scale"), reader, languages);
    }
    if (Poco::JSON::Array::Ptr choices = reader.array(definition, "choices", path, Need::Optional))
        item.choices =
            read_choice_list(*choices, json_path_key(path, "choices"), reader, languages);
    item.multiple = reader.boolean(definition, "multiple", path, Need::Optional).value_or(false);
    read_limit(definition, "max_length", path, reader, item.max_length);
    read_limit(definition, "max_entries", path, reader, item.max_entries);
}
}  // namespace

std::vector<Choice> read_choice_list(const Poco::JSON::Array& array, const std::string& path,
                                     DefinitionReader& reader,
                                     const std::vector<std::string>* languages) {
    std::vector<Choice> choices;
    std::map<std::string, std::size_t> seen;
    if (array.size() == 0) reader.issue(path, i18n::message("definition.no_choices"));
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string here = json_path_index(path, i);
        Poco::JSON::Object::Ptr entry = as_object(array.get(static_cast<unsigned>(i)));
        if (!entry) {
            reader.issue(here, i18n::message("definition.choice_not_object",
                                             json_type_name(array.get(static_cast<unsigned>(i)))));
            continue;
        }
        std::optional<std::string> value = reader.string(*entry, "value", here, Need::Required);
        std::optional<LocalizedText> label =
            read_localized_key(*entry, "label", here, reader, Need::Required, languages);
        if (!value) continue;
        const std::string value_path = json_path_key(here, "value");
        if (trim(*value).empty()) {
            reader.issue(value_path, i18n::message("definition.not_empty"));
            continue;
        }
        if (trim(*value).size() != value->size()) {
            reader.issue(value_path, i18n::message("definition.value_spaces", *value));
            continue;
        }
        if (value->find_first_of("|\r\n") != std::string::npos) {
            reader.issue(value_path, i18n::message("definition.value_separator", *value));
            continue;
        }
        if (utf8_length(*value) > kMaxChoiceValueLength) {
            reader.issue(value_path,
                         i18n::message("definition.value_too_long", kMaxChoiceValueLength));
            continue;
        }
        auto [previous, inserted] = seen.emplace(*value, i);
        if (!inserted) {
            reader.issue(value_path, i18n::message("definition.value_twice", *value,
                                                   json_path_index(path, previous->second)));
            continue;
        }
        if (label) choices.push_back(Choice{*value, std::move(*label)});
    }
    return choices;
}

void read_item_keys(const Poco::JSON::Object& definition, const std::string& path,
                    DefinitionReader& reader, const std::vector<std::string>* languages,
                    Item& item) {
    read_shared_keys(definition, path, reader, languages, item);
    if (Poco::JSON::Array::Ptr rows = reader.array(definition, "rows", path, Need::Optional))
        item.rows = read_choice_list(*rows, json_path_key(path, "rows"), reader, languages);
    if (Poco::JSON::Array::Ptr columns = reader.array(definition, "columns", path, Need::Optional))
        item.columns =
            read_choice_list(*columns, json_path_key(path, "columns"), reader, languages);
    // A matrix keeps its cells' keys in the item's own fields: they are the
    // only min/max/choices/... a matrix has (see form.hpp).
    // The flat alternative: "cell_type" with the cell's keys on the item itself.
    if (std::optional<std::string> cell_type =
            reader.string(definition, "cell_type", path, Need::Optional)) {
        if (!definition.isNull("cell"))
            reader.issue(json_path_key(path, "cell_type"), i18n::message("definition.cell_twice"));
        else
            item.cell_type = *cell_type;
    }
    if (Poco::JSON::Object::Ptr cell = reader.object(definition, "cell", path, Need::Optional)) {
        const std::string cell_path = json_path_key(path, "cell");
        item.cell_type = reader.string(*cell, "type", cell_path, Need::Required).value_or("");
        const Item defaults;
        item.min = item.max = std::nullopt;
        item.scale.clear();
        item.choices.clear();
        item.multiple = defaults.multiple;
        item.max_length = defaults.max_length;
        item.max_entries = defaults.max_entries;
        read_shared_keys(*cell, cell_path, reader, languages, item);
    }
}

}  // namespace sonda
