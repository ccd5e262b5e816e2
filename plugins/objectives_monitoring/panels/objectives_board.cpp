#include "objectives_board.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <map>

#include "objectives_monitoring/objective.hpp"
#include "objectives_monitoring/report_words.hpp"

namespace sonda::objectives::panels {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string text_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return {};
    const Poco::Dynamic::Var value = object.get(key);
    return value.isString() ? value.extract<std::string>() : value.toString();
}

template <typename Each>
void for_each_object(const Array::Ptr& list, Each each) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Object::Ptr entry = list->getObject(static_cast<unsigned>(i))) each(*entry);
}

// The form's label of a status or dimension; else the plugin's built-in one
// (report_words.hpp); else the id.
std::string label_from(const Form* form, const char* list_key, const char* kind,
                       const std::string& value, const std::string& language) {
    Array::Ptr list = form && form->definition ? form->definition->getArray(list_key) : nullptr;
    std::string found;
    for_each_object(list, [&](const Object& entry) {
        if (!found.empty() || text_of(entry, "value") != value || !entry.has("label")) return;
        const Poco::Dynamic::Var label = entry.get("label");
        if (label.isString()) {
            found = label.extract<std::string>();
        } else if (Object::Ptr by_language = entry.getObject("label")) {
            found = text_of(*by_language, language);
            if (found.empty()) found = text_of(*by_language, "en");
        }
    });
    if (!found.empty()) return found;
    found = built_in_label(kind, value, language);
    return found.empty() ? value : found;
}

}  // namespace

std::vector<const ObjectiveCard*> TerritoryBoard::column(bool second_wave,
                                                         const std::string& status) const {
    std::vector<const ObjectiveCard*> out;
    for (const ObjectiveCard& card : cards) {
        const std::optional<std::string>& at = second_wave ? card.status_to : card.status_from;
        if (at && *at == status) out.push_back(&card);
    }
    return out;
}

long long TerritoryBoard::added_with(const std::string& status) const {
    return std::count_if(cards.begin(), cards.end(), [&](const ObjectiveCard& card) {
        return card.mark == CardMark::New && card.status_to == status;
    });
}

long long TerritoryBoard::removed_with(const std::string& status) const {
    return std::count_if(cards.begin(), cards.end(), [&](const ObjectiveCard& card) {
        return card.mark == CardMark::Removed && card.status_from == status;
    });
}

ObjectivesBoard read_objectives_board(const Report& report) {
    ObjectivesBoard board;
    board.statuses = objective_statuses();
    std::map<std::string, TerritoryBoard> territories;
    std::vector<std::string> order;  // as the report lists its groups: the study's order
    auto territory = [&](const std::string& id) -> TerritoryBoard& {
        auto [at, fresh] = territories.try_emplace(id);
        if (fresh) order.push_back(id);
        at->second.territory = id;
        return at->second;
    };

    for (const GroupReport& group : report.groups) {
        const ObjectivesComparison comparison =
            read_objectives_comparison(group.instrument, group.group);
        if (comparison.suppressed) {
            territory(group.group).suppressed = true;
            board.present = true;
            continue;
        }
        if (!comparison.present) continue;  // not the objectives comparison
        board.present = true;
        for (const std::string& status : comparison.statuses)
            if (std::find(board.statuses.begin(), board.statuses.end(), status) ==
                board.statuses.end())
                board.statuses.push_back(status);
        for (const TerritoryObjectives& read : comparison.territories) {
            TerritoryBoard& entry = territory(read.territory);
            if (read.from) entry.from = read.from;
            if (read.to) entry.to = read.to;
            entry.followed += read.followed;
            entry.stalled += read.stalled;
            entry.added += read.added;
            entry.removed += read.removed;
            entry.cards.insert(entry.cards.end(), read.objectives.begin(), read.objectives.end());
        }
        board.warnings.insert(board.warnings.end(), comparison.warnings.begin(),
                              comparison.warnings.end());
    }

    const std::size_t n = board.statuses.size();
    auto rank = [&](const std::string& status) {
        return static_cast<std::size_t>(
            std::find(board.statuses.begin(), board.statuses.end(), status) -
            board.statuses.begin());
    };
    for (const std::string& id : order) {
        TerritoryBoard& entry = territories[id];
        std::sort(entry.cards.begin(), entry.cards.end(),
                  [](const ObjectiveCard& a, const ObjectiveCard& b) { return a.id < b.id; });
        entry.transitions.assign(n, std::vector<long long>(n, 0));
        for (const ObjectiveCard& card : entry.cards)
            if (card.status_from && card.status_to)
                ++entry.transitions[rank(*card.status_from)][rank(*card.status_to)];
        board.territories.push_back(std::move(entry));
    }
    return board;
}

std::string status_label(const Form* form, const std::string& status, const std::string& language) {
    return label_from(form, "statuses", "status", status, language);
}

std::string dimension_label(const Form* form, const std::string& dimension,
                            const std::string& language) {
    return label_from(form, "dimensions", "dimension", dimension, language);
}

}  // namespace sonda::objectives::panels
