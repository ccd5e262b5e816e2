#include "report_reading.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions::panels {

const ScoreReport* find_score(const GroupReport& group, const std::string& name) {
    for (const ScoreReport& score : group.scores)
        if (score.stats.score == name) return &score;
    return nullptr;
}

std::string score_label(const Report& report, const std::string& name, const std::string& language) {
    for (const ScoreDefinition& definition : report.score_definitions)
        if (definition.name == name) return definition.label.get(language);
    return name;
}

namespace {
std::optional<double> optional_number(const Poco::JSON::Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    return object.getValue<double>(key);
}
int whole(const Poco::JSON::Object& object, const std::string& key) {
    return object.has(key) && !object.isNull(key) ? object.getValue<int>(key) : 0;
}
}  // namespace

MapChange read_map_change(const GroupReport& group) {
    MapChange change;
    if (!group.instrument) return change;
    change.suppressed = group.instrument->has("suppressed") && group.instrument->getValue<bool>("suppressed");
    Poco::JSON::Object::Ptr map = group.instrument->getObject("network_map");
    if (!map) {
        change.present = change.suppressed;  // a withheld group still has a (hidden) map
        return change;
    }
    change.present = true;
    change.rings = whole(*map, "rings");
    change.respondents_from = whole(*map, "respondents_from");
    change.respondents_to = whole(*map, "respondents_to");
    if (Poco::JSON::Object::Ptr summary = map->getObject("summary")) {
        change.moved_inward = whole(*summary, "moved_inward");
        change.moved_outward = whole(*summary, "moved_outward");
        change.appeared = whole(*summary, "appeared");
        change.disappeared = whole(*summary, "disappeared");
        change.unchanged = whole(*summary, "unchanged");
    }
    Poco::JSON::Object::Ptr actors = map->getObject("actors");
    if (!actors) return change;
    for (const char* move : {"moved_inward", "moved_outward", "appeared", "disappeared", "unchanged"}) {
        Poco::JSON::Array::Ptr list = actors->getArray(move);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            Poco::JSON::Object::Ptr entry = list->getObject(static_cast<unsigned>(i));
            if (!entry) continue;
            MapActor actor;
            actor.key = entry->optValue<std::string>("actor", "");
            actor.label = entry->optValue<std::string>("label", actor.key);
            actor.move = move;
            actor.ring_from = optional_number(*entry, "ring_from");
            actor.ring_to = optional_number(*entry, "ring_to");
            actor.placed_by_from = whole(*entry, "placed_by_from");
            actor.placed_by_to = whole(*entry, "placed_by_to");
            change.actors.push_back(std::move(actor));
        }
    }
    return change;
}

}  // namespace sonda::network_dimensions::panels
