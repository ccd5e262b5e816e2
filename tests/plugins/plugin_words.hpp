// The check every plugin's message tables (messages.cpp) pass: English and
// Italian define the same keys, each under the plugin's name (or
// "panel.<plugin>." for a panel title), with the same printf conversions, and
// a count's singular wording ("<key>.one") always beside its plural; a
// language sonda does not speak reads them in English.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::test {

// The printf conversions of a text, in order ("%%" is a literal percent).
inline std::vector<std::string> printf_conversions(const std::string& text) {
    static const std::regex conversion("%(%|[-+#0]*[0-9]*(\\.[0-9*]+)?(ll|l|z)?[a-zA-Z])");
    std::vector<std::string> out;
    for (auto match = std::sregex_iterator(text.begin(), text.end(), conversion);
         match != std::sregex_iterator(); ++match)
        if (match->str() != "%%") out.push_back(match->str());
    return out;
}

inline void check_plugin_words(const std::string& plugin, std::span<const i18n::Message> english,
                               std::span<const i18n::Message> italian) {
    auto table = [](std::span<const i18n::Message> messages) {
        std::map<std::string, std::string> out;
        for (const i18n::Message& message : messages) {
            INFO(message.key);
            CHECK(out.emplace(std::string(message.key), std::string(message.text)).second);
        }
        return out;
    };
    const auto en = table(english), it = table(italian);
    CHECK(en.size() == it.size());
    for (const auto& [key, text] : en) {
        INFO(key);
        CHECK((key.rfind(plugin + ".", 0) == 0 || key.rfind("panel." + plugin + ".", 0) == 0));
        const auto translated = it.find(key);
        REQUIRE(translated != it.end());
        CHECK_FALSE(text.empty());
        CHECK_FALSE(translated->second.empty());
        CHECK(printf_conversions(text) == printf_conversions(translated->second));
        const auto dot = key.rfind('.');
        const std::string base = key.substr(0, dot), form = key.substr(dot + 1);
        if (form == "one") CHECK(en.count(base + ".other") == 1);
        if (form == "other") CHECK(en.count(base + ".one") == 1);
    }
    for (const auto& [key, text] : it) {
        INFO(key);
        CHECK(en.count(key) == 1);
    }
    // As the module adds them: Italian in Italian, any other language in English.
    i18n::Catalogue::instance().add("en", english);
    i18n::Catalogue::instance().add("it", italian);
    for (const auto& [key, text] : en) {
        INFO(key);
        CHECK(i18n::tr("it", key) == it.at(key));
        CHECK(i18n::tr("fr", key) == text);
    }
}

// Every key the plugin's sources (plugins/<folder>, panels/ included) name as
// a literal is in its English table: a key with no text would show as itself.
// A plural base (named for format_count) needs its ".one"/".other"; a panel
// id ("<plugin>.<panel>") its "panel." title. Keys built at run time (a status
// id appended) are not seen here.
inline void check_keys_in_sources(const std::string& plugin, const std::string& folder,
                                  std::span<const i18n::Message> english) {
    std::map<std::string, bool> defined;
    for (const i18n::Message& message : english) defined[std::string(message.key)] = true;
    const std::regex named("\"(" + plugin + "\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(SONDA_SOURCE_DIR) / "plugins" / folder)) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "messages.cpp")
            continue;
        ++files;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (auto match = std::sregex_iterator(source.begin(), source.end(), named);
             match != std::sregex_iterator(); ++match) {
            const std::string key = (*match)[1].str();
            INFO(entry.path().filename().string() << ": " << key);
            CHECK((defined.count(key) || defined.count("panel." + key) ||
                   (defined.count(key + ".one") && defined.count(key + ".other"))));
        }
    }
    CHECK(files > 3);
}

}  // namespace sonda::test
