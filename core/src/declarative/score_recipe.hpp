// A declarative form's scores as its file declares them (docs/instruments/
// declarative.md): each score a mean or a sum of listed numeric items, some
// counted reversed, missing below a number of answered items, with its
// range, bands and direction of improvement. Read once per form, checked with
// a JSON path on every issue, then applied to each response.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/plugin/instrument.hpp"

namespace sonda::declarative {

enum class Method { Mean, Sum };

// One item of a score, with the item's own scale (reversal mirrors within it).
struct RecipeItem {
    std::string id;
    std::optional<double> min, max;
    bool reversed = false;
};

struct ScoreRecipe {
    ScoreDefinition definition;  // name, label, items, reversed items, range, bands, improvement
    Method method = Method::Mean;
    std::vector<RecipeItem> items;
    std::size_t min_answered = 0;
};

// Reads `$.scores` (and the shared `$.bands`) of `form`, whose items the core
// has already checked. Every problem becomes an issue with the form's file and
// its JSON path; the recipes are complete only when no issue was added.
std::vector<ScoreRecipe> read_score_recipes(const Form& form, std::vector<Issue>& issues);

// The score of one response: the mean (or sum) of the answered items,
// reversed ones as min + max - answer; missing below min_answered. A sum with
// items unanswered is prorated: the mean of the answered times the item count.
// Throws InvalidInput when an answered item holds no number.
std::optional<double> apply_recipe(const ScoreRecipe& recipe, const Poco::JSON::Object& answers);

}  // namespace sonda::declarative
