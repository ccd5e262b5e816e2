// Text given in several languages. The users work in Italian; forms and studies
// carry Italian and English, and the language is chosen at run time.
#pragma once

#include <map>
#include <string>

namespace sonda {

class LocalizedText {
  public:
    LocalizedText() = default;
    explicit LocalizedText(std::string untranslated);  // the same text in every language

    void set(const std::string& language, std::string text);
    // The text in `language`, else in English, else Italian, else the first one given.
    const std::string& get(const std::string& language) const;
    bool empty() const { return m_by_language.empty(); }
    const std::map<std::string, std::string>& all() const { return m_by_language; }

  private:
    std::map<std::string, std::string> m_by_language;  // "" key = untranslated
};

}  // namespace sonda
