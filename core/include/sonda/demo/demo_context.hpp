// What the demo study (`sonda demo`) hands each instrument that answers in it
// (sonda/plugin/demo_answers.hpp): the study, who answered at which wave
// (forms/demo/respondents.json), the folder of the demo's data files, one
// random stream shared by every instrument in the order the story lists them
// (forms/demo/story.json), and the likert answers of that story, so every
// instrument's scales tell the same tale: each respondent keeps a personal
// tendency across waves, and collaboration improves from the first wave to
// the second and a little more after.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sonda/demo/demo_random.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"

namespace sonda::demo {

struct DemoRespondent {
    std::string code;
    std::string territory;
    std::string role;
    std::vector<std::string> waves;
    bool answered(const std::string& wave) const;
};

// One generated response; the demo gives it its id and imports it.
struct DemoResponse {
    std::string wave;
    std::string territory;
    std::string role;
    std::string respondent;
    Poco::JSON::Object::Ptr answers;
};

// The likert story of forms/demo/story.json, on 1-5 scales (an item on
// another scale gets the same story rescaled): the mean of an answer is
// base + territory offset + offset of the item's "dimension" attribute +
// the gain of the wave's position + the respondent's tendency.
struct DemoLikertStory {
    double base = 3;
    double wave_gain[3] = {0, 0, 0};  // first wave, second, any later one
    double person_spread = 0;         // respondents differ, and stay who they are
    double item_spread = 0;
    std::map<std::string, double> territory_offset;  // absent: 0
    std::map<std::string, double> dimension_offset;  // absent: 0
};

class DemoContext {
  public:
    // Draws every respondent's tendency from `random` first, in the order of
    // `respondents`.
    DemoContext(const Study& study, std::vector<DemoRespondent> respondents, DemoLikertStory story,
                std::string data_folder, std::uint32_t seed);

    const Study& study() const { return m_study; }
    const std::vector<DemoRespondent>& respondents() const { return m_respondents; }
    // Where the demo's data files are (forms/demo): an instrument reads its own.
    const std::string& data_folder() const { return m_data_folder; }
    // The one stream every instrument draws from, in the story's order.
    DemoRandom& random() { return m_random; }

    // 0 for the study's first wave, 1 for the second, 2 for any later one.
    int wave_index(const std::string& wave) const;
    // The respondents of `territory` who answered at `wave` (of `role`, when
    // given), in the order of respondents.json.
    std::vector<const DemoRespondent*> attending(const std::string& territory,
                                                 const std::string& wave,
                                                 const std::string& role = {}) const;
    // The story's answers to the likert items of `form` that `answers` has
    // no value for yet.
    void fill_likert(const Form& form, const DemoRespondent& respondent, const std::string& wave,
                     Poco::JSON::Object& answers);

  private:
    const Study& m_study;
    std::vector<DemoRespondent> m_respondents;
    DemoLikertStory m_story;
    std::string m_data_folder;
    DemoRandom m_random;
    std::map<std::string, double> m_person;  // respondent code -> tendency
};

}  // namespace sonda::demo
