// The codebook of the team-expectations form: the themes free texts are coded
// into (the report's own summary: a stable and reachable reference person,
// co-responsibility in taking charge, continuity, formal protocols, ...), each
// with keyword rules per language (keyword_matcher.hpp). It lives in the form
// file under "codebook" so evaluators can refine it without a rebuild:
//
//   "codebook": {"themes": [{"id": "formal_protocols",
//                            "label": {"it": "...", "en": "..."},
//                            "keywords": {"it": ["protocoll", ...], "en": ["protocol", ...]}}]}
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/localized_text.hpp"
#include "team_expectations/keyword_matcher.hpp"

namespace sonda::team_expectations {

struct Theme {
    std::string id;
    LocalizedText label;
    std::vector<KeywordRule>
        rules;  // every language's keywords: a text is coded whatever its language
};

// The themes a text was coded into, with the keywords that fired for each (so
// an evaluator sees why before overriding).
struct Coding {
    std::vector<std::string> themes;  // codebook order
    std::map<std::string, std::vector<std::string>> matched;
};

class Codebook {
  public:
    // Reads `form_definition["codebook"]`; problems are appended with JSON
    // paths ($.codebook.themes[2].keywords.en[0]) and the faulty parts skipped.
    static Codebook parse(const Poco::JSON::Object::Ptr& form_definition,
                          std::vector<Issue>& issues);

    const std::vector<Theme>& themes() const { return m_themes; }
    const Theme* theme(const std::string& id) const;
    Coding code(const std::string& text) const;

  private:
    std::vector<Theme> m_themes;
};

}  // namespace sonda::team_expectations
