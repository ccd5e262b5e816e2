#include "objectives_monitoring/objectives_comparison.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "objectives_monitoring/objective.hpp"

namespace sonda::objectives {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::optional<std::string> text_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    std::string text = value.isString() ? value.extract<std::string>() : value.toString();
    if (text.empty()) return std::nullopt;
    return text;
}

std::optional<double> number_of(const Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key) || !object.get(key).isNumeric()) return std::nullopt;
    const double value = object.get(key).convert<double>();
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

template <typename Each>
void for_each_object(const Array::Ptr& list, Each each) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Object::Ptr entry = list->getObject(static_cast<unsigned>(i))) each(*entry);
}

ObjectivesTally tally_of(const Object& tally) {
    ObjectivesTally out;
    out.objectives = static_cast<long long>(number_of(tally, "objectives").value_or(0));
    out.achieved = static_cast<long long>(number_of(tally, "achieved").value_or(0));
    out.dropped = static_cast<long long>(number_of(tally, "dropped").value_or(0));
    out.counted = static_cast<long long>(number_of(tally, "counted").value_or(0));
    out.rate = number_of(tally, "rate");
    out.mean_progress = number_of(tally, "mean_progress");
    return out;
}

ObjectiveChange change_of(const Object& entry, const std::string& group) {
    ObjectiveChange change;
    change.territory = text_of(entry, "territory").value_or(group);
    change.id = text_of(entry, "id").value_or("");
    change.title = text_of(entry, "title").value_or(change.id);
    change.dimension = text_of(entry, "dimension").value_or("");
    change.owner = text_of(entry, "owner").value_or("");
    change.dimension_from = text_of(entry, "dimension_from");
    return change;
}

// Builds the comparison, territory by territory in order of appearance.
class Reading {
  public:
    explicit Reading(ObjectivesComparison& out) : m_out(out) {
        m_out.statuses = objective_statuses();
    }
    TerritoryObjectives& territory(const std::string& id) {
        auto [at, fresh] = m_index.try_emplace(id, m_out.territories.size());
        if (fresh) m_out.territories.push_back(TerritoryObjectives{id, {}, {}, {}, 0, 0, 0, 0});
        return m_out.territories[at->second];
    }
    void know(const std::optional<std::string>& status) {
        if (status && std::find(m_out.statuses.begin(), m_out.statuses.end(), *status) ==
                          m_out.statuses.end())
            m_out.statuses.push_back(*status);
    }

  private:
    ObjectivesComparison& m_out;
    std::map<std::string, std::size_t> m_index;
};

void read_achievement(const Object& extras, Reading& reading) {
    Object::Ptr achievement = extras.getObject("achievement");
    if (!achievement) return;
    for (const bool later : {false, true}) {
        Object::Ptr at = achievement->getObject(later ? "to" : "from");
        if (!at) continue;
        for_each_object(at->getArray("by_territory"), [&](const Object& tally) {
            if (auto id = text_of(tally, "territory"))
                (later ? reading.territory(*id).to : reading.territory(*id).from) = tally_of(tally);
        });
    }
}

void read_followed(const Object& extras, const Object& transitions, const std::string& group,
                   Reading& reading) {
    std::set<std::pair<std::string, std::string>> stalled;
    for_each_object(extras.getArray("stalled"), [&](const Object& pair) {
        stalled.insert(
            {text_of(pair, "territory").value_or(group), text_of(pair, "id").value_or("")});
    });
    for_each_object(transitions.getArray("list"), [&](const Object& pair) {
        ObjectiveChange change = change_of(pair, group);
        change.status_from = text_of(pair, "status_from");
        change.status_to = text_of(pair, "status_to");
        change.progress_from = number_of(pair, "progress_from");
        change.progress_to = number_of(pair, "progress_to");
        reading.know(change.status_from);
        reading.know(change.status_to);
        TerritoryObjectives& entry = reading.territory(change.territory);
        ++entry.followed;
        if (stalled.count({change.territory, change.id})) {
            change.mark = ObjectiveMark::Stalled;
            ++entry.stalled;
        }
        entry.objectives.push_back(std::move(change));
    });
}

void read_added_and_removed(const Object& extras, const std::string& group, Reading& reading) {
    for (const bool added : {true, false}) {
        for_each_object(extras.getArray(added ? "new" : "removed"), [&](const Object& objective) {
            ObjectiveChange change = change_of(objective, group);
            change.mark = added ? ObjectiveMark::New : ObjectiveMark::Removed;
            (added ? change.status_to : change.status_from) = text_of(objective, "status");
            (added ? change.progress_to : change.progress_from) = number_of(objective, "progress");
            reading.know(added ? change.status_to : change.status_from);
            TerritoryObjectives& entry = reading.territory(change.territory);
            ++(added ? entry.added : entry.removed);
            entry.objectives.push_back(std::move(change));
        });
    }
}

}  // namespace

ObjectivesComparison read_objectives_comparison(const Poco::JSON::Object::Ptr& extras,
                                                const std::string& group) {
    ObjectivesComparison out;
    if (!extras) return out;
    if (extras->has("suppressed") && extras->get("suppressed").isBoolean() &&
        extras->getValue<bool>("suppressed")) {
        out.suppressed = true;
        return out;
    }
    Object::Ptr transitions = extras->getObject("transitions");
    if (!transitions) return out;  // not the objectives comparison
    out.present = true;
    Reading reading(out);
    read_achievement(*extras, reading);
    read_followed(*extras, *transitions, group, reading);
    read_added_and_removed(*extras, group, reading);
    if (Array::Ptr warnings = extras->getArray("warnings"))
        for (std::size_t i = 0; i < warnings->size(); ++i)
            out.warnings.push_back(warnings->get(static_cast<unsigned>(i)).toString());
    return out;
}

const std::set<std::string>& objectives_comparison_keys() {
    static const std::set<std::string> keys{"instrument",     "team_level",  "territories_from",
                                            "territories_to", "transitions", "achievement",
                                            "stalled",        "new",         "removed",
                                            "warnings"};
    return keys;
}

}  // namespace sonda::objectives
