// The network-dimensions instrument: scores the four network dimensions and
// the network map of one response, and adds to the change of a group between
// two waves (band counts at each wave, ring moves). The JSON it
// returns is documented in docs/instruments/network-dimensions.md.
#pragma once

#include "sonda/plugin/instrument.hpp"

namespace sonda::network_dimensions {

inline constexpr const char* kInstrumentId = "network-dimensions";

class NetworkDimensionsInstrument final : public Instrument {
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

// The form's network_map item, or null (a form has at most one: check_form).
const Item* network_map_item(const Form& form);

}  // namespace sonda::network_dimensions
