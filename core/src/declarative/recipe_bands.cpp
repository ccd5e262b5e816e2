#include "recipe_bands.hpp"

#include <cstdio>
#include <set>

#include "../forms/answer_values.hpp"
#include "../forms/identifiers.hpp"
#include "../forms/json_path.hpp"
#include "../forms/localized_text_json.hpp"
#include "sonda/util/json.hpp"

namespace sonda::declarative {

namespace {

using Need = DefinitionReader::Need;

const std::vector<std::string> kBandKeys{"id", "label", "from", "to"};

// One band at `path`; nothing when a key is missing or wrong.
std::optional<Band> read_band(const Poco::Dynamic::Var& value, const std::string& path,
                              DefinitionReader& reader, const std::vector<std::string>* languages) {
    const Poco::JSON::Object::Ptr object = as_object(value);
    if (!object) {
        reader.issue(path, say("band_not_object", json_type_name(value)));
        return std::nullopt;
    }
    reader.reject_unknown_keys(*object, path, kBandKeys);
    Band band;
    bool complete = true;
    if (const auto id = reader.string(*object, "id", path, Need::Required)) {
        if (!is_entity_id(*id)) {
            reader.issue(json_path_key(path, "id"), say("band_id", *id));
            complete = false;
        }
        band.id = *id;
    } else {
        complete = false;
    }
    if (auto label = read_localized_key(*object, "label", path, reader, Need::Required, languages))
        band.label = std::move(*label);
    else
        complete = false;
    const auto from = reader.number(*object, "from", path, Need::Required);
    const auto to = reader.number(*object, "to", path, Need::Required);
    if (!from || !to || !complete) return std::nullopt;
    band.from = *from;
    band.to = *to;
    if (!(band.from < band.to)) {
        reader.issue(path,
                     say("band_reversed", band.id, number_text(band.from), number_text(band.to)));
        return std::nullopt;
    }
    return band;
}

}  // namespace

std::string number_text(double value) { return i18n::message_number(value); }

std::optional<std::vector<Band>> read_bands(const Poco::Dynamic::Var& value,
                                            const std::string& path, DefinitionReader& reader,
                                            const std::vector<std::string>* languages) {
    const Poco::JSON::Array::Ptr array = as_array(value);
    if (!array) {
        reader.issue(path, say("bands_not_array", json_type_name(value)));
        return std::nullopt;
    }
    if (array->size() == 0) {
        reader.issue(path, say("bands_empty"));
        return std::nullopt;
    }
    const std::size_t issues_before = reader.issues().size();
    std::vector<Band> bands;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string here = json_path_index(path, i);
        std::optional<Band> band =
            read_band(array->get(static_cast<unsigned>(i)), here, reader, languages);
        if (!band) continue;
        if (!ids.insert(band->id).second)
            reader.issue(json_path_key(here, "id"), say("band_twice", band->id));
        // Reports colour the first band as the lowest, the last as the highest.
        if (!bands.empty() && band->from < bands.back().to)
            reader.issue(json_path_key(here, "from"),
                         say("band_overlap", band->id, number_text(band->from), bands.back().id,
                             number_text(bands.back().to)));
        bands.push_back(std::move(*band));
    }
    if (reader.issues().size() != issues_before) return std::nullopt;
    return bands;
}

void check_bands_within(const std::vector<Band>& bands, const std::string& path, double min,
                        double max, const std::string& score, DefinitionReader& reader) {
    const std::string range = number_text(min) + ".." + number_text(max);
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Band& band = bands[i];
        const std::string here = json_path_index(path, i);
        if (band.from < min)
            reader.issue(json_path_key(here, "from"),
                         say("band_below_range", band.id, number_text(band.from), score, range));
        if (band.to > max)
            reader.issue(json_path_key(here, "to"),
                         say("band_above_range", band.id, number_text(band.to), score, range));
    }
}

}  // namespace sonda::declarative
