// The message catalogue: every key in every language, with the same printf
// placeholders (a "%s" missing in Italian would print garbage or crash), and
// lookups that fall back rather than fail.
#include "sonda/i18n/catalogue.hpp"

#include <catch2/catch.hpp>
#include <regex>

using sonda::i18n::Catalogue;

namespace {

// The printf conversions of a text, in order ("%%" is a literal percent).
// printf's space flag is left out: plain messages say "95% interval", and no
// format of sonda uses that flag.
std::vector<std::string> placeholders(const std::string& text) {
    static const std::regex conversion("%(%|[-+#0]*[0-9]*(\\.[0-9*]+)?(ll|l)?[a-zA-Z])");
    std::vector<std::string> out;
    for (auto match = std::sregex_iterator(text.begin(), text.end(), conversion);
         match != std::sregex_iterator(); ++match)
        if (match->str() != "%%") out.push_back(match->str());
    return out;
}

}  // namespace

TEST_CASE("[i18n] every core message is in English and Italian, with the same placeholders",
          "[i18n]") {
    const auto english = Catalogue::instance().messages("en");
    const auto italian = Catalogue::instance().messages("it");
    REQUIRE(english.size() > 100);
    CHECK(english.size() == italian.size());
    for (const auto& [key, text] : english) {
        INFO(key);
        const auto translated = italian.find(key);
        REQUIRE(translated != italian.end());
        CHECK_FALSE(text.empty());
        CHECK_FALSE(translated->second.empty());
        CHECK(placeholders(text) == placeholders(translated->second));
    }
    for (const auto& [key, text] : italian) {
        INFO(key);
        CHECK(english.count(key) == 1);
    }
}

TEST_CASE("[i18n] a lookup falls back to English, then to the key itself", "[i18n]") {
    CHECK(sonda::i18n::tr("it", "summary.page") == "Pagina");
    CHECK(sonda::i18n::tr("en", "summary.page") == "Page");
    CHECK(sonda::i18n::tr("fr", "summary.page") == "Page");  // no French: English
    CHECK(sonda::i18n::tr("it", "no.such.key") == "no.such.key");
}

TEST_CASE("[i18n] messages added later (a plugin's) are copied and can be replaced", "[i18n]") {
    {
        std::string key = "test.plugin.title", text = "Titolo del pannello";
        const sonda::i18n::Message messages[] = {{key, text}};
        Catalogue::instance().add("it", messages);
        key.assign(key.size(), 'x');  // the caller's memory goes away, as a plugin's does
        text.assign(text.size(), 'x');
    }
    CHECK(sonda::i18n::tr("it", "test.plugin.title") == "Titolo del pannello");
    CHECK(Catalogue::instance().has("it", "test.plugin.title"));
    CHECK_FALSE(Catalogue::instance().has("en", "test.plugin.title"));
    CHECK(sonda::i18n::tr("en", "test.plugin.title") == "test.plugin.title");
    const sonda::i18n::Message replaced[] = {{"test.plugin.title", "Pannello"}};
    Catalogue::instance().add("it", replaced);
    CHECK(sonda::i18n::tr("it", "test.plugin.title") == "Pannello");
}

TEST_CASE("[i18n] the placeholder check sees what printf sees", "[i18n]") {
    CHECK(placeholders("%s → %s: %lld people, 95%% interval") ==
          std::vector<std::string>{"%s", "%s", "%lld"});
    CHECK(placeholders("%.*f and %d") == std::vector<std::string>{"%.*f", "%d"});
}

TEST_CASE("[i18n] a count picks the singular wording for one only", "[i18n]") {
    CHECK(sonda::i18n::plural_key("entry.stored", 1) == "entry.stored.one");
    CHECK(sonda::i18n::plural_key("entry.stored", 0) == "entry.stored.other");
    CHECK(sonda::i18n::plural_key("entry.stored", 2) == "entry.stored.other");
    CHECK(sonda::i18n::plural_key("entry.stored", -1) == "entry.stored.other");
    CHECK(sonda::i18n::format_count("it", "entry.stored", 1) ==
          "1 registrata in questa rilevazione");
    CHECK(sonda::i18n::format_count("it", "entry.stored", 21) ==
          "21 registrate in questa rilevazione");
    CHECK(sonda::i18n::format_count("fr", "entry.stored", 1) == "1 stored at this wave");
}

TEST_CASE("[i18n] every singular wording has its plural, in every language", "[i18n]") {
    for (const std::string& language : Catalogue::instance().languages()) {
        const auto texts = Catalogue::instance().messages(language);
        for (const auto& [key, text] : texts) {
            const auto dot = key.rfind('.');
            if (dot == std::string::npos) continue;
            const std::string base = key.substr(0, dot), form = key.substr(dot + 1);
            INFO(language << " " << key);
            if (form == "one") CHECK(texts.count(base + ".other") == 1);
            if (form == "other") CHECK(texts.count(base + ".one") == 1);
        }
    }
}
