// How a network map changed between two waves.
//
// Territory level: the two territory maps (network_map_scoring.hpp) are
// matched actor by actor. An actor on both maps moved inward when its median
// ring got smaller (closer to the centre), outward when it got larger, and is
// unchanged otherwise; an actor only on the later map appeared, one only on the
// earlier map disappeared.
//
// Respondent level: the maps of respondents who answered at both waves
// (matched by pseudonymous code) are compared the same way, ring against ring,
// and the moves are counted over all pairs.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "network_map.hpp"
#include "network_map_scoring.hpp"

namespace sonda::network_dimensions {

enum class ActorMove { MovedInward, MovedOutward, Unchanged, Appeared, Disappeared };

const char* move_name(ActorMove move);  // "moved_inward", ...

struct ActorChange {
    std::string key;
    MapActor
        actor;  // for the label: as first placed at the later wave (earlier when it disappeared)
    ActorMove move = ActorMove::Unchanged;
    std::optional<double> ring_from;  // median rings
    std::optional<double> ring_to;
    int placed_by_from = 0;
    int placed_by_to = 0;
};

// Every actor of either map, grouped by move in the order of ActorMove; within
// a group the largest move first, then by key.
std::vector<ActorChange> compare_territory_maps(const TerritoryMap& from, const TerritoryMap& to);

struct MoveCounts {
    int moved_inward = 0;
    int moved_outward = 0;
    int unchanged = 0;
    int appeared = 0;
    int disappeared = 0;

    int moves() const { return moved_inward + moved_outward + appeared + disappeared; }
};

MoveCounts count_moves(const NetworkMapAnswer& from, const NetworkMapAnswer& to);

struct PairedMoves {
    int pairs = 0;
    MoveCounts totals;               // summed over the pairs
    int respondents_with_moves = 0;  // pairs with at least one move
};

PairedMoves compare_paired_maps(
    const std::vector<std::pair<NetworkMapAnswer, NetworkMapAnswer>>& pairs);

Poco::JSON::Object::Ptr map_changes_to_json(const NetworkMapSpec& spec,
                                            const std::vector<ActorChange>& changes,
                                            const std::string& language);
Poco::JSON::Object::Ptr move_counts_to_json(const MoveCounts& counts);

}  // namespace sonda::network_dimensions
