#include "objectives_monitoring/demo_answers.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>

#include "objectives_monitoring/objectives_instrument.hpp"
#include "sonda/demo/demo_file.hpp"

namespace sonda::objectives {

namespace {

using demo::DemoContext;
using demo::DemoRespondent;
using demo::DemoResponse;

// The report's objectives of one territory for one network dimension.
struct ReportObjectives {
    std::string territory;
    std::string dimension;
    std::vector<std::string> titles;
};

std::vector<ReportObjectives> read_objectives(const std::string& file) {
    const demo::DemoFile reader(file);
    std::vector<ReportObjectives> out;
    const auto territories = reader.array(reader.root(), "territories", "$");
    for (std::size_t t = 0; t < territories->size(); ++t) {
        const std::string path = "$.territories[" + std::to_string(t) + "]";
        const auto entry = reader.entry(territories, t, "$.territories");
        const std::string territory = reader.string(entry, "territory", path);
        const auto dimensions = reader.object(entry, "dimensions", path);
        // Poco keeps object keys sorted: dimensions in that order.
        for (const auto& [dimension, ignored] : *dimensions) {
            const std::string here = path + ".dimensions." + dimension;
            const auto facets = reader.object(dimensions, dimension, path + ".dimensions");
            if (facets->has("objectives"))
                out.push_back({territory, dimension,
                               reader.strings(reader.array(facets, "objectives", here),
                                              here + ".objectives")});
        }
    }
    return out;
}

std::string slug(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum)
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 48) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

struct Tracked {
    std::string id, title, dimension, owner, status;
    int progress = 0;
    bool started = false;
};

// Every territory's objectives, each owned by one of the roles present in turn.
std::map<std::string, std::vector<Tracked>> objectives_by_territory(
    const std::vector<ReportObjectives>& report, const DemoContext& demo) {
    std::map<std::string, std::vector<Tracked>> by_territory;
    for (const Territory& territory : demo.study().territories) {
        std::vector<std::string> roles;
        for (const DemoRespondent& respondent : demo.respondents())
            if (respondent.territory == territory.id &&
                std::find(roles.begin(), roles.end(), respondent.role) == roles.end())
                roles.push_back(respondent.role);
        auto& tracked = by_territory[territory.id];
        for (const ReportObjectives& texts : report) {
            if (texts.territory != territory.id) continue;
            for (const std::string& title : texts.titles) {
                Tracked objective;
                objective.id = slug(title);
                objective.title = title;
                objective.dimension = texts.dimension;
                objective.owner = roles.empty() ? "" : roles[tracked.size() % roles.size()];
                tracked.push_back(objective);
            }
        }
    }
    return by_territory;
}

// Moves one objective on to the wave at `position`; false: not named yet.
bool advance(Tracked& objective, int position, demo::DemoRandom& random) {
    if (position == 0) {
        // Workshop 1: about half the objectives already named, none begun.
        objective.started = random.chance(0.5);
        if (!objective.started) return false;
        objective.status = "planned";
        objective.progress = 0;
    } else if (!objective.started) {
        objective.started = true;
        objective.status = "planned";
        objective.progress = 0;
    } else if (objective.status == "planned" || objective.status == "in_progress") {
        // Some stall (no progress from one wave to the next), most advance.
        if (random.chance(0.2)) {
            // stalled: as it was
        } else if (position == 2 && random.chance(0.07)) {
            objective.status = "dropped";
        } else {
            objective.progress = std::min(100, objective.progress + 10 * random.between(2, 6));
            objective.status = objective.progress >= 100 ? "achieved" : "in_progress";
        }
    }
    return true;
}

Poco::JSON::Object::Ptr entry_of(const Tracked& objective) {
    Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
    entry->set("id", objective.id);
    entry->set("title", objective.title);
    entry->set("dimension", objective.dimension);
    entry->set("owner", objective.owner);
    entry->set("status", objective.status);
    entry->set("progress", objective.progress);
    return entry;
}

}  // namespace

std::string ObjectivesDemoAnswers::instrument() const { return kInstrumentId; }

std::vector<DemoResponse> ObjectivesDemoAnswers::answer(const Form& form, DemoContext& demo) const {
    const Item* list = nullptr;
    for (const Item& item : form.items)
        if (item.type == "objective_list") list = &item;
    std::vector<DemoResponse> out;
    if (!list) return out;
    auto by_territory =
        objectives_by_territory(read_objectives(demo.data_folder() + "/network.json"), demo);

    for (const Wave& wave : demo.study().waves) {
        const int position = demo.wave_index(wave.id);
        for (const Territory& territory : demo.study().territories) {
            // One response a territory and wave, from its first member present
            // (the group's coordinator): objectives belong to the territory.
            const auto members = demo.attending(territory.id, wave.id);
            if (members.empty()) continue;
            Poco::JSON::Array::Ptr objectives = new Poco::JSON::Array;
            for (Tracked& objective : by_territory[territory.id])
                if (advance(objective, position, demo.random()))
                    objectives->add(entry_of(objective));
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
            answers->set(list->id, objectives);
            const DemoRespondent& coordinator = *members.front();
            demo.fill_likert(form, coordinator, wave.id, *answers);
            out.push_back({wave.id, territory.id, coordinator.role, coordinator.code, answers});
        }
    }
    return out;
}

}  // namespace sonda::objectives
