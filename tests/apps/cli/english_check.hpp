// Issue 12, one language at a time: the English texts of the message
// catalogue that must not appear in an Italian output. Only the texts whose
// Italian differs count, split at their printf conversions: long pieces are
// looked for anywhere, short ones as whole words ("line", "rows").
#pragma once

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::test {

struct EnglishPieces {
    std::vector<std::string> phrases;
    std::vector<std::string> words;
};

// The pieces of the texts whose key starts with one of `prefixes`.
inline EnglishPieces english_pieces(const std::vector<std::string>& prefixes) {
    const auto& catalogue = sonda::i18n::Catalogue::instance();
    const auto italian = catalogue.messages("it");
    const std::regex conversion("%[-+ #0-9.]*[a-z]+|%%");
    EnglishPieces out;
    std::set<std::string> seen;
    for (const auto& [key, text] : catalogue.messages("en")) {
        bool wanted = false;
        for (const std::string& prefix : prefixes) wanted = wanted || key.rfind(prefix, 0) == 0;
        if (!wanted) continue;
        const auto translated = italian.find(key);
        if (translated != italian.end() && translated->second == text) continue;
        for (auto piece = std::sregex_token_iterator(text.begin(), text.end(), conversion, -1);
             piece != std::sregex_token_iterator(); ++piece) {
            const std::string fragment =
                std::regex_replace(piece->str(), std::regex(R"(^\W+|\W+$)"), "");
            // A word both languages use ("plugin", a key's name) is no English.
            if (translated != italian.end() &&
                translated->second.find(fragment) != std::string::npos)
                continue;
            if (fragment.size() < 4 || !seen.insert(fragment).second) continue;
            if (fragment.size() >= 12)
                out.phrases.push_back(fragment);
            else if (std::regex_match(fragment, std::regex(R"([A-Za-z][A-Za-z ']*)")))
                out.words.push_back(fragment);
        }
    }
    return out;
}

// Fails on any English piece of those texts in `text`. The files' own names
// stay as written in every language: JSON paths ($.territory) and the key
// columns and keys a message lists.
inline void check_no_english(const std::string& text, const EnglishPieces& english) {
    REQUIRE(english.phrases.size() + english.words.size() > 2);
    for (const std::string& phrase : english.phrases) {
        INFO("English: " << phrase);
        CHECK(text.find(phrase) == std::string::npos);
    }
    const std::string prose = std::regex_replace(
        text,
        std::regex(
            R"(\$[.A-Za-z0-9_\[\]"]*|\b(form_version|form|wave|territory|role|respondent|answers)\b)"),
        " ");
    for (const std::string& word : english.words) {
        INFO("English word: " << word);
        CHECK_FALSE(std::regex_search(prose, std::regex("(^|[^A-Za-z])" + word + "($|[^A-Za-z])")));
    }
}

// The import and validation messages (input., import., location.).
inline void check_no_english(const std::string& text) {
    static const EnglishPieces english = english_pieces({"input.", "import.", "location."});
    check_no_english(text, english);
}

}  // namespace sonda::test
