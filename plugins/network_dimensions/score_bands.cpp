#include "score_bands.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <set>

#include "json_fields.hpp"
#include "messages.hpp"
#include "sonda/util/json.hpp"

namespace sonda::network_dimensions {

namespace {

constexpr double kTolerance = 1e-9;

bool same(double a, double b) { return std::fabs(a - b) <= kTolerance; }

}  // namespace

std::vector<Band> read_score_bands(const Form& form, std::optional<double> scale_min,
                                   std::optional<double> scale_max, std::vector<Issue>& issues) {
    std::vector<Band> bands;
    if (!form.definition || !form.definition->has("bands")) return bands;
    const std::size_t issues_before = issues.size();
    auto issue = [&](const std::string& path, const std::string& reason) {
        issues.push_back(Issue{Location{form.source, 0, path, ""}, reason});
    };

    const Poco::Dynamic::Var value = form.definition->get("bands");
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        issue("$.bands", message("definition.bands_not_list", json_type_name(value)));
        return {};
    }
    const auto array = value.extract<Poco::JSON::Array::Ptr>();
    std::set<std::string> ids;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = "$.bands[" + std::to_string(i) + "]";
        const Poco::Dynamic::Var entry = array->get(static_cast<unsigned int>(i));
        if (entry.type() != typeid(Poco::JSON::Object::Ptr)) {
            issue(path, message("definition.band_not_object", json_type_name(entry)));
            continue;
        }
        const auto object = entry.extract<Poco::JSON::Object::Ptr>();
        Band band;
        bool complete = true;
        const Poco::Dynamic::Var id = object->get("id");
        if (!id.isString() || id.extract<std::string>().empty()) {
            issue(path + ".id", message("definition.band_no_id", json_type_name(id)));
            complete = false;
        } else {
            band.id = id.extract<std::string>();
            if (!ids.insert(band.id).second)
                issue(path + ".id", message("definition.band_id_twice", band.id));
        }
        if (!object->has("label") || !read_localized_text(object->get("label"), band.label))
            issue(path + ".label", message("definition.band_no_label"));
        for (const char* key : {"from", "to"}) {
            const Poco::Dynamic::Var bound = object->get(key);
            const std::optional<double> number = number_value(bound);
            if (!number) {
                issue(path + "." + key,
                      message("definition.band_no_bound", std::string(key), json_type_name(bound)));
                complete = false;
            } else {
                (std::string(key) == "from" ? band.from : band.to) = *number;
            }
        }
        if (!complete) continue;
        if (!(band.from < band.to)) {
            issue(path, message("definition.band_reversed", band.id,
                                i18n::message_number(band.from), i18n::message_number(band.to)));
            continue;
        }
        if (!bands.empty()) {
            const Band& previous = bands.back();
            if (band.from < previous.to - kTolerance)
                issue(path + ".from",
                      message("definition.band_overlap", band.id, i18n::message_number(band.from),
                              previous.id, i18n::message_number(previous.to)));
            else if (band.from > previous.to + kTolerance)
                issue(path + ".from",
                      message("definition.band_gap", band.id, i18n::message_number(band.from),
                              previous.id, i18n::message_number(previous.to)));
        }
        bands.push_back(std::move(band));
    }
    if (bands.empty() && issues.size() == issues_before) {
        issue("$.bands", message("definition.bands_empty"));
        return {};
    }
    if (!bands.empty() && scale_min && scale_max) {
        const std::string range =
            i18n::message_number(*scale_min) + ".." + i18n::message_number(*scale_max);
        if (!same(bands.front().from, *scale_min))
            issue("$.bands[0].from",
                  message("definition.first_band", i18n::message_number(bands.front().from),
                          i18n::message_number(*scale_min), range));
        if (!same(bands.back().to, *scale_max))
            issue("$.bands[" + std::to_string(array->size() - 1) + "].to",
                  message("definition.last_band", i18n::message_number(bands.back().to),
                          i18n::message_number(*scale_max), range));
    }
    if (issues.size() != issues_before) return {};
    return bands;
}

}  // namespace sonda::network_dimensions
