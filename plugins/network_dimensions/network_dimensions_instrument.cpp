#include "network_dimensions_instrument.hpp"

#include <memory>

#include "dimension_scoring.hpp"
#include "dimensions.hpp"
#include "network_map.hpp"
#include "network_map_scoring.hpp"
#include "registration.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::network_dimensions {

namespace {

LocalizedText bilingual(const std::string& italian, const std::string& english) {
    LocalizedText text;
    text.set("it", italian);
    text.set("en", english);
    return text;
}

}  // namespace

const Item* network_map_item(const Form& form) {
    for (const Item& item : form.items)
        if (item.type == "network_map") return &item;
    return nullptr;
}

LocalizedText NetworkDimensionsInstrument::description() const {
    return bilingual(
        "Dimensioni della rete (condivisione, integrazione, consolidamento e sviluppo, capacity "
        "building) e mappa di rete a cerchi concentrici",
        "Network dimensions (sharing, integration, consolidation and development, capacity "
        "building) and the network map of concentric circles");
}

void NetworkDimensionsInstrument::check_form(const Form& form, std::vector<Issue>& issues) const {
    const DimensionLayout layout = read_dimension_layout(form, issues);
    const Item* first_map = nullptr;
    bool any_likert = false;
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        any_likert = any_likert || item.type == "likert";
        if (item.type != "network_map") continue;
        if (first_map) {
            // The map's scores have fixed names (ring_1_actors, ...): one map a form.
            issues.push_back(
                Issue{Location{form.source, 0, "$.items[" + std::to_string(i) + "]", item.id},
                      i18n::message("network-dimensions.input.second_map", first_map->id)});
        } else {
            first_map = &item;
        }
    }
    if (!any_likert && !first_map)
        issues.push_back(Issue{Location{form.source, 0, "$.items", ""},
                               i18n::message("network-dimensions.input.measures_nothing")});
}

std::vector<ScoreDefinition> NetworkDimensionsInstrument::score_definitions(
    const Form& form) const {
    const DimensionLayout layout = dimension_layout(form);
    std::vector<ScoreDefinition> definitions;
    for (const DimensionItems& dimension : layout.dimensions) {
        ScoreDefinition definition;
        definition.name = dimension.id;
        definition.label = dimension_label(dimension.id);
        definition.items = dimension.likert;
        definition.min = layout.scale_min;
        definition.max = layout.scale_max;
        definition.bands = layout.bands;
        // Agreement that the network shares, integrates, consolidates, builds.
        definition.improvement = Improvement::Higher;
        definitions.push_back(std::move(definition));
    }
    if (const Item* map = network_map_item(form)) {
        const NetworkMapSpec& spec = network_map_spec(*map);
        for (int ring = 1; ring <= spec.rings; ++ring) {
            ScoreDefinition definition;
            definition.name = "ring_" + std::to_string(ring) + "_actors";
            definition.label = bilingual("Attori nel cerchio " + std::to_string(ring),
                                         "Actors on ring " + std::to_string(ring));
            definition.min = 0;
            // Ring 1 is the closest collaboration: more actors there is the
            // aim. The outermost ring holds the actors furthest away: fewer
            // there is better, as they move inward (docs/instruments/
            // network-dimensions.md, "Which way is better"). A ring in between
            // fills as actors come in from outside and empties as they move
            // closer still, so its count has no better direction.
            definition.improvement = ring == 1            ? Improvement::Higher
                                     : ring == spec.rings ? Improvement::Lower
                                                          : Improvement::Neither;
            definitions.push_back(std::move(definition));
        }
        ScoreDefinition total;
        total.name = "total_actors";
        total.label = bilingual("Attori sulla mappa", "Actors on the map");
        total.min = 0;
        // A wider network: the workshops aim to bring services into it.
        total.improvement = Improvement::Higher;
        definitions.push_back(std::move(total));
        ScoreDefinition closeness;
        closeness.name = "closeness_index";
        closeness.label = bilingual("Indice di vicinanza", "Closeness index");
        closeness.min = 0;
        closeness.max = 1;
        closeness.improvement = Improvement::Higher;
        definitions.push_back(std::move(closeness));
    }
    return definitions;
}

std::vector<Score> NetworkDimensionsInstrument::score(const Form& form,
                                                      const Response& response) const {
    const DimensionLayout layout = dimension_layout(form);
    const Poco::JSON::Object empty;
    const Poco::JSON::Object& answers = response.answers ? *response.answers : empty;
    std::vector<Score> scores;
    for (const DimensionItems& dimension : layout.dimensions)
        scores.push_back(Score{dimension.id, dimension_score(dimension, answers)});

    if (const Item* map = network_map_item(form)) {
        const NetworkMapSpec& spec = network_map_spec(*map);
        const std::vector<std::string> names = network_map_score_names(spec);
        std::optional<NetworkMapAnswer> answer;
        if (answers.has(map->id))
            answer = read_network_map_answer(*map, spec, answers.get(map->id));
        if (!answer) {
            for (const std::string& name : names) scores.push_back(Score{name, std::nullopt});
        } else {
            const NetworkMapScores map_scores = score_network_map(spec, *answer);
            for (int ring = 0; ring < spec.rings; ++ring)
                scores.push_back(Score{names[static_cast<std::size_t>(ring)],
                                       map_scores.actors_per_ring[static_cast<std::size_t>(ring)]});
            scores.push_back(Score{"total_actors", map_scores.total_actors});
            scores.push_back(Score{"closeness_index", map_scores.closeness});
        }
    }
    return scores;
}

void register_instruments(PluginContext& plugin) {
    plugin.add_instrument(std::make_unique<NetworkDimensionsInstrument>());
}

}  // namespace sonda::network_dimensions
