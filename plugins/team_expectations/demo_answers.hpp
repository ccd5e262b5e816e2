// The team-expectations answers of the demo study (`sonda demo`): at the
// first workshop the report's texts (forms/demo/expectations.json), each given
// to one member of its territory (of its role, when the report names one) in
// turn; at later waves each text is still expected with a chance, fewer as
// collaboration improves; likert answers follow the demo's story
// (sonda/demo/demo_context.hpp).
#pragma once

#include "sonda/plugin/demo_answers.hpp"

namespace sonda::team_expectations {

class ExpectationsDemoAnswers final : public DemoAnswers {
  public:
    std::string instrument() const override;
    std::vector<demo::DemoResponse> answer(const Form& form,
                                           demo::DemoContext& demo) const override;
};

}  // namespace sonda::team_expectations
