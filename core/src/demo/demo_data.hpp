// What the core reads of the demo's data (forms/demo): who answered when
// (respondents.json), and the story the generated numbers tell
// (story.json): the order in which the instruments answer, and the likert
// answers' means. Each instrument reads its own texts (sonda/plugin/
// demo_answers.hpp); nothing here is generated.
#pragma once

#include <string>
#include <vector>

#include "sonda/demo/demo_context.hpp"

namespace sonda::demo {

struct DemoSetup {
    std::vector<DemoRespondent> respondents;
    // The instruments the demo expects, in the order they answer.
    std::vector<std::string> instruments;
    DemoLikertStory likert;
};

// Reads respondents.json and story.json of `folder`; throws InvalidInput
// with file and JSON path.
DemoSetup load_demo_setup(const std::string& folder);

}  // namespace sonda::demo
