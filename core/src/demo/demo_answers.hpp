// Generates the demo's responses to the three instruments from the report's
// texts (DemoData) and a fixed seed. The story the generated numbers tell:
// every territory's network and its collaboration with the specialised
// services improve from workshop 1 to workshop 2 and a little more by the
// follow-up; some actors move inward on the network maps; the improvement
// objectives advance, one is achieved here and there, some stall. Each
// respondent has a personal tendency kept across waves, so paired designs
// see the same people.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "demo_data.hpp"
#include "demo_random.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"

namespace sonda::demo {

struct GeneratedResponse {
    std::string wave;
    std::string territory;
    std::string role;
    std::string respondent;
    Poco::JSON::Object::Ptr answers;
};

class DemoAnswers {
  public:
    DemoAnswers(const Study& study, const DemoData& data, std::uint32_t seed);

    // The responses to one form, chosen by its plugin; empty for another plugin.
    std::vector<GeneratedResponse> responses(const Form& form);

  private:
    std::vector<GeneratedResponse> network_dimensions(const Form& form);
    std::vector<GeneratedResponse> team_expectations(const Form& form);
    std::vector<GeneratedResponse> objectives(const Form& form);

    int wave_index(const std::string& wave) const;
    double person(const DemoRespondent& respondent) const;
    std::vector<const DemoRespondent*> attending(const std::string& territory,
                                                 const std::string& wave,
                                                 const std::string& role = {}) const;
    // Likert answers of the items `answers` has no value for yet.
    void fill_likert(const Form& form, const DemoRespondent& respondent, const std::string& wave,
                     Poco::JSON::Object& answers);

    const Study& m_study;
    const DemoData& m_data;
    DemoRandom m_random;
    std::map<std::string, double> m_person;  // respondent code -> tendency
};

}  // namespace sonda::demo
