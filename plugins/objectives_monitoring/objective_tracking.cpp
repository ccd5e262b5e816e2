#include "objectives_monitoring/objective_tracking.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace sonda::objectives {

void ObjectiveCollector::add(const Response& response) {
    Record record{response.id, response.territory, {}};
    for (const Item& item : m_form.items) {
        if (item.type != "objective_list" || !response.answers || !response.answers->has(item.id))
            continue;
        std::vector<Issue> issues;
        List list;
        list.objectives =
            parse_objectives(response.answers->get(item.id), item.id,
                             ObjectiveLimits{item.max_entries, item.max_length}, issues);
        for (const Issue& issue : issues) list.skipped.push_back(issue.to_string());
        record.lists.push_back(std::move(list));
    }
    m_records.push_back(std::move(record));
}

WaveObjectives ObjectiveCollector::finish() {
    std::sort(m_records.begin(), m_records.end(),
              [](const Record& a, const Record& b) { return a.id < b.id; });
    WaveObjectives wave;
    for (Record& record : m_records) {
        wave.territories.insert(record.territory);
        for (List& list : record.lists) {
            for (const std::string& issue : list.skipped)
                wave.warnings.push_back("response " + record.id + ": skipped: " + issue);
            for (Objective& objective : list.objectives) {
                const std::pair<std::string, std::string> key{record.territory, objective.id};
                const std::string id = objective.id;
                auto [at, fresh] = wave.objectives.emplace(
                    key, TrackedObjective{record.territory, record.id, std::move(objective)});
                if (!fresh)
                    wave.warnings.push_back("territory " + record.territory + ": objective '" + id +
                                            "' appears in responses " + at->second.response_id +
                                            " and " + record.id + "; the first is used");
            }
        }
    }
    m_records.clear();
    return wave;
}

WaveObjectives collect_objectives(const Form& form, const std::vector<Response>& group) {
    ObjectiveCollector collector(form);
    for (const Response& response : group) collector.add(response);
    return collector.finish();
}

namespace {

struct Tally {
    long long total = 0;
    long long achieved = 0;
    long long dropped = 0;
    double progress_sum = 0;  // over objectives not dropped

    void add(const Objective& objective) {
        ++total;
        if (objective.status == "dropped") {
            ++dropped;
            return;
        }
        if (objective.status == "achieved") ++achieved;
        progress_sum += objective.progress;
    }

    void write(Poco::JSON::Object& out) const {
        const long long counted = total - dropped;
        out.set("objectives", total);
        out.set("achieved", achieved);
        out.set("dropped", dropped);
        out.set("counted", counted);
        out.set("rate", counted > 0 ? Poco::Dynamic::Var(static_cast<double>(achieved) / counted)
                                    : Poco::Dynamic::Var());
        out.set("mean_progress",
                counted > 0 ? Poco::Dynamic::Var(progress_sum / counted) : Poco::Dynamic::Var());
    }
};

Poco::JSON::Object::Ptr objective_entry(const TrackedObjective& tracked) {
    Poco::JSON::Object::Ptr out = objective_to_json(tracked.objective);
    out->set("territory", tracked.territory);
    out->set("response", tracked.response_id);
    return out;
}

Poco::JSON::Object::Ptr pair_entry(const TrackedObjective& before, const TrackedObjective& after) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("territory", after.territory);
    out->set("id", after.objective.id);
    out->set("title", after.objective.title);
    out->set("dimension", after.objective.dimension);
    out->set("owner", after.objective.owner);
    out->set("status_from", before.objective.status);
    out->set("status_to", after.objective.status);
    out->set("progress_from", before.objective.progress);
    out->set("progress_to", after.objective.progress);
    out->set("progress_change", after.objective.progress - before.objective.progress);
    if (before.objective.dimension != after.objective.dimension)
        out->set("dimension_from", before.objective.dimension);
    return out;
}

std::size_t status_rank(const std::string& status) {
    const auto& all = objective_statuses();
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), status) - all.begin());
}

Poco::JSON::Array::Ptr warnings_json(const std::vector<std::string>& a,
                                     const std::vector<std::string>& b) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const std::string& warning : a) out->add(warning);
    for (const std::string& warning : b) out->add(warning);
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr achievement_json(const WaveObjectives& wave) {
    Tally overall;
    std::map<std::string, Tally> by_territory;
    std::map<std::string, Tally> by_dimension;
    std::map<std::pair<std::string, std::string>, Tally> by_both;
    for (const std::string& territory : wave.territories) by_territory[territory];
    for (const auto& [key, tracked] : wave.objectives) {
        overall.add(tracked.objective);
        by_territory[tracked.territory].add(tracked.objective);
        by_dimension[tracked.objective.dimension].add(tracked.objective);
        by_both[{tracked.territory, tracked.objective.dimension}].add(tracked.objective);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    Poco::JSON::Object::Ptr total = new Poco::JSON::Object;
    overall.write(*total);
    out->set("overall", total);
    Poco::JSON::Array::Ptr territories = new Poco::JSON::Array;
    for (const auto& [territory, tally] : by_territory) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("territory", territory);
        tally.write(*entry);
        territories->add(entry);
    }
    out->set("by_territory", territories);
    Poco::JSON::Array::Ptr dimensions = new Poco::JSON::Array;
    for (const std::string& dimension : objective_dimensions()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("dimension", dimension);
        by_dimension[dimension].write(*entry);
        dimensions->add(entry);
    }
    out->set("by_dimension", dimensions);
    Poco::JSON::Array::Ptr both = new Poco::JSON::Array;
    for (const auto& [key, tally] : by_both) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("territory", key.first);
        entry->set("dimension", key.second);
        tally.write(*entry);
        both->add(entry);
    }
    out->set("by_territory_dimension", both);
    return out;
}

Poco::JSON::Object::Ptr compare_objectives(const WaveObjectives& from, const WaveObjectives& to) {
    std::map<std::pair<std::size_t, std::size_t>, long long> counts;
    Poco::JSON::Array::Ptr transitions = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr stalled = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr added = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr removed = new Poco::JSON::Array;
    for (const auto& [key, after] : to.objectives) {
        auto found = from.objectives.find(key);
        if (found == from.objectives.end()) {
            added->add(objective_entry(after));
            continue;
        }
        const TrackedObjective& before = found->second;
        ++counts[{status_rank(before.objective.status), status_rank(after.objective.status)}];
        transitions->add(pair_entry(before, after));
        const bool open =
            after.objective.status == "planned" || after.objective.status == "in_progress";
        if (open && after.objective.progress <= before.objective.progress)
            stalled->add(pair_entry(before, after));
    }
    for (const auto& [key, before] : from.objectives)
        if (!to.objectives.count(key)) removed->add(objective_entry(before));

    Poco::JSON::Array::Ptr table = new Poco::JSON::Array;
    for (const auto& [pair, n] : counts) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("from", objective_statuses()[pair.first]);
        entry->set("to", objective_statuses()[pair.second]);
        entry->set("n", n);
        table->add(entry);
    }
    Poco::JSON::Object::Ptr transition = new Poco::JSON::Object;
    transition->set("counts", table);
    transition->set("list", transitions);

    Poco::JSON::Object::Ptr achievement = new Poco::JSON::Object;
    achievement->set("from", achievement_json(from));
    achievement->set("to", achievement_json(to));

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("instrument", "objectives-monitoring");
    // A territory team's plan, not persons' answers: kept by the report even
    // where the group's score cells are withheld (one response per team).
    out->set("team_level", true);
    out->set("territories_from", static_cast<long long>(from.territories.size()));
    out->set("territories_to", static_cast<long long>(to.territories.size()));
    out->set("transitions", transition);
    out->set("achievement", achievement);
    out->set("stalled", stalled);
    out->set("new", added);
    out->set("removed", removed);
    out->set("warnings", warnings_json(from.warnings, to.warnings));
    return out;
}

}  // namespace sonda::objectives
