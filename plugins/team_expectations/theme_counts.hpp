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
