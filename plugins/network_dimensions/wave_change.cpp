// NetworkDimensionsInstrument's comparison of one group (a territory) between
// two waves, built response by response. The band counts come from the stored
// dimension scores, so only responses with a network map are read: on a form
// without maps answered the whole comparison needs no JSON at all.
#include <Poco/JSON/Array.h>

#include <cmath>

#include "dimensions.hpp"
#include "group_figures.hpp"
#include "network_dimensions_instrument.hpp"
#include "network_map_comparison.hpp"

namespace sonda::network_dimensions {

namespace {

class WaveChange final : public ExtrasAccumulator {
  public:
    // `definitions`: the instrument's for `form`, in the order of the scores
    // add() is given.
    WaveChange(const Form& form, const std::vector<ScoreDefinition>& definitions,
               CompareOptions options)
        : m_options(std::move(options)),
          m_layout(dimension_layout(form)),
          m_map(network_map_item(form)) {
        m_banded.bands = m_layout.bands;
        const auto position = [&](std::string_view name) {
            for (std::size_t d = 0; d < definitions.size(); ++d)
                if (definitions[d].name == name) return d;
            return kNone;
        };
        for (const DimensionItems& dimension : m_layout.dimensions)
            m_dimension_scores.push_back(position(dimension.id));
        m_total_actors = position("total_actors");
        if (m_map) m_spec = &network_map_spec(*m_map);
        for (Side& side : m_sides) {
            side.bands.resize(m_layout.dimensions.size());
            if (m_spec) side.map.emplace(*m_spec);
        }
    }

    // A response scores total_actors exactly when it holds a readable map.
    bool wants_response(std::span<const double> scores) const override {
        return m_map && !std::isnan(score_at(scores, m_total_actors));
    }

    void add(const ResponseView& view) override {
        Side& side = m_sides[static_cast<int>(view.side)];
        ++side.n;
        for (std::size_t d = 0; d < side.bands.size(); ++d) {
            const double score = score_at(view.scores, m_dimension_scores[d]);
            side.bands[d].add(m_banded, std::isnan(score) ? std::nullopt : std::optional(score));
        }
        if (!view.response || !m_map || !view.response->answers ||
            !view.response->answers->has(m_map->id))
            return;
        std::optional<NetworkMapAnswer> map =
            read_network_map_answer(*m_map, *m_spec, view.response->answers->get(m_map->id));
        if (!map) return;
        side.map->add(*map, {std::string(view.territory), std::string(view.respondent),
                             std::string(view.id)});
        // Pairs are matched by code within a territory; a response without a
        // code is never paired. A code twice in a wave keeps its last response.
        if (view.respondent.empty()) return;
        const std::string key = std::string(view.territory) + '\n' + std::string(view.respondent);
        auto [found, inserted] = side.by_respondent.try_emplace(key);
        if (inserted || found->second.id < view.id)
            found->second = {std::string(view.id), std::move(*map)};
    }

    Poco::JSON::Object::Ptr finish() override;

  private:
    struct Keyed {
        std::string id;
        NetworkMapAnswer map;
    };
    struct Side {
        std::size_t n = 0;
        std::vector<BandTally> bands;  // per dimension
        std::optional<TerritoryMapBuilder> map;
        // (territory '\n' code) -> the map, for the paired moves: the one
        // per-respondent state, and only for respondents who drew a map.
        std::map<std::string, Keyed> by_respondent;
    };

    Poco::JSON::Object::Ptr map_change() const;

    CompareOptions m_options;
    DimensionLayout m_layout;
    ScoreDefinition m_banded;
    const Item* m_map = nullptr;
    const NetworkMapSpec* m_spec = nullptr;
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    static double score_at(std::span<const double> scores, std::size_t at) {
        return at < scores.size() ? scores[at] : std::nan("");
    }
    std::vector<std::size_t> m_dimension_scores;  // per dimension, its score's position
    std::size_t m_total_actors = kNone;
    Side m_sides[2];
};

Poco::JSON::Object::Ptr WaveChange::finish() {
    const Side& from = m_sides[0];
    const Side& to = m_sides[1];
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("instrument", kInstrumentId);
    out->set("n_from", from.n);
    out->set("n_to", to.n);
    out->set("min_cell", m_options.min_cell);
    const bool hidden = suppressed(from.n, m_options) || suppressed(to.n, m_options);
    out->set("suppressed", hidden);
    if (hidden) return out;

    Poco::JSON::Object::Ptr dimensions = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (std::size_t d = 0; d < m_layout.dimensions.size(); ++d) {
        const std::string& id = m_layout.dimensions[d].id;
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("label", dimension_label(id).get(m_options.language));
        entry->set("from", from.bands[d].to_json(m_layout, m_options.language));
        entry->set("to", to.bands[d].to_json(m_layout, m_options.language));
        dimensions->set(id, entry);
    }
    out->set("dimensions", dimensions);
    out->set("network_map", m_map ? Poco::Dynamic::Var(map_change()) : Poco::Dynamic::Var());
    return out;
}

Poco::JSON::Object::Ptr WaveChange::map_change() const {
    const Side& from = m_sides[0];
    const Side& to = m_sides[1];
    const TerritoryMap map_from = from.map->build();
    const TerritoryMap map_to = to.map->build();
    const MapComparison changes =
        compare_territory_maps(map_from, map_to, small_actor_threshold(m_options));

    Poco::JSON::Object::Ptr change = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    change->set("item", m_map->id);
    change->set("rings", m_spec->rings);
    change->set("respondents_from", map_from.respondents);
    change->set("respondents_to", map_to.respondents);
    // Counted over the listed actors only (compare_territory_maps), so that
    // no withheld actor is the difference between a total and the list.
    change->set("summary", map_summary_to_json(changes.summary));
    change->set("actors", map_changes_to_json(*m_spec, changes.actors, m_options.language));
    change->set("actors_withheld", changes.actors_withheld);

    // Respondents who drew a map at both waves, matched by their code.
    std::vector<std::pair<NetworkMapAnswer, NetworkMapAnswer>> pairs;
    for (const auto& [respondent, earlier] : from.by_respondent) {
        const auto later = to.by_respondent.find(respondent);
        if (later != to.by_respondent.end()) pairs.emplace_back(earlier.map, later->second.map);
    }
    const PairedMoves paired = compare_paired_maps(pairs);
    Poco::JSON::Object::Ptr paired_json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    paired_json->set("pairs", paired.pairs);
    const bool pairs_hidden = suppressed(static_cast<std::size_t>(paired.pairs), m_options);
    paired_json->set("suppressed", pairs_hidden);
    if (!pairs_hidden) {
        paired_json->set("respondents_with_moves", paired.respondents_with_moves);
        paired_json->set("moves", move_counts_to_json(paired.totals));
    }
    change->set("paired", paired_json);
    return change;
}

}  // namespace

std::unique_ptr<ExtrasAccumulator> NetworkDimensionsInstrument::start_comparison(
    const Form& form, const CompareOptions& options) const {
    return std::make_unique<WaveChange>(form, score_definitions(form), options);
}

Poco::JSON::Object::Ptr NetworkDimensionsInstrument::compare(const Form& form,
                                                             const std::vector<Response>& from,
                                                             const std::vector<Response>& to,
                                                             const CompareOptions& options) const {
    return compare_responses(*this, form, from, to, options);
}

}  // namespace sonda::network_dimensions
