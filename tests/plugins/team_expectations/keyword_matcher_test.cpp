#include "team_expectations/keyword_matcher.hpp"

#include <catch2/catch.hpp>

#include "team_expectations/messages.hpp"

using namespace sonda::team_expectations;

namespace {

// The checks speak through the plugin's catalogue, which the module adds when
// it registers: each test runs in a process of its own, without the module.
const bool kWords = (add_messages(), true);
bool match(const std::string& keyword, const std::string& text) {
    return KeywordRule(keyword).matches(normalized_words(text));
}
}  // namespace

TEST_CASE("[team-expectations] texts are split into lower-case words without accents") {
    CHECK(normalized_words("Corresponsabilità nella PRESA in carico") ==
          std::vector<std::string>{"corresponsabilita", "nella", "presa", "in", "carico"});
    CHECK(normalized_words("Co-responsibility, in caring!") ==
          std::vector<std::string>{"co", "responsibility", "in", "caring"});
    CHECK(normalized_words("protocollo d\u2019intesa \u00abPERCHÉ\u00bb") ==
          std::vector<std::string>{"protocollo", "d", "intesa", "perche"});
    CHECK(normalized_words("  \t ").empty());
}

TEST_CASE("[team-expectations] a keyword matches word prefixes in both languages") {
    CHECK(match("protocol", "Protocol between services"));
    CHECK(match("protocol", "Creation of collaborative protocols"));
    CHECK(match("protocoll", "Protocollo tra servizi"));
    CHECK(match("protocoll", "Mancanza di protocolli istituzionali"));
    CHECK_FALSE(match("protocoll", "Protocol between services"));
    // Prefix of a word, never its middle: "informal" is not "formal".
    CHECK_FALSE(match("formal", "Existence of informal collaborations"));
    CHECK(match("formal", "Formalising relations between institutions"));
    CHECK(match("CONTINUITÀ", "continuita delle cure"));
}

TEST_CASE("[team-expectations] a keyword of several words matches consecutive words") {
    CHECK(match("tavol tecnic", "Convocazione del Tavolo Tecnico specifico"));
    CHECK(match("tavol tecnic", "tavoli tecnici"));
    CHECK_FALSE(match("tavol tecnic", "tavolo di lavoro tecnico"));
    CHECK(match("co responsib", "Increased co-responsibility in caring"));
    CHECK(match("contact person", "Presence of a stable contact person"));
    CHECK_FALSE(match("contact person", "goes beyond personal contacts"));
}

TEST_CASE("[team-expectations] keywords that look like regular expressions are refused") {
    REQUIRE(keyword_problem("protocol.*"));
    CHECK(*keyword_problem("protocol.*") ==
          "keyword 'protocol.*' contains '.': keywords are plain words matched as word prefixes, "
          "not regular expressions");
    CHECK(keyword_problem("(co)?responsib")->find("contains '('") != std::string::npos);
    CHECK(*keyword_problem("") == "keyword is empty");
    CHECK(*keyword_problem(" - ") == "keyword ' - ' has no letter or digit");
    CHECK_FALSE(keyword_problem("protocollo d'intesa"));
    CHECK_FALSE(keyword_problem("co-responsib"));
}
