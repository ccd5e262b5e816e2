// Issue 12's language test for the dashboard: every view (the overview, the
// entry form, each plugin panel) of every demo form, drawn in Italian, holds
// no English text of the message catalogue (core's and the plugins').

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dashboard_app.hpp"
#include "dashboard_fixture.hpp"
#include "sonda/engine.hpp"
#include "sonda/gui/panel_host.hpp"
#include "sonda/i18n/catalogue.hpp"

namespace {

using sonda::test::Dashboard;

// What an Italian screen must not hold: the literal pieces (between printf
// conversions) of every English text whose Italian differs. Long pieces are
// looked for anywhere, short ones as whole words ("Mean", "Save").
struct English {
    std::vector<std::string> phrases;
    std::vector<std::regex> words;
    std::vector<std::string> word_texts;
};

// Short English texts that are Italian words too ("le note" of an objective).
const std::set<std::string> kItalianToo{"Note", "note"};

English english_catalogue() {
    const auto& catalogue = sonda::i18n::Catalogue::instance();
    const auto italian = catalogue.messages("it");
    const std::regex conversion("%[-+ #0-9.]*[a-z]+|%%");
    English out;
    std::set<std::string> seen;
    for (const auto& [key, text] : catalogue.messages("en")) {
        const auto translated = italian.find(key);
        if (translated != italian.end() && translated->second == text) continue;
        for (auto piece = std::sregex_token_iterator(text.begin(), text.end(), conversion, -1);
             piece != std::sregex_token_iterator(); ++piece) {
            std::string fragment = std::regex_replace(piece->str(), std::regex(R"(^\W+|\W+$)"), "");
            if (fragment.size() < 4 || !seen.insert(fragment).second) continue;
            if (fragment.size() >= 12) {
                out.phrases.push_back(fragment);
            } else if (std::regex_match(fragment, std::regex(R"([A-Za-z][A-Za-z ']*)")) &&
                       !kItalianToo.count(fragment)) {
                out.words.emplace_back("(^|[^A-Za-z])" + fragment + "($|[^A-Za-z])");
                out.word_texts.push_back(fragment);
            }
        }
    }
    return out;
}

// Words no Italian sentence of sonda holds, to catch English typed straight
// into a panel rather than into the catalogue.
const std::vector<std::string> kEnglishWords{
    "the",  "with",   "and",    "than",    "fewer",     "shown",       "placed",  "ring",
    "move", "moved",  "inward", "outward", "unchanged", "respondents", "wave",    "withheld",
    "mean", "change", "score",  "none",    "more",      "less",        "missing", "answered"};

// Every string the respondents typed (the demo's free texts are in English:
// the seed report they come from is), which a panel may show as they are.
void typed_strings(const Poco::Dynamic::Var& value, std::set<std::string>& out) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        for (const auto& [key, member] : *value.extract<Poco::JSON::Object::Ptr>())
            typed_strings(member, out);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        for (const auto& member : *value.extract<Poco::JSON::Array::Ptr>())
            typed_strings(member, out);
    } else if (value.isString()) {
        out.insert(value.toString());
    }
}

std::set<std::string> respondents_strings(sonda::Project& project) {
    std::set<std::string> out;
    for (const sonda::Form& form : project.forms()) {
        sonda::ResponseFilter filter;
        filter.form = form.id;
        filter.with_scores = false;
        project.store().for_each_response(filter, [&](const sonda::StoredResponse& stored) {
            typed_strings(Poco::Dynamic::Var(stored.response.answers), out);
        });
    }
    return out;
}

// The drawn lines that are not (part of) something a respondent typed.
std::string without_answers(const std::string& text, const std::set<std::string>& answers) {
    std::istringstream lines(text);
    std::string out, line;
    while (std::getline(lines, line)) {
        const bool typed =
            line.size() >= 8 &&
            std::any_of(answers.begin(), answers.end(), [&](const std::string& answer) {
                return answer.find(line) != std::string::npos;
            });
        if (!typed) out += line + "\n";
    }
    return out;
}

void check_italian(const std::string& text, const English& english) {
    for (const std::string& word : kEnglishWords) {
        INFO("English word: " << word);
        CHECK_FALSE(std::regex_search(
            text, std::regex("(^|[^A-Za-z])" + word + "($|[^A-Za-z])", std::regex::icase)));
    }
    for (const std::string& phrase : english.phrases) {
        INFO("English: " << phrase);
        CHECK(text.find(phrase) == std::string::npos);
    }
    for (std::size_t i = 0; i < english.words.size(); ++i) {
        INFO("English word: " << english.word_texts[i]);
        CHECK_FALSE(std::regex_search(text, english.words[i]));
    }
}

}  // namespace

TEST_CASE("[dashboard] every view of every demo form, drawn in Italian, holds no English",
          "[dashboard][i18n]") {
    Dashboard dashboard(3000);  // tall: every group in view, so every text is drawn
    // The panels' modules are loaded: their catalogue texts are in.
    const English english = english_catalogue();
    REQUIRE(english.phrases.size() > 40);
    REQUIRE(english.words.size() > 20);
    const std::set<std::string> answers = respondents_strings(*dashboard.project);
    std::vector<std::pair<std::string, std::string>> views;  // view, form
    for (const sonda::Form& form : dashboard.project->forms()) {
        views.emplace_back("overview", form.id);
        views.emplace_back("entry", form.id);
        views.emplace_back("trend", form.id);
    }
    for (sonda::gui::Panel* panel : dashboard.panels.all()) views.emplace_back(panel->id(), "");
    REQUIRE(views.size() >= 8);
    for (const auto& [view, form] : views) {
        sonda::dashboard::DashboardOptions options;
        options.view = view;
        options.form = form;
        options.language = "it";
        sonda::dashboard::DashboardApp app(*dashboard.project, dashboard.panels, options);
        app.model().wait();
        dashboard.settle(app);
        const std::string text = dashboard.drawn_text(app);
        INFO(view << " " << form);
        CHECK(app.current_view() == view);
        REQUIRE(text.size() > 200);
        check_italian(without_answers(text, answers), english);
    }
}
