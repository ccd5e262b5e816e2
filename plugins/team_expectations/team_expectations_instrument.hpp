// The team-expectations instrument (first workshop of the report, 2023-12-01):
// per specialised service, what a territory asks of it, how it involves it,
// with which tools, and its concerns; the texts are coded into the codebook's
// themes and counted per service; a likert item per service rates the present
// collaboration, scored as collaboration_<service>. See
// docs/instruments/team-expectations.md for the form keys and JSON shapes.
#pragma once

#include "sonda/plugin/instrument.hpp"

namespace sonda::team_expectations {

inline constexpr const char* kInstrumentId = "team-expectations";

class TeamExpectationsInstrument final : public Instrument {
  public:
    std::string id() const override { return kInstrumentId; }
    LocalizedText description() const override;
    void check_form(const Form& form, std::vector<Issue>& issues) const override;
    std::vector<ScoreDefinition> score_definitions(const Form& form) const override;
    std::vector<Score> score(const Form& form, const Response& response) const override;
    std::unique_ptr<ExtrasAccumulator> start_comparison(
        const Form& form, const CompareOptions& options) const override;
    // start_comparison fed with these waves (compare_responses).
    Poco::JSON::Object::Ptr compare(const Form& form, const std::vector<Response>& from,
                                    const std::vector<Response>& to,
                                    const CompareOptions& options) const override;
};

}  // namespace sonda::team_expectations
