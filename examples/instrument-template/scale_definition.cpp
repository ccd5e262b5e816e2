#include "scale_definition.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>

#include "sonda/util/json.hpp"

namespace collaboration_factors {

namespace {

using sonda::Issue;
using sonda::Location;

std::string number_text(double value) {
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

// A label as forms write it: one string, or an object of language -> string.
bool read_label(const Poco::Dynamic::Var& value, sonda::LocalizedText& label) {
    if (value.isString()) {
        label = sonda::LocalizedText(value.extract<std::string>());
        return !label.get("en").empty();
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) return false;
    const auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [language, text] : *object) {
        if (!text.isString() || text.extract<std::string>().empty()) return false;
        label.set(language, text.extract<std::string>());
    }
    return !label.empty();
}

std::optional<double> number(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || value.isString() || !value.isNumeric()) return std::nullopt;
    return value.convert<double>();
}

void read_factors(const sonda::Form& form, ScaleDefinition& scale, std::vector<Issue>& issues) {
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const sonda::Item& item = form.items[i];
        const std::string path = "$.items[" + std::to_string(i) + "]";
        auto issue = [&](const std::string& where, const std::string& why) {
            issues.push_back(Issue{Location{form.source, 0, path + where, ""}, why});
        };
        if (item.type != "likert") {
            issue(".type", "every item of a collaboration-factors form is a likert item; '" +
                               item.id + "' is a " + item.type + " item");
            continue;
        }
        if (i == 0) {
            scale.min = item.min.value_or(1);
            scale.max = item.max.value_or(5);
        } else if (item.min != scale.min || item.max != scale.max) {
            issue("", "item '" + item.id + "' runs from " + number_text(item.min.value_or(0)) +
                          " to " + number_text(item.max.value_or(0)) +
                          "; every item must share the first item's scale " +
                          number_text(scale.min) + ".." + number_text(scale.max));
        }
        Factor factor{item.id, {}};
        if (!item.definition || !item.definition->has("factor") ||
            !read_label(item.definition->get("factor"), factor.label))
            issue(".factor", "item '" + item.id +
                                 "' needs a `factor`: the name of what it measures, a string or "
                                 "an object of language -> text");
        scale.factors.push_back(std::move(factor));
    }
    if (scale.factors.size() < 2)
        issues.push_back(Issue{Location{form.source, 0, "$.items", ""},
                               "a collaboration-factors form needs at least 2 items, found " +
                                   std::to_string(scale.factors.size())});
}

void read_min_answered(const sonda::Form& form, ScaleDefinition& scale,
                       std::vector<Issue>& issues) {
    // Default: every item but one.
    scale.min_answered = scale.factors.size() > 1 ? scale.factors.size() - 1 : 1;
    if (!form.definition->has("min_answered")) return;
    const std::optional<double> value = number(form.definition->get("min_answered"));
    if (!value || *value != std::floor(*value) || *value < 1 ||
        *value > static_cast<double>(scale.factors.size())) {
        issues.push_back(
            Issue{Location{form.source, 0, "$.min_answered", ""},
                  "`min_answered` must be a whole number from 1 to the number of "
                  "items (" +
                      std::to_string(scale.factors.size()) + "), found " +
                      (value ? number_text(*value)
                             : sonda::json_type_name(form.definition->get("min_answered")))});
        return;
    }
    scale.min_answered = static_cast<std::size_t>(*value);
}

// Bands partition the scale: ordered, each starting where the previous ends,
// from the scale's min to its max, so every score falls in exactly one.
void read_bands(const sonda::Form& form, ScaleDefinition& scale, std::vector<Issue>& issues) {
    if (!form.definition->has("bands")) return;
    auto issue = [&](const std::string& path, const std::string& why) {
        issues.push_back(Issue{Location{form.source, 0, path, ""}, why});
    };
    const Poco::Dynamic::Var value = form.definition->get("bands");
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        issue("$.bands", "expected an array of {\"id\", \"label\", \"from\", \"to\"}, found " +
                             sonda::json_type_name(value));
        return;
    }
    const auto array = value.extract<Poco::JSON::Array::Ptr>();
    double expected_from = scale.min;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = "$.bands[" + std::to_string(i) + "]";
        const Poco::JSON::Object::Ptr object = array->getObject(static_cast<unsigned>(i));
        if (!object) {
            issue(path, "expected a band object");
            return;
        }
        sonda::Band band;
        band.id = object->optValue<std::string>("id", "");
        const std::optional<double> from = number(object->get("from"));
        const std::optional<double> to = number(object->get("to"));
        if (band.id.empty()) issue(path + ".id", "a band needs a non-empty string `id`");
        if (!object->has("label") || !read_label(object->get("label"), band.label))
            issue(path + ".label", "a band needs a `label`: a string or language -> text");
        if (!from || !to || !(*from < *to)) {
            issue(path, "a band needs numbers `from` < `to`");
            return;
        }
        if (*from != expected_from)
            issue(path + ".from", "band '" + band.id + "' starts at " + number_text(*from) +
                                      "; it must start at " + number_text(expected_from) +
                                      (i == 0 ? ", the scale's minimum" : ", where the last ends"));
        band.from = *from;
        band.to = *to;
        expected_from = *to;
        scale.bands.push_back(std::move(band));
    }
    if (scale.bands.empty())
        issue("$.bands", "`bands` is empty; leave the key out when the form has no bands");
    else if (scale.bands.back().to != scale.max)
        issue("$.bands[" + std::to_string(array->size() - 1) + "].to",
              "the last band ends at " + number_text(scale.bands.back().to) +
                  "; it must end at the scale's maximum " + number_text(scale.max));
}

}  // namespace

ScaleDefinition read_scale(const sonda::Form& form, std::vector<Issue>& issues) {
    ScaleDefinition scale;
    read_factors(form, scale, issues);
    if (!form.definition) return scale;
    read_min_answered(form, scale, issues);
    read_bands(form, scale, issues);
    return scale;
}

}  // namespace collaboration_factors
