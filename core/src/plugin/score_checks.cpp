#include "score_checks.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "sonda/util/json.hpp"

namespace sonda::plugin_guard {

namespace {

// The shortest text that reads back to `value`: 2.5, not 2.500000.
std::string number_text(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "infinity" : "-infinity";
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::string names_of(const std::vector<ScoreDefinition>& definitions) {
    std::string out;
    for (const ScoreDefinition& definition : definitions)
        out += (out.empty() ? "" : ", ") + definition.name;
    return out.empty() ? "none" : out;
}

std::string items_of(const Form& form) {
    constexpr std::size_t kListed = 20;
    std::string out;
    for (std::size_t i = 0; i < form.items.size() && i < kListed; ++i)
        out += (i ? ", " : "") + form.items[i].id;
    if (form.items.size() > kListed)
        out += " and " + std::to_string(form.items.size() - kListed) + " more";
    return out;
}

// Problems of one definition's range and bands, worded after `score`.
void check_range(const ScoreDefinition& definition, const std::string& score,
                 std::vector<std::string>& problems) {
    const std::optional<double>& min = definition.min;
    const std::optional<double>& max = definition.max;
    if ((min && !std::isfinite(*min)) || (max && !std::isfinite(*max)))
        problems.push_back(score + " has a range that is not finite");
    else if (min && max && !(*min < *max))
        problems.push_back(score + " has min " + number_text(*min) + " not below max " +
                           number_text(*max));
    std::set<std::string> band_ids;
    const Band* previous = nullptr;
    for (const Band& band : definition.bands) {
        const std::string named = score + ", band '" + band.id + "',";
        if (band.id.empty())
            problems.push_back(score + " has a band without an id");
        else if (!band_ids.insert(band.id).second)
            problems.push_back(score + " has two bands with the id '" + band.id + "'");
        if (!std::isfinite(band.from) || !std::isfinite(band.to) || !(band.from < band.to))
            problems.push_back(named + " is empty or not finite: from " + number_text(band.from) +
                               " to " + number_text(band.to));
        else if ((min && band.from < *min) || (max && band.to > *max))
            problems.push_back(named + " from " + number_text(band.from) + " to " +
                               number_text(band.to) + ", is outside the score's range " +
                               (min ? number_text(*min) : "-infinity") + " to " +
                               (max ? number_text(*max) : "infinity"));
        if (previous && band.from < previous->to)
            problems.push_back(score + " lists band '" + band.id + "' (from " +
                               number_text(band.from) + ") after band '" + previous->id +
                               "', which ends at " + number_text(previous->to) +
                               ": bands are listed from low to high and do not overlap");
        previous = &band;
    }
}

}  // namespace

void check_score_definitions(const Form& form, const std::vector<ScoreDefinition>& definitions,
                             const std::string& who, std::vector<Issue>& issues) {
    std::vector<std::string> problems;
    std::set<std::string> names;
    for (std::size_t d = 0; d < definitions.size(); ++d) {
        const ScoreDefinition& definition = definitions[d];
        const std::string score = "score '" + definition.name + "'";
        if (definition.name.empty())
            problems.push_back("score definition " + std::to_string(d + 1) + " has no name");
        else if (!names.insert(definition.name).second)
            problems.push_back(score + " is defined twice");
        for (const std::string& item : definition.items)
            if (!form.item(item))
                problems.push_back(
                    score + " is made of item '" + item +
                    "', which this form does not have (its items: " + items_of(form) + ")");
        check_range(definition, score, problems);
    }
    for (const std::string& problem : problems)
        issues.push_back(Issue{Location{form.source, 0, "$.plugin", ""},
                               who + " defines scores this form cannot have: " + problem});
}

std::string score_result_problem(const std::vector<ScoreDefinition>& definitions,
                                 const std::vector<Score>& scores) {
    if (scores.size() != definitions.size())
        return "it returned " + std::to_string(scores.size()) + " score(s) for " +
               std::to_string(definitions.size()) + " score definition(s) (" +
               names_of(definitions) + "): score() gives one entry per definition, without a " +
               "value when the score is missing";
    std::set<std::string> seen;
    for (const Score& score : scores) {
        const ScoreDefinition* definition = nullptr;
        for (const ScoreDefinition& candidate : definitions)
            if (candidate.name == score.name) definition = &candidate;
        if (!definition)
            return "it returned a score '" + score.name +
                   "' that score_definitions() does not declare (declared: " +
                   names_of(definitions) + ")";
        if (!seen.insert(score.name).second) return "it returned score '" + score.name + "' twice";
        if (!score.value) continue;
        const double value = *score.value;
        if (!std::isfinite(value))
            return "it returned " + number_text(value) + " for score '" + score.name +
                   "': a missing score has no value, a value is a finite number";
        const std::optional<double>& min = definition->min;
        const std::optional<double>& max = definition->max;
        // Rounding may cross a bound by a hair (a weighted mean of values at
        // the bound); anything more is a wrong score.
        const double scale =
            std::max({1.0, min ? std::fabs(*min) : 0.0, max ? std::fabs(*max) : 0.0});
        const double slack = 1e-9 * scale;
        if ((min && value < *min - slack) || (max && value > *max + slack))
            return "it returned " + number_text(value) + " for score '" + score.name +
                   "', outside its declared range " + (min ? number_text(*min) : "-infinity") +
                   " to " + (max ? number_text(*max) : "infinity");
    }
    return "";
}

namespace {

std::string first_non_finite(const Poco::Dynamic::Var& value, const std::string& path);

std::string first_in_object(const Poco::JSON::Object& object, const std::string& path) {
    for (const auto& [key, member] : object) {
        std::string at = path;
        append_json_path_key(at, key);
        if (std::string found = first_non_finite(member, at); !found.empty()) return found;
    }
    return "";
}

std::string first_in_array(const Poco::JSON::Array& array, const std::string& path) {
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (std::string found = first_non_finite(array.get(static_cast<unsigned>(i)), at);
            !found.empty())
            return found;
    }
    return "";
}

// A plugin may set a member to an object or array by pointer or by value.
std::string first_non_finite(const Poco::Dynamic::Var& value, const std::string& path) {
    const std::type_info& type = value.type();
    if (type == typeid(Poco::JSON::Object::Ptr)) {
        const auto object = value.extract<Poco::JSON::Object::Ptr>();
        return object ? first_in_object(*object, path) : "";
    }
    if (type == typeid(Poco::JSON::Object))
        return first_in_object(value.extract<Poco::JSON::Object>(), path);
    if (type == typeid(Poco::JSON::Array::Ptr)) {
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        return array ? first_in_array(*array, path) : "";
    }
    if (type == typeid(Poco::JSON::Array))
        return first_in_array(value.extract<Poco::JSON::Array>(), path);
    if (type == typeid(double) || type == typeid(float)) {
        const double number = value.convert<double>();
        if (!std::isfinite(number)) return number_text(number) + " at " + path;
    }
    return "";
}

}  // namespace

std::string non_finite_problem(const Poco::JSON::Object::Ptr& result) {
    if (!result) return "";
    const std::string found = first_non_finite(Poco::Dynamic::Var(result), "$");
    if (found.empty()) return "";
    return "its JSON holds " + found + ", which JSON cannot carry: write null for a figure " +
           "that cannot be computed";
}

}  // namespace sonda::plugin_guard
