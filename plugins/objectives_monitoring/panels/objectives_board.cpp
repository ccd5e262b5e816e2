#include "objectives_board.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <map>

#include "objectives_monitoring/objective.hpp"

namespace sonda::objectives::panels {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string text_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return {};
    const Poco::Dynamic::Var value = object.get(key);
    return value.isString() ? value.extract<std::string>() : value.toString();
}

std::optional<std::string> optional_text(const Object& object, const std::string& key) {
    std::string text = text_of(object, key);
    if (text.empty()) return std::nullopt;
    return text;
}

std::optional<double> number_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isNumeric()) return std::nullopt;
    return value.convert<double>();
}

long long count_of(const Object& object, const std::string& key) {
    return static_cast<long long>(number_of(object, key).value_or(0));
}

Achievement achievement_of(const Object& tally) {
    Achievement out;
    out.objectives = count_of(tally, "objectives");
    out.achieved = count_of(tally, "achieved");
    out.dropped = count_of(tally, "dropped");
    out.counted = count_of(tally, "counted");
    out.rate = number_of(tally, "rate");
    out.mean_progress = number_of(tally, "mean_progress");
    return out;
}

template <typename Each>
void for_each_object(const Array::Ptr& list, Each each) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Object::Ptr entry = list->getObject(static_cast<unsigned>(i))) each(*entry);
}

ObjectiveCard card_of(const Object& entry, const std::string& fallback_territory) {
    ObjectiveCard card;
    card.territory = text_of(entry, "territory");
    if (card.territory.empty()) card.territory = fallback_territory;
    card.id = text_of(entry, "id");
    card.title = text_of(entry, "title");
    card.dimension = text_of(entry, "dimension");
    card.owner = text_of(entry, "owner");
    card.dimension_from = optional_text(entry, "dimension_from");
    return card;
}

// Built-in labels for when the form does not carry its own.
struct BuiltIn {
    const char* id;
    const char* it;
    const char* en;
};
constexpr BuiltIn kBuiltInLabels[] = {
    {"planned", "Pianificato", "Planned"},
    {"in_progress", "In corso", "In progress"},
    {"achieved", "Raggiunto", "Achieved"},
    {"dropped", "Abbandonato", "Dropped"},
    {"sharing", "Condivisione", "Sharing"},
    {"integration", "Integrazione", "Integration"},
    {"consolidation_development", "Consolidamento e sviluppo", "Consolidation and development"},
    {"capacity_building", "Capacity building", "Capacity building"},
};

std::string label_from(const Form* form, const char* list_key, const std::string& value,
                       const std::string& language) {
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
    for (const BuiltIn& label : kBuiltInLabels)
        if (value == label.id) return language == "it" ? label.it : label.en;
    return value;
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
    auto know_status = [&](const std::optional<std::string>& status) {
        if (status && std::find(board.statuses.begin(), board.statuses.end(), *status) ==
                          board.statuses.end())
            board.statuses.push_back(*status);
    };

    for (const GroupReport& group : report.groups) {
        if (!group.instrument) continue;
        const Object& extras = *group.instrument;
        if (extras.has("suppressed") && extras.get("suppressed").isBoolean() &&
            extras.getValue<bool>("suppressed")) {
            territory(group.group).suppressed = true;
            board.present = true;
            continue;
        }
        Object::Ptr transitions = extras.getObject("transitions");
        if (!transitions) continue;  // not the objectives comparison
        board.present = true;

        if (Object::Ptr achievement = extras.getObject("achievement")) {
            for (const char* wave : {"from", "to"}) {
                Object::Ptr at = achievement->getObject(wave);
                if (!at) continue;
                for_each_object(at->getArray("by_territory"), [&](const Object& tally) {
                    const std::string id = text_of(tally, "territory");
                    if (id.empty()) return;
                    (wave[0] == 'f' ? territory(id).from : territory(id).to) =
                        achievement_of(tally);
                });
            }
        }
        std::map<std::pair<std::string, std::string>, ObjectiveCard*> followed;
        for_each_object(transitions->getArray("list"), [&](const Object& pair) {
            ObjectiveCard card = card_of(pair, group.group);
            card.status_from = optional_text(pair, "status_from");
            card.status_to = optional_text(pair, "status_to");
            card.progress_from = number_of(pair, "progress_from");
            card.progress_to = number_of(pair, "progress_to");
            know_status(card.status_from);
            know_status(card.status_to);
            TerritoryBoard& entry = territory(card.territory);
            ++entry.followed;
            entry.cards.push_back(std::move(card));
        });
        for (auto& [id, entry] : territories)
            for (ObjectiveCard& card : entry.cards)
                if (card.mark == CardMark::Followed) followed[{card.territory, card.id}] = &card;
        for_each_object(extras.getArray("stalled"), [&](const Object& pair) {
            ObjectiveCard probe = card_of(pair, group.group);
            auto found = followed.find({probe.territory, probe.id});
            if (found == followed.end()) return;  // a stalled objective is always a followed one
            found->second->mark = CardMark::Stalled;
            ++territory(probe.territory).stalled;
        });
        for (const char* list : {"new", "removed"}) {
            const bool added = list[0] == 'n';
            for_each_object(extras.getArray(list), [&](const Object& objective) {
                ObjectiveCard card = card_of(objective, group.group);
                card.mark = added ? CardMark::New : CardMark::Removed;
                (added ? card.status_to : card.status_from) = optional_text(objective, "status");
                (added ? card.progress_to : card.progress_from) = number_of(objective, "progress");
                know_status(added ? card.status_to : card.status_from);
                TerritoryBoard& entry = territory(card.territory);
                ++(added ? entry.added : entry.removed);
                entry.cards.push_back(std::move(card));
            });
        }
        if (Array::Ptr warnings = extras.getArray("warnings"))
            for (std::size_t i = 0; i < warnings->size(); ++i)
                board.warnings.push_back(warnings->get(static_cast<unsigned>(i)).toString());
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
    return label_from(form, "statuses", status, language);
}

std::string dimension_label(const Form* form, const std::string& dimension,
                            const std::string& language) {
    return label_from(form, "dimensions", dimension, language);
}

}  // namespace sonda::objectives::panels
