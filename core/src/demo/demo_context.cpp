#include "sonda/demo/demo_context.hpp"

#include <algorithm>

namespace sonda::demo {

namespace {

double offset_of(const std::map<std::string, double>& offsets, const std::string& id) {
    auto found = offsets.find(id);
    return found == offsets.end() ? 0.0 : found->second;
}

}  // namespace

bool DemoRespondent::answered(const std::string& wave) const {
    return std::find(waves.begin(), waves.end(), wave) != waves.end();
}

DemoContext::DemoContext(const Study& study, std::vector<DemoRespondent> respondents,
                         DemoLikertStory story, std::string data_folder, std::uint32_t seed)
    : m_study(study),
      m_respondents(std::move(respondents)),
      m_story(std::move(story)),
      m_data_folder(std::move(data_folder)),
      m_random(seed) {
    for (const DemoRespondent& respondent : m_respondents)
        m_person[respondent.code] = m_story.person_spread * m_random.normal();
}

int DemoContext::wave_index(const std::string& wave) const {
    for (std::size_t i = 0; i < m_study.waves.size(); ++i)
        if (m_study.waves[i].id == wave) return static_cast<int>(std::min<std::size_t>(i, 2));
    return 0;
}

std::vector<const DemoRespondent*> DemoContext::attending(const std::string& territory,
                                                          const std::string& wave,
                                                          const std::string& role) const {
    std::vector<const DemoRespondent*> out;
    for (const DemoRespondent& respondent : m_respondents)
        if (respondent.territory == territory && respondent.answered(wave) &&
            (role.empty() || respondent.role == role))
            out.push_back(&respondent);
    return out;
}

void DemoContext::fill_likert(const Form& form, const DemoRespondent& respondent,
                              const std::string& wave, Poco::JSON::Object& answers) {
    for (const Item& item : form.items) {
        if (item.type != "likert" || answers.has(item.id)) continue;
        const int low = static_cast<int>(item.min.value_or(1));
        const int high = static_cast<int>(item.max.value_or(5));
        // Rescale the 1-5 story to the item's own scale.
        const double mean5 = m_story.base +
                             offset_of(m_story.territory_offset, respondent.territory) +
                             offset_of(m_story.dimension_offset, item.attribute("dimension")) +
                             m_story.wave_gain[wave_index(wave)] + m_person.at(respondent.code);
        const double mean = low + (mean5 - 1.0) * (high - low) / 4.0;
        const double spread = m_story.item_spread * (high - low) / 4.0;
        answers.set(item.id, m_random.scale_point(mean, spread, low, high));
    }
}

}  // namespace sonda::demo
