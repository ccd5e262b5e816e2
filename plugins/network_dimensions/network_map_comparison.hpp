// How a network map changed between two waves.
//
// Territory level: the two territory maps (network_map_scoring.hpp) are
// matched actor by actor. An actor on both maps moved inward when its median
// ring got smaller (closer to the centre), outward when it got larger, and is
// unchanged otherwise; an actor only on the later map appeared, one only on the
// earlier map disappeared.
//
// Small actors: an actor's figures at a wave (its median ring, how many placed
// it) describe only the respondents who placed it. With a threshold k (the
// min_cell, when suppression is on), a wave where 0 < placed_by < k is
// withheld for that actor: no ring, no placed_by, and no move derived from
// it (the actor is "unclassified" when the other wave is shown). An actor
// with no wave placed by k or more is not listed at all, only counted. The
// summary counts are those of the listed actors, so nothing withheld can be
// had back by subtracting listed actors from a total.
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

// Unclassified: listed, but one wave's figures are withheld (see above), so
// no move can be given.
enum class ActorMove { MovedInward, MovedOutward, Unchanged, Appeared, Disappeared, Unclassified };

const char* move_name(ActorMove move);  // "moved_inward", ...

struct ActorChange {
    std::string key;
    // For the label: as first placed at the later wave, unless that wave is
    // absent or withheld for this actor (then the earlier one).
    MapActor actor;
    ActorMove move = ActorMove::Unchanged;
    std::optional<double> ring_from;  // median rings; empty: absent or withheld
    std::optional<double> ring_to;
    std::optional<int> placed_by_from;  // 0: absent at that wave; empty: withheld
    std::optional<int> placed_by_to;
};

struct MoveCounts {
    int moved_inward = 0;
    int moved_outward = 0;
    int unchanged = 0;
    int appeared = 0;
    int disappeared = 0;
    int unclassified = 0;  // territory level only: a wave withheld for the actor

    int moves() const { return moved_inward + moved_outward + appeared + disappeared; }
    void add(ActorMove move);
};

struct MapComparison {
    // The listed actors, grouped by move in the order of ActorMove; within a
    // group the largest move first, then by key.
    std::vector<ActorChange> actors;
    int actors_withheld = 0;  // actors placed by fewer than k at every wave where placed
    MoveCounts summary;       // of `actors` only
};

// Every actor of either map, with the small-actor rule for threshold
// `min_placed` (0 or 1: every actor listed with all its figures).
MapComparison compare_territory_maps(const TerritoryMap& from, const TerritoryMap& to,
                                     int min_placed = 0);

MoveCounts count_moves(const NetworkMapAnswer& from, const NetworkMapAnswer& to);

struct PairedMoves {
    int pairs = 0;
    MoveCounts totals;               // summed over the pairs
    int respondents_with_moves = 0;  // pairs with at least one move
};

PairedMoves compare_paired_maps(
    const std::vector<std::pair<NetworkMapAnswer, NetworkMapAnswer>>& pairs);

// {"moved_inward": [...], ..., "unchanged": [...], "unclassified": [...]}
Poco::JSON::Object::Ptr map_changes_to_json(const NetworkMapSpec& spec,
                                            const std::vector<ActorChange>& changes,
                                            const std::string& language);
// The five moves of a respondent-level count (the paired moves).
Poco::JSON::Object::Ptr move_counts_to_json(const MoveCounts& counts);
// The territory-level summary: the five moves and "unclassified".
Poco::JSON::Object::Ptr map_summary_to_json(const MoveCounts& counts);

}  // namespace sonda::network_dimensions
