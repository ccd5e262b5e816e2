// The message language: set once by a host for an operation on its thread,
// read by whatever words a message deep inside the core.
#include "sonda/i18n/message_language.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

using sonda::i18n::message;
using sonda::i18n::message_count;
using sonda::i18n::message_language;
using sonda::i18n::MessageLanguage;

TEST_CASE("[i18n] messages are English without a scope, in the scope's language inside one",
          "[i18n]") {
    CHECK(message_language() == "en");
    const std::string territory = "'Pisa'";
    CHECK(message("input.unknown_territory", territory, std::string("a, b")) ==
          "unknown territory 'Pisa'; the study's territories are a, b");
    {
        const MessageLanguage italian("it");
        CHECK(message_language() == "it");
        CHECK(message("input.unknown_territory", territory, "a, b") ==
              "'Pisa' non è un territorio dello studio (territori: a, b)");
        {
            const MessageLanguage english("en");  // scopes nest
            CHECK(message("input.csv.key_empty", "wave") == "'wave' is empty");
        }
        CHECK(message("input.csv.key_empty", "wave") == "'wave' è vuoto");
        CHECK(message_count("input.rows", 1) == "1 riga");
        CHECK(message_count("input.rows", 3) == "3 righe");
        CHECK(message_count("input.rows_invalid", 1, 4LL).rfind("1 riga su 4 non è valida", 0) ==
              0);
    }
    CHECK(message_language() == "en");
}

TEST_CASE("[i18n] the message language belongs to one thread", "[i18n]") {
    const MessageLanguage italian("it");
    std::string elsewhere;
    std::thread other([&] { elsewhere = message("input.list_none"); });
    other.join();
    CHECK(elsewhere == "none");
    CHECK(message("input.list_none") == "nessuno");
}

TEST_CASE("[i18n] a language without a text falls back to English", "[i18n]") {
    const MessageLanguage french("fr");
    CHECK(message("input.choice.twice", "a") == "'a' is chosen twice");
}

// Every key of an input, import, store or definition message that the core's and the CLI's
// sources name is in the catalogue (its ".one"/".other" for a count): a key
// with no text would reach the evaluator as itself.
TEST_CASE("[i18n] every input and import message key named in the sources has a text", "[i18n]") {
    namespace fs = std::filesystem;
    const auto english = sonda::i18n::Catalogue::instance().messages("en");
    const std::regex named(
        "\"((input|import|export|request|forms|study\\.show|cli|location|store|definition)\\.[a-z0-"
        "9_.]*["
        "a-z0-9_"
        "])\"");
    int keys = 0;
    for (const char* folder : {"core/src", "apps/sonda", "apps/dashboard"}) {
        for (const auto& entry :
             fs::recursive_directory_iterator(fs::path(SONDA_SOURCE_DIR) / folder)) {
            const std::string name = entry.path().filename().string();
            if (entry.path().extension() != ".cpp" || name.rfind("messages_", 0) == 0) continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (auto match = std::sregex_iterator(source.begin(), source.end(), named);
                 match != std::sregex_iterator(); ++match) {
                const std::string key = (*match)[1].str();
                INFO(name << ": " << key);
                ++keys;
                CHECK((english.count(key) ||
                       (english.count(key + ".one") && english.count(key + ".other"))));
            }
        }
    }
    CHECK(keys > 100);
}

TEST_CASE("[i18n] a number quoted in a message has the language's decimal separator", "[i18n]") {
    using sonda::i18n::message_number;
    CHECK(message_number(2.5) == "2.5");
    CHECK(message_number(3) == "3");
    CHECK(message_number(-0.125) == "-0.125");
    const MessageLanguage italian("it");
    CHECK(message_number(2.5) == "2,5");
    CHECK(message_number(4) == "4");
    CHECK(message_number(1e20) == "1e+20");
}
