// NetworkDimensionsInstrument::compare: what the instrument adds to the change
// of one group (a territory) between two waves.
#include <Poco/JSON/Array.h>

#include "dimensions.hpp"
#include "group_figures.hpp"
#include "network_dimensions_instrument.hpp"
#include "network_map_comparison.hpp"

namespace sonda::network_dimensions {

Poco::JSON::Object::Ptr NetworkDimensionsInstrument::compare(const Form& form,
                                                             const std::vector<Response>& from,
                                                             const std::vector<Response>& to,
                                                             const CompareOptions& options) const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("instrument", id());
    out->set("n_from", from.size());
    out->set("n_to", to.size());
    out->set("min_cell", options.min_cell);
    const bool hidden = suppressed(from.size(), options) || suppressed(to.size(), options);
    out->set("suppressed", hidden);
    if (hidden) return out;

    const DimensionLayout layout = dimension_layout(form);
    Poco::JSON::Object::Ptr dimensions = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const DimensionItems& dimension : layout.dimensions) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("label", dimension_label(dimension.id).get(options.language));
        entry->set("from", band_counts(layout, dimension, from, options.language));
        entry->set("to", band_counts(layout, dimension, to, options.language));
        dimensions->set(dimension.id, entry);
    }
    out->set("dimensions", dimensions);

    const Item* map = network_map_item(form);
    if (!map) {
        out->set("network_map", Poco::Dynamic::Var());
        return out;
    }
    const NetworkMapSpec& spec = network_map_spec(*map);
    const std::vector<NetworkMapAnswer> maps_from = group_maps(*map, spec, from);
    const std::vector<NetworkMapAnswer> maps_to = group_maps(*map, spec, to);
    const MapComparison changes =
        compare_territory_maps(build_territory_map(spec, maps_from),
                               build_territory_map(spec, maps_to), small_actor_threshold(options));

    Poco::JSON::Object::Ptr change = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    change->set("item", map->id);
    change->set("rings", spec.rings);
    change->set("respondents_from", maps_from.size());
    change->set("respondents_to", maps_to.size());
    // Counted over the listed actors only (compare_territory_maps), so that
    // no withheld actor is the difference between a total and the list.
    change->set("summary", map_summary_to_json(changes.summary));
    change->set("actors", map_changes_to_json(spec, changes.actors, options.language));
    change->set("actors_withheld", changes.actors_withheld);

    // Respondents who drew a map at both waves, matched by their code.
    const auto by_respondent_from = maps_by_respondent(*map, spec, from);
    const auto by_respondent_to = maps_by_respondent(*map, spec, to);
    std::vector<std::pair<NetworkMapAnswer, NetworkMapAnswer>> pairs;
    for (const auto& [respondent, earlier] : by_respondent_from) {
        const auto later = by_respondent_to.find(respondent);
        if (later != by_respondent_to.end()) pairs.emplace_back(earlier, later->second);
    }
    const PairedMoves paired = compare_paired_maps(pairs);
    Poco::JSON::Object::Ptr paired_json = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    paired_json->set("pairs", paired.pairs);
    const bool pairs_hidden = suppressed(static_cast<std::size_t>(paired.pairs), options);
    paired_json->set("suppressed", pairs_hidden);
    if (!pairs_hidden) {
        paired_json->set("respondents_with_moves", paired.respondents_with_moves);
        paired_json->set("moves", move_counts_to_json(paired.totals));
    }
    change->set("paired", paired_json);
    out->set("network_map", change);
    return out;
}

}  // namespace sonda::network_dimensions
