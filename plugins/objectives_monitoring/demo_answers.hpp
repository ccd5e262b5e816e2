// The objectives-monitoring answers of the demo study (`sonda demo`): each
// territory's improvement objectives are the report's (the "objectives" of
// forms/demo/network.json); about half are named at the first wave, the rest
// at the next; from then on most advance, some stall, one is achieved here
// and there and a few are dropped later. One response a territory and wave,
// from its first member present (the group's coordinator); likert answers
// follow the demo's story (sonda/demo/demo_context.hpp).
#pragma once

#include "sonda/plugin/demo_answers.hpp"

namespace sonda::objectives {

class ObjectivesDemoAnswers final : public DemoAnswers {
  public:
    std::string instrument() const override;
    std::vector<demo::DemoResponse> answer(const Form& form,
                                           demo::DemoContext& demo) const override;
};

}  // namespace sonda::objectives
