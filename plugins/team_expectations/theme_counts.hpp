// Theme counts of one group at one wave: per specialised service, how many
// texts were coded into each theme and by how many respondents, plus the coded
// texts themselves (the dashboard shows them one click from a heatmap cell).
//
// Privacy rule: what is protected is the group of respondents. When a group has
// fewer than min_cell respondents (and suppression is on) all its counts and
// texts are withheld. Within a group that is large enough, a theme count is
// shown even when it is small (2 mentions in a group of 12): it counts texts
// about services, a statement of professional opinion, not a subgroup of
// people defined by a personal attribute, and hiding small counts would hide
// exactly the emerging themes the evaluators look for. Those counts are
// additive over territories and roles, so what keeps a withheld territory's
// share from being recovered by subtraction is the core's protected table,
// not this file. What this file does is never attribute a text to a person
// (no respondent code, no response id) nor to a territory the group must not
// name (CompareOptions::unnamed_territories).
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sonda/model/code_override.hpp"
#include "sonda/model/response.hpp"
#include "team_expectations/coded_text.hpp"
#include "team_expectations/expectations_form.hpp"

namespace sonda::team_expectations {

struct ThemeCell {
    long long texts = 0;
    std::set<std::string> respondents;  // "territory/respondent": codes are scoped to a territory
};

struct WaveCoding {
    long long n = 0;  // distinct respondents of the group at this wave
    std::vector<CodedText> texts;
    std::map<std::pair<std::string, std::string>, ThemeCell> cells;  // (service, theme)
    std::map<std::string, ThemeCell> uncoded;  // service -> texts with no theme
    std::vector<std::string> warnings;         // overrides that name no text, or unknown codes
};

// A WaveCoding built one response at a time, whatever the order: texts and
// warnings come out in the core's order, (territory, respondent, response id),
// and within a response in the order code_response gives them. The coder keeps
// per theme the writers' codes and, only when asked to, the texts; never a
// response.
class WaveCoder {
  public:
    // `overrides` must outlive the coder. Without `keep_texts` the finished
    // coding's `texts` stay empty (a group that may not list them).
    WaveCoder(const ExpectationsForm& layout, const std::vector<CodeOverride>& overrides,
              bool keep_texts = true);
    void add(const Response& response);
    WaveCoding finish();

  private:
    using Order = std::pair<std::pair<std::string, std::string>, std::pair<std::string, long long>>;

    const ExpectationsForm& m_layout;
    const std::vector<CodeOverride>& m_overrides;
    OverrideIndex m_index;
    bool m_keep_texts;
    WaveCoding m_wave;
    std::set<std::string> m_respondents;
    std::vector<std::pair<Order, CodedText>> m_texts;
    std::vector<std::pair<Order, std::string>> m_warnings;
    std::set<std::pair<std::string, std::string>>
        m_used;                          // (response id, key) of overrides applied
    std::set<std::string> m_named;       // responses some override names
    std::set<std::string> m_overridden;  // of those, the ones seen
};

WaveCoding code_wave(const ExpectationsForm& layout, const std::vector<Response>& group,
                     const std::vector<CodeOverride>& overrides);

// The JSON of a coded text, as in docs/instruments/team-expectations.md. It
// never carries the writer's respondent code nor the response id (released
// reports must not let a reader tie texts to a person; both stay in `sonda
// export`), and carries "territory" only when that territory is not among
// `unnamed_territories` (CompareOptions: its cell inside this group is
// withheld, so naming it would attribute texts to a withheld group); the key
// is then absent.
Poco::JSON::Object::Ptr coded_text_json(const CodedText& text,
                                        const std::set<std::string>& unnamed_territories);

}  // namespace sonda::team_expectations
