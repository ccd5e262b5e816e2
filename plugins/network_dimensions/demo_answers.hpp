// The network-dimensions answers of the demo study (`sonda demo`), from the
// workshop report's texts and actors (forms/demo/network.json) and the
// demo's one random stream: every respondent places the territory's actors on
// the network map (rings from the report's first workshop, one off now and
// then), some move inward at each later wave, a few outward; the territory's
// strengths, weaknesses and objectives are shared out among the members
// present at the workshop that wrote them down; likert answers follow the
// demo's story (sonda/demo/demo_context.hpp).
#pragma once

#include "sonda/plugin/demo_answers.hpp"

namespace sonda::network_dimensions {

class NetworkDemoAnswers final : public DemoAnswers {
  public:
    std::string instrument() const override;
    std::vector<demo::DemoResponse> answer(const Form& form,
                                           demo::DemoContext& demo) const override;
};

}  // namespace sonda::network_dimensions
