#include "dimension_bands.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions {

namespace {

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
        out.push_back(DimensionBands{id, entry->optValue<std::string>("label", id),
                                     bands_of(entry->getObject("from")),
                                     bands_of(entry->getObject("to"))});
    }
    return out;
}

}  // namespace sonda::network_dimensions
