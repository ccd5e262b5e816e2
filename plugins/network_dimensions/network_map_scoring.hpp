// What a network map says, per respondent and per territory.
//
// Per respondent: actors per ring, total actors, and the closeness index: the
// weighted mean over the actors of (rings - ring + 1) / rings, which is 1 for
// an actor on the innermost ring and 1/rings on the outermost. The weight is
// the relation's intensity counted from the bottom of the scale
// (intensity - min + 1), the scale's midpoint for an actor whose intensity is
// not given, and 1 for every actor when the map has no intensity scale. A map
// with no actors has no closeness index (missing).
//
// Per territory (a group of respondents at one wave): every actor placed by
// anyone, how many respondents placed it, on which rings, and its median ring
// (the mean of the two middle rings for an even count).
#pragma once

#include <Poco/JSON/Object.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "network_map.hpp"

namespace sonda::network_dimensions {

struct NetworkMapScores {
    std::vector<int> actors_per_ring;  // [0] = ring 1
    int total_actors = 0;
    std::optional<double> closeness;
};

double actor_weight(const NetworkMapSpec& spec, const MapActor& actor);
NetworkMapScores score_network_map(const NetworkMapSpec& spec, const NetworkMapAnswer& answer);

// The names of the map scores, in the order score_network_map's values are
// reported: ring_1_actors .. ring_<rings>_actors, total_actors, closeness_index.
std::vector<std::string> network_map_score_names(const NetworkMapSpec& spec);

struct TerritoryActor {
    std::string key;
    MapActor first;                // as first placed: service id, name as written
    int placed_by = 0;             // respondents who placed it
    std::vector<int> ring_counts;  // [0] = ring 1
    double median_ring = 0;
    std::optional<double> mean_intensity;
};

struct TerritoryMap {
    int respondents = 0;                 // maps taken into account
    std::vector<TerritoryActor> actors;  // by median ring, then placed_by (most first), then key

    const TerritoryActor* actor(const std::string& key) const;
};

TerritoryMap build_territory_map(const NetworkMapSpec& spec,
                                 const std::vector<NetworkMapAnswer>& maps);

// Where a map comes in the store's order: (territory, respondent, response id).
using MapOrder = std::array<std::string, 3>;

// build_territory_map one map at a time, keeping per actor only its tallies
// (rings as counts, so the median needs no list of placements). An actor's
// `first` is its placement in the map with the smallest MapOrder (ties: the
// earlier add), so maps added in any order build the map of the same maps
// listed in MapOrder.
class TerritoryMapBuilder {
  public:
    explicit TerritoryMapBuilder(const NetworkMapSpec& spec) : m_rings(spec.rings) {}
    void add(const NetworkMapAnswer& map, const MapOrder& order = {});
    TerritoryMap build() const;

  private:
    struct Tally {
        TerritoryActor actor;
        MapOrder first_at;
        std::map<int, int> rings;  // ring -> placements
        double intensity_sum = 0;  // of integers: exact in any order
        int intensity_count = 0;
    };
    int m_rings;
    int m_respondents = 0;
    std::map<std::string, Tally> m_actors;
};

}  // namespace sonda::network_dimensions
