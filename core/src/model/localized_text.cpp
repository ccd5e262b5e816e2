#include "sonda/model/localized_text.hpp"

namespace sonda {

LocalizedText::LocalizedText(std::string untranslated) {
    m_by_language[""] = std::move(untranslated);
}

void LocalizedText::set(const std::string& language, std::string text) {
    m_by_language[language] = std::move(text);
}

const std::string& LocalizedText::get(const std::string& language) const {
    static const std::string empty;
    for (const std::string& candidate :
         {language, std::string("en"), std::string("it"), std::string()}) {
        auto found = m_by_language.find(candidate);
        if (found != m_by_language.end()) return found->second;
    }
    return m_by_language.empty() ? empty : m_by_language.begin()->second;
}

}  // namespace sonda
