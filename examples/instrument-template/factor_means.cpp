#include "factor_means.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <optional>

namespace collaboration_factors {

namespace {

// The mean answer to `item` in `wave`, or nothing when fewer than `min_cell`
// respondents answered it (and suppression is on).
std::optional<double> mean_answer(const std::vector<sonda::Response>& wave, const std::string& item,
                                  const sonda::CompareOptions& options) {
    double sum = 0;
    int answered = 0;
    for (const sonda::Response& response : wave) {
        const double value = sonda::numeric_answer(*response.answers, item);
        if (std::isnan(value)) continue;
        sum += value;
        ++answered;
    }
    if (answered == 0 || (options.suppression && answered < options.min_cell)) return std::nullopt;
    return sum / answered;
}

Poco::Dynamic::Var json_number(const std::optional<double>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

}  // namespace

Poco::JSON::Object::Ptr factor_means(const ScaleDefinition& scale,
                                     const std::vector<sonda::Response>& from,
                                     const std::vector<sonda::Response>& to,
                                     const sonda::CompareOptions& options) {
    Poco::JSON::Array::Ptr factors = new Poco::JSON::Array;
    std::optional<double> lowest[2];
    std::string weakest[2];
    for (const Factor& factor : scale.factors) {
        const std::optional<double> means[2] = {mean_answer(from, factor.item, options),
                                                mean_answer(to, factor.item, options)};
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("item", factor.item);
        entry->set("label", factor.label.get(options.language));
        entry->set("mean_from", json_number(means[0]));
        entry->set("mean_to", json_number(means[1]));
        factors->add(entry);
        for (int side = 0; side < 2; ++side)
            if (means[side] && (!lowest[side] || *means[side] < *lowest[side])) {
                lowest[side] = means[side];
                weakest[side] = factor.item;
            }
    }
    Poco::JSON::Object::Ptr result = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    result->set("factors", factors);
    result->set("weakest_from",
                weakest[0].empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(weakest[0]));
    result->set("weakest_to",
                weakest[1].empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(weakest[1]));
    return result;
}

}  // namespace collaboration_factors
