// NetworkDimensionsInstrument::aggregate: what the instrument adds to the
// summary of one group (a territory) at one wave.
#include <Poco/JSON/Array.h>

#include <map>

#include "dimensions.hpp"
#include "group_figures.hpp"
#include "network_dimensions_instrument.hpp"
#include "network_map_scoring.hpp"

namespace sonda::network_dimensions {

namespace {

// The texts of one text_list facet, identical entries (case and spacing
// ignored) counted once with how many wrote them, in order of first mention.
Poco::JSON::Array::Ptr facet_texts(const std::vector<std::string>& items,
                                   const std::vector<Response>& group) {
    std::vector<std::pair<std::string, int>> entries;
    std::map<std::string, std::size_t> index;
    for (const Response& response : group) {
        if (!response.answers) continue;
        for (const std::string& item : items) {
            for (std::string& text : text_list_entries(*response.answers, item)) {
                const auto [found, inserted] = index.emplace(normalise_name(text), entries.size());
                if (inserted)
                    entries.emplace_back(std::move(text), 1);
                else
                    ++entries[found->second].second;
            }
        }
    }
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& [text, count] : entries) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("text", text);
        entry->set("count", count);
        out->add(entry);
    }
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr NetworkDimensionsInstrument::aggregate(
    const Form& form, const std::vector<Response>& group, const CompareOptions& options) const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("instrument", id());
    out->set("n", group.size());
    out->set("min_cell", options.min_cell);
    out->set("suppressed", suppressed(group.size(), options));
    if (suppressed(group.size(), options)) return out;

    const DimensionLayout layout = dimension_layout(form);
    Poco::JSON::Object::Ptr dimensions = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const DimensionItems& dimension : layout.dimensions) {
        Poco::JSON::Object::Ptr entry = band_counts(layout, dimension, group, options.language);
        entry->set("label", dimension_label(dimension.id).get(options.language));
        entry->set("items", static_cast<int>(dimension.likert.size()));
        Poco::JSON::Object::Ptr texts = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (std::string_view facet : kFacetIds) {
            const auto items = dimension.texts.find(std::string(facet));
            texts->set(std::string(facet), items == dimension.texts.end()
                                               ? Poco::JSON::Array::Ptr(new Poco::JSON::Array)
                                               : facet_texts(items->second, group));
        }
        entry->set("texts", texts);
        dimensions->set(dimension.id, entry);
    }
    out->set("dimensions", dimensions);

    if (const Item* map = network_map_item(form)) {
        const NetworkMapSpec& spec = network_map_spec(*map);
        Poco::JSON::Object::Ptr territory =
            territory_map_to_json(spec, build_territory_map(spec, group_maps(*map, spec, group)),
                                  options.language, small_actor_threshold(options));
        territory->set("item", map->id);
        out->set("network_map", territory);
    } else {
        out->set("network_map", Poco::Dynamic::Var());
    }
    return out;
}

}  // namespace sonda::network_dimensions
