// The rule language of the team-expectations codebook. Coders write keywords
// the way they read the texts, in Italian or English, and the same keyword
// must catch the inflections both languages produce ("protocollo", "protocolli",
// "protocol", "protocols"), with or without accents and capitals. So:
//
//  - a text and a keyword are both normalised: lower case, accents folded
//    (à -> a, É -> e, ...), every character that is not a letter or a digit
//    (spaces, punctuation, hyphens, apostrophes, typographic quotes) separates
//    words: "co-responsibility" is the two words "co" "responsibility";
//  - a keyword of one word matches a text word that starts with it;
//  - a keyword of several words matches consecutive text words, each starting
//    with the keyword's word in turn ("tavol tecnic" matches "tavolo tecnico"
//    and "tavoli tecnici");
//  - there are no wildcards or regular expressions: a keyword holding one of
//    \ ^ $ . | ? * + ( ) [ ] { } is refused, so a coder who expects regex
//    semantics is told rather than silently matching nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sonda::team_expectations {

// Words of a text after normalisation, in order.
std::vector<std::string> normalized_words(std::string_view text);

// Why a keyword is not acceptable, or nothing when it is.
std::optional<std::string> keyword_problem(std::string_view keyword);

class KeywordRule {
  public:
    explicit KeywordRule(std::string keyword);  // expects keyword_problem() to be empty
    const std::string& keyword() const { return m_keyword; }
    bool matches(const std::vector<std::string>& text_words) const;

  private:
    std::string m_keyword;
    std::vector<std::string> m_words;
};

}  // namespace sonda::team_expectations
