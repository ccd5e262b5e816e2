// The free texts of one response, each with the themes it is coded into: by
// the codebook's keyword rules, unless an evaluator overrode the coding.
//
// A text is identified within its response by its key
//     "<item id>/<service>/<facet>/<index>"
// e.g. "expectations/mental_health/ask/0", where index is the 0-based position
// in that cell's list. CodeOverride::key uses this key; an override replaces
// the automatic themes of that one text (an empty list of codes means "this
// text has no theme"). When several overrides name the same text, the last one
// in the list wins (the store keeps them in the order they were made).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "sonda/model/code_override.hpp"
#include "sonda/model/response.hpp"
#include "team_expectations/expectations_form.hpp"

namespace sonda::team_expectations {

std::string text_key(const std::string& item, const std::string& service, const std::string& facet,
                     std::size_t index);

// The respondent's code is deliberately not kept: a coded text goes into
// released reports, and codes belong to `sonda export` only.
struct CodedText {
    std::string response_id;  // for matching overrides; not emitted
    std::string territory;
    std::string key;
    std::string item;
    std::string service;
    std::string facet;
    std::size_t index = 0;
    std::string text;
    std::vector<std::string> themes;                          // codebook order
    std::map<std::string, std::vector<std::string>> matched;  // theme -> keywords (automatic only)
    bool overridden = false;
    std::vector<std::string>
        unknown_codes;  // override codes that are not codebook themes (dropped)
};

class OverrideIndex {
  public:
    explicit OverrideIndex(const std::vector<CodeOverride>& overrides);
    const CodeOverride* find(const std::string& response_id, const std::string& key) const;

  private:
    std::map<std::pair<std::string, std::string>, const CodeOverride*> m_by_text;
};

// Every non-blank text of the response's text matrices, coded. Answers that do
// not have the matrix shape {service: {facet: [text, ...]}} are skipped here:
// rejecting them is the item type's job at import.
std::vector<CodedText> code_response(const ExpectationsForm& layout, const Response& response,
                                     const OverrideIndex& overrides);

}  // namespace sonda::team_expectations
