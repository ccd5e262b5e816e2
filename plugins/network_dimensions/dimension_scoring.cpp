#include "dimension_scoring.hpp"

#include <map>
#include <mutex>

#include "dimensions.hpp"
#include "json_fields.hpp"
#include "messages.hpp"
#include "score_bands.hpp"
#include "sonda/util/json.hpp"

namespace sonda::network_dimensions {

const DimensionItems* DimensionLayout::dimension(const std::string& id) const {
    for (const DimensionItems& candidate : dimensions)
        if (candidate.id == id) return &candidate;
    return nullptr;
}

DimensionLayout read_dimension_layout(const Form& form, std::vector<Issue>& issues) {
    DimensionLayout layout;
    for (std::size_t d = 0; d < kDimensionIds.size(); ++d)
        layout.dimensions[d].id = std::string(kDimensionIds[d]);
    auto slot = [&](const std::string& id) -> DimensionItems& {
        for (DimensionItems& candidate : layout.dimensions)
            if (candidate.id == id) return candidate;
        throw std::logic_error("unknown dimension " + id);  // callers check is_dimension first
    };

    const Item* first_likert = nullptr;
    for (std::size_t i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items[i];
        const std::string path = "$.items[" + std::to_string(i) + "]";
        auto issue = [&](const std::string& key, const std::string& reason) {
            issues.push_back(Issue{Location{form.source, 0, path + key, item.id}, reason});
        };
        const bool has_dimension = item.definition && item.definition->has("dimension");
        const bool has_facet = item.definition && item.definition->has("facet");
        std::string dimension;
        if (has_dimension) {
            const Poco::Dynamic::Var value = item.definition->get("dimension");
            if (!value.isString()) {
                issue(".dimension", message("definition.dimension_not_text", dimension_list(),
                                            json_type_name(value)));
                continue;
            }
            dimension = value.extract<std::string>();
            if (!is_dimension(dimension)) {
                issue(".dimension",
                      message("definition.dimension_unknown", dimension, dimension_list()));
                continue;
            }
        }

        if (item.type == "likert") {
            if (has_facet) issue(".facet", message("definition.likert_facet"));
            if (!has_dimension) {
                issue("", message("definition.likert_no_dimension", item.id, dimension_list()));
                continue;
            }
            if (!item.min || !item.max) {
                issue("", message("definition.likert_no_range", item.id));
                continue;
            }
            if (!first_likert) {
                first_likert = &item;
                layout.scale_min = item.min;
                layout.scale_max = item.max;
            } else if (*item.min != *layout.scale_min || *item.max != *layout.scale_max) {
                // One range for every dimension: the scores and the form's bands share it.
                issue("", message("definition.likert_other_scale", item.id,
                                  i18n::message_number(*item.min), i18n::message_number(*item.max),
                                  first_likert->id, i18n::message_number(*layout.scale_min),
                                  i18n::message_number(*layout.scale_max)));
                continue;
            }
            slot(dimension).likert.push_back(item.id);
        } else if (item.type == "text_list") {
            if (!has_dimension && !has_facet) continue;  // a free list outside the dimensions
            if (!has_dimension) {
                issue("", message("definition.text_no_dimension", item.id));
                continue;
            }
            std::string facet;
            if (has_facet) {
                const Poco::Dynamic::Var value = item.definition->get("facet");
                if (value.isString()) facet = value.extract<std::string>();
                if (!is_facet(facet)) {
                    issue(".facet",
                          message("definition.facet_unknown", facet_list(),
                                  value.isString() ? "'" + facet + "'" : json_type_name(value)));
                    continue;
                }
            } else {
                issue("", message("definition.text_no_facet", item.id, facet_list()));
                continue;
            }
            slot(dimension).texts[facet].push_back(item.id);
        } else if (has_dimension || has_facet) {
            issue(has_dimension ? ".dimension" : ".facet",
                  message("definition.wrong_type", item.id, item.type));
        }
    }
    layout.bands = read_score_bands(form, layout.scale_min, layout.scale_max, issues);
    return layout;
}

DimensionLayout dimension_layout(const Form& form) {
    // Scoring calls this once per response: read each form once. A form is
    // known by its definition object (held, so the address is not reused) and
    // the definition objects of its items, so a Form assembled by hand with
    // other items is never served a stale layout.
    struct Cached {
        Poco::JSON::Object::Ptr definition;
        std::vector<const Poco::JSON::Object*> items;
        DimensionLayout layout;
    };
    static std::mutex mutex;
    static std::map<const Poco::JSON::Object*, Cached> cache;
    std::vector<const Poco::JSON::Object*> items;
    for (const Item& item : form.items) items.push_back(item.definition.get());
    if (form.definition) {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto found = cache.find(form.definition.get());
        if (found != cache.end() && found->second.items == items) return found->second.layout;
    }
    std::vector<Issue> issues;
    DimensionLayout layout = read_dimension_layout(form, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    if (form.definition) {
        const std::lock_guard<std::mutex> lock(mutex);
        cache.insert_or_assign(form.definition.get(), Cached{form.definition, items, layout});
    }
    return layout;
}

std::optional<double> dimension_score(const DimensionItems& dimension,
                                      const Poco::JSON::Object& answers) {
    if (dimension.likert.empty()) return std::nullopt;
    double sum = 0;
    std::size_t answered = 0;
    for (const std::string& item : dimension.likert) {
        if (!answers.has(item)) continue;
        const Poco::Dynamic::Var value = answers.get(item);
        if (value.isEmpty()) continue;  // null: explicitly not answered
        const std::optional<double> number = number_value(value);
        if (!number)
            throw InvalidInput(Location{"", 0, "$.answers." + item, item},
                               message("definition.likert_not_number", json_type_name(value)));
        sum += *number;
        ++answered;
    }
    // Fewer than half answered says too little about the dimension.
    if (answered == 0 || answered * 2 < dimension.likert.size()) return std::nullopt;
    return sum / static_cast<double>(answered);
}

}  // namespace sonda::network_dimensions
