// The collaboration-factors instrument: a short scale of the factors of
// collaboration between services (trust, shared goals, communication,
// resources), each one likert item. One score, "collaboration": the mean of
// the answered items, missing when fewer than the form's `min_answered` are
// answered; banded by the form's `bands`; higher is better. Its report extras
// are the factor means (factor_means.hpp).
//
// Everything else (means, intervals, tests, effect sizes, Cronbach's alpha,
// suppression of small groups) is sonda's, from the score definition.
#pragma once

#include "sonda/plugin/instrument.hpp"

namespace collaboration_factors {

inline constexpr const char* kInstrumentId = "collaboration-factors";
inline constexpr const char* kScoreName = "collaboration";

class CollaborationFactors : public sonda::Instrument {
  public:
    std::string id() const override { return kInstrumentId; }
    sonda::LocalizedText description() const override;
    void check_form(const sonda::Form& form, std::vector<sonda::Issue>& issues) const override;
    std::vector<sonda::ScoreDefinition> score_definitions(const sonda::Form& form) const override;
    std::vector<sonda::Score> score(const sonda::Form& form,
                                    const sonda::Response& response) const override;
    // The default start_comparison() buffers a report group's responses and
    // calls this once: fine for a four-item form.
    Poco::JSON::Object::Ptr compare(const sonda::Form& form,
                                    const std::vector<sonda::Response>& from,
                                    const std::vector<sonda::Response>& to,
                                    const sonda::CompareOptions& options) const override;
};

}  // namespace collaboration_factors
