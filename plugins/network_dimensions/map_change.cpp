#include "map_change.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions {

namespace {

std::optional<double> optional_number(const Poco::JSON::Object& object, const std::string& key) {
    if (!object.has(key) || object.isNull(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isNumeric() || value.isBoolean()) return std::nullopt;
    return value.convert<double>();
}

std::optional<int> optional_count(const Poco::JSON::Object& object, const std::string& key) {
    const std::optional<double> value = optional_number(object, key);
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

int whole(const Poco::JSON::Object& object, const std::string& key) {
    return optional_count(object, key).value_or(0);
}

std::string text(const Poco::JSON::Object& object, const std::string& key,
                 const std::string& otherwise) {
    if (!object.has(key) || object.isNull(key)) return otherwise;
    const Poco::Dynamic::Var value = object.get(key);
    return value.isString() ? value.toString() : otherwise;
}

ListedActor actor_of(const Poco::JSON::Object& entry, const char* move) {
    ListedActor actor;
    actor.key = text(entry, "actor", "");
    actor.label = text(entry, "label", actor.key);
    actor.move = move;
    actor.ring_from = optional_number(entry, "ring_from");
    actor.ring_to = optional_number(entry, "ring_to");
    actor.placed_by_from = optional_count(entry, "placed_by_from");
    actor.placed_by_to = optional_count(entry, "placed_by_to");
    // A ring is only as good as the count behind it: a wave whose count is
    // withheld draws nothing, whatever the ring says.
    if (!actor.placed_by_from || *actor.placed_by_from == 0) actor.ring_from.reset();
    if (!actor.placed_by_to || *actor.placed_by_to == 0) actor.ring_to.reset();
    return actor;
}

void read_summary(const Poco::JSON::Object& map, MapChange& change) {
    Poco::JSON::Object::Ptr summary = map.getObject("summary");
    if (!summary) return;
    change.moved_inward = whole(*summary, "moved_inward");
    change.moved_outward = whole(*summary, "moved_outward");
    change.appeared = whole(*summary, "appeared");
    change.disappeared = whole(*summary, "disappeared");
    change.unchanged = whole(*summary, "unchanged");
    change.unclassified = whole(*summary, "unclassified");
}

std::optional<PairedMoves> read_paired(const Poco::JSON::Object& map) {
    Poco::JSON::Object::Ptr paired = map.getObject("paired");
    if (!paired || (paired->has("suppressed") && paired->get("suppressed").isBoolean() &&
                    paired->get("suppressed").extract<bool>()))
        return std::nullopt;
    const std::optional<int> pairs = optional_count(*paired, "pairs");
    if (!pairs || *pairs == 0) return std::nullopt;
    PairedMoves moves;
    moves.pairs = *pairs;
    moves.respondents_with_moves = whole(*paired, "respondents_with_moves");
    if (Poco::JSON::Object::Ptr counts = paired->getObject("moves")) {
        moves.moved_inward = whole(*counts, "moved_inward");
        moves.moved_outward = whole(*counts, "moved_outward");
        moves.appeared = whole(*counts, "appeared");
        moves.disappeared = whole(*counts, "disappeared");
        moves.unchanged = whole(*counts, "unchanged");
    }
    return moves;
}

}  // namespace

MapChange read_map_change(const GroupReport& group) { return read_map_change(group.instrument); }

MapChange read_map_change(const Poco::JSON::Object::Ptr& extras) {
    MapChange change;
    if (!extras) return change;
    change.suppressed = extras->has("suppressed") && extras->get("suppressed").isBoolean() &&
                        extras->get("suppressed").extract<bool>();
    Poco::JSON::Object::Ptr map = extras->getObject("network_map");
    if (!map) {
        change.present = change.suppressed;  // a withheld group still has a (hidden) map
        return change;
    }
    change.present = true;
    change.rings = optional_count(*map, "rings").value_or(0);
    if (change.rings < 1) change.rings = 4;  // the form's default; the JSON is not as documented
    change.respondents_from = whole(*map, "respondents_from");
    change.respondents_to = whole(*map, "respondents_to");
    change.actors_withheld = whole(*map, "actors_withheld");
    read_summary(*map, change);
    change.paired = read_paired(*map);
    Poco::JSON::Object::Ptr actors = map->getObject("actors");
    if (!actors) return change;
    for (const char* move : {"moved_inward", "moved_outward", "appeared", "disappeared",
                             "unchanged", "unclassified"}) {
        Poco::JSON::Array::Ptr list = actors->getArray(move);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i)
            if (Poco::JSON::Object::Ptr entry = list->getObject(static_cast<unsigned>(i)))
                change.actors.push_back(actor_of(*entry, move));
    }
    return change;
}

}  // namespace sonda::network_dimensions
