// Reading `$.scores` of a declarative form. Checks follow the order a score
// is written in: its own keys first, then what builds on its items (reversed
// items, the minimum answered, the range, the bands), skipped when the items
// themselves are wrong so one typo does not bury the file in issues.
#include <algorithm>
#include <map>

#include "../forms/answer_values.hpp"
#include "../forms/identifiers.hpp"
#include "../forms/json_path.hpp"
#include "../forms/localized_text_json.hpp"
#include "recipe_bands.hpp"
#include "score_recipe.hpp"
#include "sonda/util/json.hpp"

namespace sonda::declarative {

namespace {

using Need = DefinitionReader::Need;

const std::vector<std::string> kScoreKeys{"id",  "label", "method",       "items",       "reverse",
                                          "min", "max",   "min_answered", "improvement", "bands"};

std::vector<std::string> declared_languages(const Form& form) {
    std::vector<std::string> languages;
    const Poco::JSON::Array::Ptr array =
        form.definition ? as_array(form.definition->get("languages")) : nullptr;
    for (std::size_t i = 0; array && i < array->size(); ++i)
        if (array->get(static_cast<unsigned>(i)).isString())
            languages.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return languages;
}

std::string item_ids(const Form& form) {
    std::vector<std::string> ids;
    for (const Item& item : form.items) ids.push_back(item.id);
    return join_names(ids, 30);
}

std::string scale_text(const RecipeItem& item) {
    return number_text(*item.min) + ".." + number_text(*item.max);
}

class RecipeReader {
  public:
    RecipeReader(const Form& form, std::vector<Issue>& issues)
        : m_form(form),
          m_issues(issues),
          m_reader(form.source, issues),
          m_languages(declared_languages(form)) {}

    std::vector<ScoreRecipe> read() {
        const std::size_t before = m_issues.size();
        if (!m_form.definition || m_form.definition->isNull("scores")) {
            m_reader.issue("$.scores", say("no_scores"));
            return {};
        }
        m_shared_declared = !m_form.definition->isNull("bands");
        if (m_shared_declared)
            m_shared_bands =
                read_bands(m_form.definition->get("bands"), "$.bands", m_reader, languages());
        const Poco::JSON::Array::Ptr array =
            m_reader.array(*m_form.definition, "scores", "$", Need::Required);
        if (!array) return {};
        if (array->size() == 0) m_reader.issue("$.scores", say("scores_empty"));
        std::vector<ScoreRecipe> recipes;
        for (std::size_t i = 0; i < array->size(); ++i)
            if (auto recipe = read_score(array->get(static_cast<unsigned>(i)),
                                         json_path_index("$.scores", i)))
                recipes.push_back(std::move(*recipe));
        if (m_shared_declared && m_shared_users == 0 && array->size() > 0)
            m_reader.issue("$.bands", say("shared_bands_unused"));
        if (m_issues.size() != before) return {};
        return recipes;
    }

  private:
    const std::vector<std::string>* languages() const {
        return m_languages.empty() ? nullptr : &m_languages;
    }

    std::optional<ScoreRecipe> read_score(const Poco::Dynamic::Var& value,
                                          const std::string& path) {
        const Poco::JSON::Object::Ptr object = as_object(value);
        if (!object) {
            m_reader.issue(path, say("score_not_object", json_type_name(value)));
            return std::nullopt;
        }
        const std::size_t before = m_issues.size();
        m_reader.reject_unknown_keys(*object, path, kScoreKeys);
        ScoreRecipe recipe;
        read_identity(*object, path, recipe);
        if (read_items(*object, path, recipe)) {
            read_reverse(*object, path, recipe);
            read_min_answered(*object, path, recipe);
            if (read_range(*object, path, recipe)) read_score_bands(*object, path, recipe);
        }
        if (m_issues.size() != before) return std::nullopt;
        return recipe;
    }

    // id, label, method and improvement: what does not depend on the items.
    void read_identity(const Poco::JSON::Object& object, const std::string& path,
                       ScoreRecipe& recipe) {
        if (const auto id = m_reader.string(object, "id", path, Need::Required)) {
            if (!is_item_id(*id)) {
                m_reader.issue(json_path_key(path, "id"), say("score_id", *id));
            } else if (auto [previous, added] = m_score_paths.emplace(*id, path); !added) {
                m_reader.issue(json_path_key(path, "id"),
                               say("score_twice", *id, previous->second));
            }
            recipe.definition.name = *id;
        }
        if (auto label =
                read_localized_key(object, "label", path, m_reader, Need::Required, languages()))
            recipe.definition.label = std::move(*label);
        if (const auto method = m_reader.string(object, "method", path, Need::Required)) {
            if (*method == "mean")
                recipe.method = Method::Mean;
            else if (*method == "sum")
                recipe.method = Method::Sum;
            else
                m_reader.issue(json_path_key(path, "method"), say("method_unknown", *method));
        }
        if (const auto improvement = m_reader.string(object, "improvement", path, Need::Required)) {
            if (*improvement == "higher")
                recipe.definition.improvement = Improvement::Higher;
            else if (*improvement == "lower")
                recipe.definition.improvement = Improvement::Lower;
            else if (*improvement == "neither")
                recipe.definition.improvement = Improvement::Neither;
            else
                m_reader.issue(json_path_key(path, "improvement"),
                               say("improvement_unknown", *improvement));
        }
    }

    bool read_items(const Poco::JSON::Object& object, const std::string& path,
                    ScoreRecipe& recipe) {
        const Poco::JSON::Array::Ptr array = m_reader.array(object, "items", path, Need::Required);
        if (!array) return false;
        const std::string items_path = json_path_key(path, "items");
        if (array->size() == 0) {
            m_reader.issue(items_path, say("items_empty"));
            return false;
        }
        bool usable = true;
        for (std::size_t j = 0; j < array->size(); ++j) {
            const std::string here = json_path_index(items_path, j);
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(j));
            if (!entry.isString()) {
                m_reader.issue(here, say("item_not_id", json_type_name(entry)));
                usable = false;
                continue;
            }
            const std::string id = entry.extract<std::string>();
            const Item* item = m_form.item(id);
            if (!item) {
                m_reader.issue(here, say("item_unknown", id, item_ids(m_form)));
                usable = false;
            } else if (item->type != "likert" && item->type != "number") {
                m_reader.issue(here, say("item_not_numeric", id, item->type));
                usable = false;
            } else if (std::any_of(recipe.items.begin(), recipe.items.end(),
                                   [&](const RecipeItem& seen) { return seen.id == id; })) {
                m_reader.issue(here, say("item_twice", id));
                usable = false;
            } else {
                recipe.items.push_back(RecipeItem{id, item->min, item->max, false});
                recipe.definition.items.push_back(id);
            }
        }
        return usable;
    }

    void read_reverse(const Poco::JSON::Object& object, const std::string& path,
                      ScoreRecipe& recipe) {
        const Poco::JSON::Array::Ptr array =
            m_reader.array(object, "reverse", path, Need::Optional);
        if (!array) return;
        const std::string reverse_path = json_path_key(path, "reverse");
        for (std::size_t j = 0; j < array->size(); ++j) {
            const std::string here = json_path_index(reverse_path, j);
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(j));
            if (!entry.isString()) {
                m_reader.issue(here, say("item_not_id", json_type_name(entry)));
                continue;
            }
            const std::string id = entry.extract<std::string>();
            const auto item =
                std::find_if(recipe.items.begin(), recipe.items.end(),
                             [&](const RecipeItem& candidate) { return candidate.id == id; });
            if (item == recipe.items.end()) {
                m_reader.issue(here, m_form.item(id) ? say("reversed_not_in_score", id)
                                                     : say("item_unknown", id, item_ids(m_form)));
            } else if (item->reversed) {
                m_reader.issue(here, say("item_twice", id));
            } else if (!item->min || !item->max) {
                m_reader.issue(here, say("reversed_no_range", id));
            } else {
                item->reversed = true;
                recipe.definition.reversed_items.push_back(id);
            }
        }
    }

    void read_min_answered(const Poco::JSON::Object& object, const std::string& path,
                           ScoreRecipe& recipe) {
        const std::size_t count = recipe.items.size();
        recipe.min_answered = count;
        const std::string here = json_path_key(path, "min_answered");
        if (const auto value = m_reader.integer(object, "min_answered", path, Need::Optional)) {
            if (*value < 1) {
                m_reader.issue(here, say("min_answered_low", static_cast<long long>(*value)));
                return;
            }
            if (static_cast<unsigned long long>(*value) > count) {
                m_reader.issue(here, i18n::message(i18n::plural_key(kSay + "min_answered_high",
                                                                    static_cast<long long>(count)),
                                                   static_cast<long long>(*value), count));
                return;
            }
            recipe.min_answered = static_cast<std::size_t>(*value);
        }
        if (recipe.method == Method::Sum && recipe.min_answered < count)
            check_prorated_scale(here, recipe);
    }

    // A prorated sum counts each missing answer as the mean of the others:
    // only items on one scale can stand in for each other.
    void check_prorated_scale(const std::string& here, const ScoreRecipe& recipe) {
        const std::size_t count = recipe.items.size();
        const RecipeItem& first = recipe.items.front();
        for (const RecipeItem& item : recipe.items) {
            if (item.min && item.max && first.min && first.max && *item.min == *first.min &&
                *item.max == *first.max)
                continue;
            const std::string why =
                !item.min || !item.max || !first.min || !first.max
                    ? say("item_no_range", item.min && item.max ? first.id : item.id)
                    : say("item_other_scale", item.id, scale_text(item), first.id,
                          scale_text(first));
            m_reader.issue(here, say("prorated_scale", count, why, count));
            return;
        }
    }

    // The range declared, else derived from the items' scales. False when it
    // is wrong (the bands are then not checked against it).
    bool read_range(const Poco::JSON::Object& object, const std::string& path,
                    ScoreRecipe& recipe) {
        std::optional<double> low, high;
        if (std::all_of(recipe.items.begin(), recipe.items.end(),
                        [](const RecipeItem& item) { return item.min && item.max; })) {
            const bool sum = recipe.method == Method::Sum;
            low = sum ? 0.0 : *recipe.items.front().min;
            high = sum ? 0.0 : *recipe.items.front().max;
            for (const RecipeItem& item : recipe.items) {
                low = sum ? *low + *item.min : std::min(*low, *item.min);
                high = sum ? *high + *item.max : std::max(*high, *item.max);
            }
        }
        const std::size_t before = m_issues.size();
        const auto min = m_reader.number(object, "min", path, Need::Optional);
        const auto max = m_reader.number(object, "max", path, Need::Optional);
        if (min && low && *min > *low)
            m_reader.issue(json_path_key(path, "min"),
                           say("min_too_high", number_text(*min), number_text(*low)));
        if (max && high && *max < *high)
            m_reader.issue(json_path_key(path, "max"),
                           say("max_too_low", number_text(*max), number_text(*high)));
        recipe.definition.min = min ? min : low;
        recipe.definition.max = max ? max : high;
        if (recipe.definition.min && recipe.definition.max &&
            !(*recipe.definition.min < *recipe.definition.max))
            m_reader.issue(json_path_key(path, max ? "max" : "min"),
                           say("range_empty", number_text(*recipe.definition.min),
                               number_text(*recipe.definition.max)));
        return m_issues.size() == before;
    }

    void read_score_bands(const Poco::JSON::Object& object, const std::string& path,
                          ScoreRecipe& recipe) {
        std::string bands_path = json_path_key(path, "bands");
        std::optional<std::vector<Band>> bands;
        if (!object.isNull("bands")) {
            // [] opts a score out of the form's shared bands (a sum beside means).
            const Poco::JSON::Array::Ptr list = as_array(object.get("bands"));
            if (m_shared_declared && list && list->size() == 0) return;
            bands = read_bands(object.get("bands"), bands_path, m_reader, languages());
        } else if (m_shared_declared) {
            ++m_shared_users;
            bands = m_shared_bands;  // nothing when they are wrong: reported once, at $.bands
            bands_path = "$.bands";
        } else {
            return;
        }
        if (!bands) return;
        const ScoreDefinition& definition = recipe.definition;
        if (!definition.min || !definition.max) {
            m_reader.issue(path, say("bands_no_range", definition.name, bands_path));
            return;
        }
        check_bands_within(*bands, bands_path, *definition.min, *definition.max, definition.name,
                           m_reader);
        recipe.definition.bands = std::move(*bands);
    }

    const Form& m_form;
    std::vector<Issue>& m_issues;
    DefinitionReader m_reader;
    std::vector<std::string> m_languages;
    std::map<std::string, std::string> m_score_paths;  // score id -> where first declared
    bool m_shared_declared = false;
    std::optional<std::vector<Band>> m_shared_bands;
    std::size_t m_shared_users = 0;
};

}  // namespace

std::vector<ScoreRecipe> read_score_recipes(const Form& form, std::vector<Issue>& issues) {
    return RecipeReader(form, issues).read();
}

}  // namespace sonda::declarative
