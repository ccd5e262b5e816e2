#include "group_figures.hpp"

#include <Poco/JSON/Array.h>

namespace sonda::network_dimensions {

bool suppressed(std::size_t group_size, const CompareOptions& options) {
    return options.suppression && group_size < static_cast<std::size_t>(options.min_cell);
}

int small_actor_threshold(const CompareOptions& options) {
    return options.suppression ? options.min_cell : 0;
}

void BandTally::add(const ScoreDefinition& banded, std::optional<double> score) {
    if (counts.size() != banded.bands.size()) counts.assign(banded.bands.size(), 0);
    if (!score) {
        ++missing;
        return;
    }
    ++scored;
    // The core's rule (from <= v < to, the last band closed), not a copy of it.
    if (const Band* band = banded.band_of(*score))
        ++counts[static_cast<std::size_t>(band - banded.bands.data())];
}

Poco::JSON::Object::Ptr BandTally::to_json(const DimensionLayout& layout,
                                           const std::string& language) const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("n", scored);
    out->set("missing", missing);
    Poco::JSON::Array::Ptr bands = new Poco::JSON::Array;
    for (std::size_t b = 0; b < layout.bands.size(); ++b) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("band", layout.bands[b].id);
        entry->set("label", layout.bands[b].label.get(language));
        entry->set("count", b < counts.size() ? counts[b] : 0);
        bands->add(entry);
    }
    out->set("bands", bands);
    return out;
}

}  // namespace sonda::network_dimensions
