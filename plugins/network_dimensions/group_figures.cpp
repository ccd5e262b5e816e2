#include "group_figures.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions {

bool suppressed(std::size_t group_size, const CompareOptions& options) {
    return options.suppression && group_size < static_cast<std::size_t>(options.min_cell);
}

int small_actor_threshold(const CompareOptions& options) {
    return options.suppression ? options.min_cell : 0;
}

Poco::JSON::Object::Ptr band_counts(const DimensionLayout& layout, const DimensionItems& dimension,
                                    const std::vector<Response>& group,
                                    const std::string& language) {
    ScoreDefinition banded;
    banded.bands = layout.bands;
    std::vector<int> counts(layout.bands.size(), 0);
    int scored = 0;
    int missing = 0;
    const Poco::JSON::Object empty;
    for (const Response& response : group) {
        const std::optional<double> value =
            dimension_score(dimension, response.answers ? *response.answers : empty);
        if (!value) {
            ++missing;
            continue;
        }
        ++scored;
        // The core's rule (from <= v < to, the last band closed), not a copy of it.
        if (const Band* band = banded.band_of(*value))
            ++counts[static_cast<std::size_t>(band - banded.bands.data())];
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("n", scored);
    out->set("missing", missing);
    Poco::JSON::Array::Ptr bands = new Poco::JSON::Array;
    for (std::size_t b = 0; b < layout.bands.size(); ++b) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("band", layout.bands[b].id);
        entry->set("label", layout.bands[b].label.get(language));
        entry->set("count", counts[b]);
        bands->add(entry);
    }
    out->set("bands", bands);
    return out;
}

std::vector<NetworkMapAnswer> group_maps(const Item& item, const NetworkMapSpec& spec,
                                         const std::vector<Response>& group) {
    std::vector<NetworkMapAnswer> maps;
    for (const Response& response : group) {
        if (!response.answers || !response.answers->has(item.id)) continue;
        if (auto map = read_network_map_answer(item, spec, response.answers->get(item.id)))
            maps.push_back(std::move(*map));
    }
    return maps;
}

std::map<std::string, NetworkMapAnswer> maps_by_respondent(const Item& item,
                                                           const NetworkMapSpec& spec,
                                                           const std::vector<Response>& group) {
    std::map<std::string, NetworkMapAnswer> maps;
    for (const Response& response : group) {
        if (!response.answers || !response.answers->has(item.id)) continue;
        if (response.respondent.empty()) continue;  // no code: never paired
        // Codes are scoped by territory: the same code in two territories is
        // two people, who must not be paired in a group spanning both.
        if (auto map = read_network_map_answer(item, spec, response.answers->get(item.id)))
            maps.insert_or_assign(response.territory + '\n' + response.respondent, std::move(*map));
    }
    return maps;
}

}  // namespace sonda::network_dimensions
