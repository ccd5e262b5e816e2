#include "dimension_bands.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions {

namespace {

std::optional<int> count_of(const Poco::JSON::Object::Ptr& wave, const char* key) {
    if (!wave || !wave->has(key) || wave->isNull(key) || !wave->get(key).isNumeric())
        return std::nullopt;
    return wave->get(key).convert<int>();
}

std::vector<BandCount> bands_of(const Poco::JSON::Object::Ptr& wave) {
    std::vector<BandCount> out;
    if (!wave) return out;
    const Poco::JSON::Array::Ptr bands = wave->getArray("bands");
    if (!bands) return out;
    for (std::size_t i = 0; i < bands->size(); ++i) {
        const Poco::JSON::Object::Ptr entry = bands->getObject(static_cast<unsigned>(i));
        if (!entry) continue;
        BandCount band;
        band.band = entry->optValue<std::string>("band", "");
        band.label = entry->optValue<std::string>("label", band.band);
        if (entry->has("count") && !entry->isNull("count") && entry->get("count").isNumeric())
            band.count = entry->get("count").convert<int>();
        out.push_back(std::move(band));
    }
    return out;
}

}  // namespace

std::vector<DimensionBands> read_dimension_bands(const Poco::JSON::Object::Ptr& extras) {
    std::vector<DimensionBands> out;
    if (!extras) return out;
    const Poco::JSON::Object::Ptr dimensions = extras->getObject("dimensions");
    if (!dimensions) return out;
    // getNames() keeps the order the report wrote (the form's dimensions).
    for (const std::string& id : dimensions->getNames()) {
        const Poco::JSON::Object::Ptr entry = dimensions->getObject(id);
        if (!entry) continue;
        const Poco::JSON::Object::Ptr from = entry->getObject("from");
        const Poco::JSON::Object::Ptr to = entry->getObject("to");
        DimensionBands dimension;
        dimension.id = id;
        dimension.label = entry->optValue<std::string>("label", id);
        dimension.n_from = count_of(from, "n");
        dimension.n_to = count_of(to, "n");
        dimension.missing_from = count_of(from, "missing");
        dimension.missing_to = count_of(to, "missing");
        dimension.from = bands_of(from);
        dimension.to = bands_of(to);
        out.push_back(std::move(dimension));
    }
    return out;
}

}  // namespace sonda::network_dimensions
