#include "network_map_scoring.hpp"

#include <algorithm>
#include <map>

namespace sonda::network_dimensions {

double actor_weight(const NetworkMapSpec& spec, const MapActor& actor) {
    if (!spec.intensity_min || !spec.intensity_max) return 1.0;
    if (actor.intensity) return static_cast<double>(*actor.intensity - *spec.intensity_min + 1);
    return static_cast<double>(*spec.intensity_max - *spec.intensity_min) / 2.0 + 1.0;
}

NetworkMapScores score_network_map(const NetworkMapSpec& spec, const NetworkMapAnswer& answer) {
    NetworkMapScores scores;
    scores.actors_per_ring.assign(static_cast<std::size_t>(spec.rings), 0);
    double weighted = 0;
    double weights = 0;
    for (const MapActor& actor : answer.actors) {
        if (actor.ring < 1 || actor.ring > spec.rings)
            continue;  // parse_network_map_answer refuses these
        ++scores.actors_per_ring[static_cast<std::size_t>(actor.ring - 1)];
        ++scores.total_actors;
        const double closeness =
            static_cast<double>(spec.rings - actor.ring + 1) / static_cast<double>(spec.rings);
        const double weight = actor_weight(spec, actor);
        weighted += weight * closeness;
        weights += weight;
    }
    if (weights > 0) scores.closeness = weighted / weights;
    return scores;
}

std::vector<std::string> network_map_score_names(const NetworkMapSpec& spec) {
    std::vector<std::string> names;
    for (int ring = 1; ring <= spec.rings; ++ring)
        names.push_back("ring_" + std::to_string(ring) + "_actors");
    names.push_back("total_actors");
    names.push_back("closeness_index");
    return names;
}

const TerritoryActor* TerritoryMap::actor(const std::string& key) const {
    for (const TerritoryActor& candidate : actors)
        if (candidate.key == key) return &candidate;
    return nullptr;
}

void TerritoryMapBuilder::add(const NetworkMapAnswer& map, const MapOrder& order) {
    ++m_respondents;
    for (const MapActor& actor : map.actors) {
        auto [found, inserted] = m_actors.try_emplace(actor.key);
        Tally& tally = found->second;
        if (inserted) {
            tally.actor.key = actor.key;
            tally.actor.ring_counts.assign(static_cast<std::size_t>(m_rings), 0);
        }
        if (inserted || order < tally.first_at) {
            tally.actor.first = actor;
            tally.first_at = order;
        }
        // One placement per respondent: parse_network_map_answer refuses duplicates.
        ++tally.actor.placed_by;
        if (actor.ring >= 1 && actor.ring <= m_rings)
            ++tally.actor.ring_counts[static_cast<std::size_t>(actor.ring - 1)];
        ++tally.rings[actor.ring];
        if (actor.intensity) {
            tally.intensity_sum += *actor.intensity;
            ++tally.intensity_count;
        }
    }
}

namespace {

// median() of the placements counted in `rings` (n of them, n > 0).
double median_ring(const std::map<int, int>& rings, int n) {
    const auto at = [&](int index) {
        int seen = 0;
        for (const auto& [ring, count] : rings)
            if (index < (seen += count)) return static_cast<double>(ring);
        return 0.0;  // not reached: index < n
    };
    return n % 2 == 1 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2.0;
}

}  // namespace

TerritoryMap TerritoryMapBuilder::build() const {
    TerritoryMap territory;
    territory.respondents = m_respondents;
    for (const auto& [key, tally] : m_actors) {
        TerritoryActor actor = tally.actor;
        actor.median_ring = median_ring(tally.rings, actor.placed_by);
        if (tally.intensity_count > 0)
            actor.mean_intensity = tally.intensity_sum / tally.intensity_count;
        territory.actors.push_back(std::move(actor));
    }
    std::sort(territory.actors.begin(), territory.actors.end(),
              [](const TerritoryActor& a, const TerritoryActor& b) {
                  if (a.median_ring != b.median_ring) return a.median_ring < b.median_ring;
                  if (a.placed_by != b.placed_by) return a.placed_by > b.placed_by;
                  return a.key < b.key;
              });
    return territory;
}

TerritoryMap build_territory_map(const NetworkMapSpec& spec,
                                 const std::vector<NetworkMapAnswer>& maps) {
    TerritoryMapBuilder builder(spec);
    for (const NetworkMapAnswer& map : maps) builder.add(map);
    return builder.build();
}

}  // namespace sonda::network_dimensions
