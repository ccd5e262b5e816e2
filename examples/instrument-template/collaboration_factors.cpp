#include "collaboration_factors.hpp"

#include <cmath>

#include "factor_means.hpp"
#include "scale_definition.hpp"

namespace collaboration_factors {

namespace {

// check_form() has passed before any other method sees a form (sonda refuses
// a form with issues), so the others read it without reporting.
ScaleDefinition checked_scale(const sonda::Form& form) {
    std::vector<sonda::Issue> ignored;
    return read_scale(form, ignored);
}

}  // namespace

sonda::LocalizedText CollaborationFactors::description() const {
    sonda::LocalizedText text;
    text.set("en",
             "Collaboration factors between services: trust, shared goals, communication, "
             "resources");
    text.set("it",
             "Fattori di collaborazione tra servizi: fiducia, obiettivi comuni, "
             "comunicazione, risorse");
    return text;
}

void CollaborationFactors::check_form(const sonda::Form& form,
                                      std::vector<sonda::Issue>& issues) const {
    read_scale(form, issues);
}

std::vector<sonda::ScoreDefinition> CollaborationFactors::score_definitions(
    const sonda::Form& form) const {
    const ScaleDefinition scale = checked_scale(form);
    sonda::ScoreDefinition score;
    score.name = kScoreName;
    score.label.set("en", "Collaboration");
    score.label.set("it", "Collaborazione");
    for (const Factor& factor : scale.factors) score.items.push_back(factor.item);
    score.min = scale.min;
    score.max = scale.max;
    score.bands = scale.bands;
    score.improvement = sonda::Improvement::Higher;
    return {score};
}

std::vector<sonda::Score> CollaborationFactors::score(const sonda::Form& form,
                                                      const sonda::Response& response) const {
    const ScaleDefinition scale = checked_scale(form);
    double sum = 0;
    std::size_t answered = 0;
    for (const Factor& factor : scale.factors) {
        const double value = sonda::numeric_answer(*response.answers, factor.item);
        if (std::isnan(value)) continue;
        sum += value;
        ++answered;
    }
    sonda::Score score{kScoreName, std::nullopt};
    if (answered > 0 && answered >= scale.min_answered) score.value = sum / answered;
    return {score};  // one value (or missing) per score definition, in their order
}

Poco::JSON::Object::Ptr CollaborationFactors::compare(const sonda::Form& form,
                                                      const std::vector<sonda::Response>& from,
                                                      const std::vector<sonda::Response>& to,
                                                      const sonda::CompareOptions& options) const {
    return factor_means(checked_scale(form), from, to, options);
}

}  // namespace collaboration_factors
