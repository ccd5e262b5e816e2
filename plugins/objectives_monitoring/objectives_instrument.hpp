// The objectives-monitoring instrument: each territory's improvement objectives
// (from the second workshop of the report, 2024-03-05) followed from wave to
// wave. One response per territory team per wave answers an objective_list
// item. Scores per response: achievement_rate (achieved / objectives not
// dropped, 0-1) and mean_progress (0-100, over objectives not dropped).
// Objectives are a territory team's plan, not anyone's personal answers, so
// their lists are not withheld in small groups (docs/instruments/objectives-monitoring.md).
#pragma once

#include "sonda/plugin/instrument.hpp"

namespace sonda::objectives {

inline constexpr const char* kInstrumentId = "objectives-monitoring";

class ObjectivesInstrument final : public Instrument {
  public:
    std::string id() const override { return kInstrumentId; }
    LocalizedText description() const override;
    void check_form(const Form& form, std::vector<Issue>& issues) const override;
    std::vector<ScoreDefinition> score_definitions(const Form& form) const override;
    void validate(const Form& form, const Response& response,
                  std::vector<Issue>& issues) const override;
    std::vector<Score> score(const Form& form, const Response& response) const override;
    std::unique_ptr<ExtrasAccumulator> start_comparison(
        const Form& form, const CompareOptions& options) const override;
    // start_comparison fed with these waves (compare_responses).
    Poco::JSON::Object::Ptr compare(const Form& form, const std::vector<Response>& from,
                                    const std::vector<Response>& to,
                                    const CompareOptions& options) const override;
};

}  // namespace sonda::objectives
