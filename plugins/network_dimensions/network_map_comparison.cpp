#include "network_map_comparison.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace sonda::network_dimensions {

namespace {

ActorMove classify(double ring_from, double ring_to) {
    if (ring_to < ring_from) return ActorMove::MovedInward;
    if (ring_to > ring_from) return ActorMove::MovedOutward;
    return ActorMove::Unchanged;
}

double distance(const ActorChange& change) {
    if (change.ring_from && change.ring_to) return std::fabs(*change.ring_to - *change.ring_from);
    return 0;
}

// Whether an actor's figures at one wave may be shown: it was placed there,
// by at least min_placed respondents.
bool shown_at(const TerritoryActor* wave, int min_placed) {
    return wave && wave->placed_by >= min_placed;
}

}  // namespace

void MoveCounts::add(ActorMove move) {
    switch (move) {
        case ActorMove::MovedInward:
            ++moved_inward;
            break;
        case ActorMove::MovedOutward:
            ++moved_outward;
            break;
        case ActorMove::Unchanged:
            ++unchanged;
            break;
        case ActorMove::Appeared:
            ++appeared;
            break;
        case ActorMove::Disappeared:
            ++disappeared;
            break;
        case ActorMove::Unclassified:
            ++unclassified;
            break;
    }
}

const char* move_name(ActorMove move) {
    switch (move) {
        case ActorMove::MovedInward:
            return "moved_inward";
        case ActorMove::MovedOutward:
            return "moved_outward";
        case ActorMove::Unchanged:
            return "unchanged";
        case ActorMove::Appeared:
            return "appeared";
        case ActorMove::Disappeared:
            return "disappeared";
        case ActorMove::Unclassified:
            return "unclassified";
    }
    return "unchanged";
}

MapComparison compare_territory_maps(const TerritoryMap& from, const TerritoryMap& to,
                                     int min_placed) {
    MapComparison out;
    auto consider = [&](const std::string& key, const TerritoryActor* earlier,
                        const TerritoryActor* later) {
        const bool show_from = shown_at(earlier, min_placed);
        const bool show_to = shown_at(later, min_placed);
        if (!show_from && !show_to) {
            // Every wave where anyone placed it was placed by too few: not
            // even its presence is listed.
            ++out.actors_withheld;
            return;
        }
        ActorChange change;
        change.key = key;
        change.actor = show_to ? later->first : earlier->first;
        change.placed_by_from = earlier ? std::optional<int>() : 0;
        change.placed_by_to = later ? std::optional<int>() : 0;
        if (show_from) {
            change.ring_from = earlier->median_ring;
            change.placed_by_from = earlier->placed_by;
        }
        if (show_to) {
            change.ring_to = later->median_ring;
            change.placed_by_to = later->placed_by;
        }
        if (show_from && show_to)
            change.move = classify(earlier->median_ring, later->median_ring);
        else if (!earlier)
            change.move = ActorMove::Appeared;
        else if (!later)
            change.move = ActorMove::Disappeared;
        else
            change.move = ActorMove::Unclassified;  // on both maps, one wave withheld
        out.actors.push_back(std::move(change));
    };
    for (const TerritoryActor& later : to.actors)
        consider(later.key, from.actor(later.key), &later);
    for (const TerritoryActor& earlier : from.actors)
        if (!to.actor(earlier.key)) consider(earlier.key, &earlier, nullptr);
    std::sort(out.actors.begin(), out.actors.end(), [](const ActorChange& a, const ActorChange& b) {
        if (a.move != b.move) return a.move < b.move;
        if (distance(a) != distance(b)) return distance(a) > distance(b);
        return a.key < b.key;
    });
    for (const ActorChange& change : out.actors) out.summary.add(change.move);
    return out;
}

MoveCounts count_moves(const NetworkMapAnswer& from, const NetworkMapAnswer& to) {
    std::map<std::string, int> earlier;
    for (const MapActor& actor : from.actors) earlier.emplace(actor.key, actor.ring);
    MoveCounts counts;
    for (const MapActor& actor : to.actors) {
        const auto found = earlier.find(actor.key);
        if (found == earlier.end()) {
            ++counts.appeared;
            continue;
        }
        switch (classify(found->second, actor.ring)) {
            case ActorMove::MovedInward:
                ++counts.moved_inward;
                break;
            case ActorMove::MovedOutward:
                ++counts.moved_outward;
                break;
            default:
                ++counts.unchanged;
                break;
        }
        earlier.erase(found);
    }
    counts.disappeared = static_cast<int>(earlier.size());
    return counts;
}

PairedMoves compare_paired_maps(
    const std::vector<std::pair<NetworkMapAnswer, NetworkMapAnswer>>& pairs) {
    PairedMoves paired;
    for (const auto& [from, to] : pairs) {
        const MoveCounts counts = count_moves(from, to);
        ++paired.pairs;
        paired.totals.moved_inward += counts.moved_inward;
        paired.totals.moved_outward += counts.moved_outward;
        paired.totals.unchanged += counts.unchanged;
        paired.totals.appeared += counts.appeared;
        paired.totals.disappeared += counts.disappeared;
        if (counts.moves() > 0) ++paired.respondents_with_moves;
    }
    return paired;
}

Poco::JSON::Object::Ptr map_changes_to_json(const NetworkMapSpec& spec,
                                            const std::vector<ActorChange>& changes,
                                            const std::string& language) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (ActorMove move : {ActorMove::MovedInward, ActorMove::MovedOutward, ActorMove::Appeared,
                           ActorMove::Disappeared, ActorMove::Unchanged, ActorMove::Unclassified}) {
        Poco::JSON::Array::Ptr group = new Poco::JSON::Array;
        for (const ActorChange& change : changes) {
            if (change.move != move) continue;
            Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            entry->set("actor", change.key);
            entry->set("service", change.actor.service.empty()
                                      ? Poco::Dynamic::Var()
                                      : Poco::Dynamic::Var(change.actor.service));
            entry->set("label", actor_label(spec, change.actor, language));
            entry->set("ring_from", change.ring_from ? Poco::Dynamic::Var(*change.ring_from)
                                                     : Poco::Dynamic::Var());
            entry->set("ring_to",
                       change.ring_to ? Poco::Dynamic::Var(*change.ring_to) : Poco::Dynamic::Var());
            entry->set("placed_by_from", change.placed_by_from
                                             ? Poco::Dynamic::Var(*change.placed_by_from)
                                             : Poco::Dynamic::Var());
            entry->set("placed_by_to", change.placed_by_to
                                           ? Poco::Dynamic::Var(*change.placed_by_to)
                                           : Poco::Dynamic::Var());
            group->add(entry);
        }
        out->set(move_name(move), group);
    }
    return out;
}

Poco::JSON::Object::Ptr move_counts_to_json(const MoveCounts& counts) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("moved_inward", counts.moved_inward);
    out->set("moved_outward", counts.moved_outward);
    out->set("appeared", counts.appeared);
    out->set("disappeared", counts.disappeared);
    out->set("unchanged", counts.unchanged);
    return out;
}

Poco::JSON::Object::Ptr map_summary_to_json(const MoveCounts& counts) {
    Poco::JSON::Object::Ptr out = move_counts_to_json(counts);
    out->set("unclassified", counts.unclassified);
    return out;
}

}  // namespace sonda::network_dimensions
