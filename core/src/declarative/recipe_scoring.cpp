#include "../forms/answer_values.hpp"
#include "../forms/json_path.hpp"
#include "score_recipe.hpp"
#include "sonda/util/json.hpp"

namespace sonda::declarative {

std::optional<double> apply_recipe(const ScoreRecipe& recipe, const Poco::JSON::Object& answers) {
    double total = 0;
    std::size_t answered = 0;
    for (const RecipeItem& item : recipe.items) {
        if (!answers.has(item.id)) continue;
        const Poco::Dynamic::Var value = answers.get(item.id);
        if (!is_answered(value)) continue;  // null or blank: as if absent
        const std::optional<double> number = number_value(value);
        // The item types let only numbers through; anything else is a
        // response that skipped validation, and guessing would hide it.
        if (!number)
            throw InvalidInput(Location{"", 0, answer_path(item.id), item.id},
                               "score '" + recipe.definition.name + "' needs a number for item '" +
                                   item.id + "', found " + json_type_name(value));
        total += item.reversed ? *item.min + *item.max - *number : *number;
        ++answered;
    }
    if (answered == 0 || answered < recipe.min_answered) return std::nullopt;
    const double mean = total / static_cast<double>(answered);
    if (recipe.method == Method::Mean) return mean;
    return answered == recipe.items.size() ? total
                                           : mean * static_cast<double>(recipe.items.size());
}

}  // namespace sonda::declarative
