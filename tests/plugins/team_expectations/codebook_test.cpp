#include <catch2/catch.hpp>

#include "form_fixture.hpp"
#include "suite_registry.hpp"
#include "team_expectations/expectations_form.hpp"
#include "team_expectations/messages.hpp"
#include "team_expectations/team_expectations_instrument.hpp"

using namespace sonda;
using namespace sonda::team_expectations;

namespace {

// The checks speak through the plugin's catalogue, which the module adds when
// it registers: each test runs in a process of its own, without the module.
const bool kWords = (add_messages(), true);

const Codebook& shipped_codebook() {
    static const Form form =
        test::shipped_form("team-expectations.json", test::team_expectations_registry());
    static std::vector<Issue> issues;
    static const ExpectationsForm layout(form, issues);
    REQUIRE(issues.empty());
    return layout.codebook();
}

std::vector<std::string> themes_of(const std::string& text) {
    return shipped_codebook().code(text).themes;
}

using Themes = std::vector<std::string>;

std::vector<Issue> form_issues(const std::string& json) {
    const Form form = test::form_from_json(json, test::core_registry());
    std::vector<Issue> issues;
    TeamExpectationsInstrument().check_form(form, issues);
    return issues;
}

std::string issue_texts(const std::vector<Issue>& issues) {
    std::string out;
    for (const Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

// A valid form around a replaceable codebook and items.
std::string form_with(const std::string& codebook, const std::string& extra_items = "") {
    return R"({"id": "te", "version": 1, "plugin": "team-expectations", "title": "t", "items": [
        {"id": "expectations", "type": "matrix", "cell": {"type": "text_list"}, "label": "e",
         "rows": [{"value": "mental_health", "label": "MH"}, {"value": "addiction_service", "label": "AS"}],
         "columns": [{"value": "ask", "label": "a"}, {"value": "concerns", "label": "c"}]})" +
           extra_items + "]" + (codebook.empty() ? "" : ", \"codebook\": " + codebook) + "}";
}

}  // namespace

TEST_CASE("[team-expectations] the shipped form passes its own checks") {
    const Form form =
        test::shipped_form("team-expectations.json", test::team_expectations_registry());
    std::vector<Issue> issues;
    TeamExpectationsInstrument().check_form(form, issues);
    INFO(issue_texts(issues));
    CHECK(issues.empty());
    std::vector<Issue> ignored;
    const ExpectationsForm layout(form, ignored);
    CHECK(layout.codebook().themes().size() == 7);
    CHECK(layout.services().size() == 4);
    CHECK(layout.ratings().size() == 4);
}

TEST_CASE("[team-expectations] the report's English sentences are coded into the report's themes") {
    CHECK(
        themes_of(
            "Presence of a stable contact person, who \u201ckeeps track\u201d of what is done and "
            "is easily accessible (e.g. clarity in contacts, service hours, etc.)") ==
        Themes{"reference_person"});
    CHECK(themes_of("Creation of a collaborative protocol that goes beyond personal contacts and "
                    "acquaintances, facilitating the care of the vulnerable person by integrating "
                    "professionalism.") == Themes{"formal_protocols"});
    CHECK(themes_of(
              "Co-responsibility in taking charge of the person and sharing a project, so as to "
              "avoid sectorialisation and ensure integrated care") == Themes{"co_responsibility"});
    CHECK(themes_of("Continuity in care and not just the implementation of spot interventions") ==
          Themes{"continuity"});
    CHECK(themes_of(
              "Identification of a reference psychiatrist, especially for severely marginalised "
              "and borderline situations") == Themes{"reference_person"});
    CHECK(
        themes_of("Willingness to have more frequent and constant monitoring meetings with social "
                  "service workers on users treated by both services") ==
        Themes{"continuity", "monitoring_meetings"});
    CHECK(themes_of("Identification of stable and continuous reference operators") ==
          Themes{"reference_person", "continuity"});
    CHECK(themes_of("Common database where information can be entered and shared") ==
          Themes{"information_sharing"});
    CHECK(themes_of("Inter-service agreement giving legitimacy to operators to implement more "
                    "operational protocols") == Themes{"formal_protocols"});
    CHECK(themes_of("Shared training") == Themes{"common_language_training"});
    CHECK(themes_of("Development of a common language between services") ==
          Themes{"common_language_training"});
    CHECK(themes_of("Increased frequency of monitoring meetings for case evaluation") ==
          Themes{"monitoring_meetings"});
    CHECK(themes_of("Convening the specific Technical Table (SS)") ==
          Themes{"monitoring_meetings"});
    CHECK(
        themes_of("Definition of a specific procedure to refer citizens for assessment by Serd") ==
        Themes{"formal_protocols"});
    // "informal" must not count as a formal protocol, and a plain wish stays uncoded.
    CHECK(themes_of(
              "Existence of informal collaborations, based on personal initiatives and knowledge")
              .empty());
    CHECK(themes_of("Increased collaboration").empty());
}

TEST_CASE("[team-expectations] the Italian equivalents are coded into the same themes") {
    CHECK(themes_of("Presenza di un referente stabile, che tenga traccia di quanto fatto e sia "
                    "facilmente raggiungibile") == Themes{"reference_person"});
    CHECK(themes_of("Creazione di un protocollo di collaborazione che vada oltre i contatti e le "
                    "conoscenze personali") == Themes{"formal_protocols"});
    CHECK(
        themes_of(
            "Corresponsabilità nella presa in carico della persona e condivisione del progetto") ==
        Themes{"co_responsibility"});
    CHECK(themes_of("Continuità nella cura e non solo interventi spot") == Themes{"continuity"});
    CHECK(themes_of("Individuazione di uno psichiatra di riferimento") ==
          Themes{"reference_person"});
    CHECK(themes_of("Banca dati comune in cui inserire e condividere le informazioni") ==
          Themes{"information_sharing"});
    CHECK(themes_of("Formazione condivisa") == Themes{"common_language_training"});
    CHECK(themes_of("Sviluppo di un linguaggio comune tra i servizi") ==
          Themes{"common_language_training"});
    CHECK(themes_of("Incontri di monitoraggio più frequenti per la valutazione dei casi") ==
          Themes{"monitoring_meetings"});
    CHECK(themes_of("Convocazione del Tavolo Tecnico specifico") == Themes{"monitoring_meetings"});
    CHECK(themes_of("Formalizzazione dei rapporti tra istituzioni") == Themes{"formal_protocols"});
}

TEST_CASE("[team-expectations] the coding says which keywords fired") {
    const Coding coding = shipped_codebook().code("Protocollo d'intesa e formazione comune");
    CHECK(coding.themes == Themes{"formal_protocols", "common_language_training"});
    // English keywords come first (languages in key order); "protocol" is a prefix of "protocollo"
    // too.
    CHECK(coding.matched.at("formal_protocols") ==
          std::vector<std::string>{"protocol", "protocoll", "intesa"});
    CHECK(coding.matched.at("common_language_training") == std::vector<std::string>{"formazion"});
}

TEST_CASE("[team-expectations] a form without a codebook is refused") {
    const auto issues = form_issues(form_with(""));
    REQUIRE(issues.size() == 1);
    CHECK(
        issues[0].to_string() ==
        "$.codebook: missing: a team-expectations form needs a codebook of themes to code its free "
        "texts into");
}

TEST_CASE("[team-expectations] a bad codebook is refused with every problem and its JSON path") {
    const auto issues = form_issues(form_with(R"({"themes": [
        {"id": "continuity", "label": {"en": "Continuity"}, "keywords": {"en": ["continu"]}},
        {"id": "continuity", "label": {"en": "Again"}, "keywords": {"en": ["stable"]}},
        {"id": "protocols", "label": {"en": "Protocols"}, "keywords": {"en": ["protocol.*", ""]}},
        {"id": "Bad Id", "label": {"en": "x"}, "keywords": {"en": ["x"]}},
        {"id": "nolabel", "keywords": {"it": "protocollo"}},
        {"id": "empty", "label": {"en": "Empty"}, "keywords": {"en": []}}
    ]})"));
    INFO(issue_texts(issues));
    REQUIRE(issues.size() == 7);
    CHECK(issues[0].to_string() ==
          "$.codebook.themes[1].id: duplicate theme id 'continuity' (first defined at "
          "$.codebook.themes[0])");
    CHECK(issues[1].to_string() ==
          "$.codebook.themes[2].keywords.en[0]: keyword 'protocol.*' contains '.': keywords are "
          "plain "
          "words matched as word prefixes, not regular expressions");
    CHECK(issues[2].to_string() == "$.codebook.themes[2].keywords.en[1]: keyword is empty");
    CHECK(issues[3].to_string() ==
          "$.codebook.themes[3].id: theme id 'Bad Id' must be 1-64 characters of a-z, 0-9 and '_'");
    CHECK(issues[4].to_string() ==
          "$.codebook.themes[4].label: missing or empty: a theme needs a label (an object of "
          "language -> text)");
    CHECK(issues[5].to_string() ==
          "$.codebook.themes[4].keywords.it: must be an array of keywords, found a string");
    CHECK(
        issues[6].to_string() ==
        "$.codebook.themes[5].keywords: theme 'empty' has no keyword: no text could ever be coded "
        "into it");
}

TEST_CASE("[team-expectations] codebook labels and keywords may not carry control characters") {
    const auto issues = form_issues(form_with(R"({"themes": [
        {"id": "a", "label": {"en": "Esc\u001b[2J", "it": "Ok"}, "keywords": {"en": ["fine"]}},
        {"id": "b", "label": "Bell\u0007", "keywords": {"en": ["fine"]}},
        {"id": "c", "label": {"en": "C"}, "keywords": {"en": ["nul\u0000word"]}}
    ]})"));
    INFO(issue_texts(issues));
    REQUIRE(issues.size() == 3);
    CHECK(issues[0].where.path == "$.codebook.themes[0].label.en");
    CHECK(issues[0].reason.find("U+001B") != std::string::npos);
    CHECK(issues[1].where.path == "$.codebook.themes[1].label");
    CHECK(issues[1].reason.find("U+0007") != std::string::npos);
    CHECK(issues[2].where.path == "$.codebook.themes[2].keywords.en[0]");
    CHECK(issues[2].reason.find("U+0000") != std::string::npos);
    for (const Issue& issue : issues) CHECK(issue.to_string().find('\x1b') == std::string::npos);
}

TEST_CASE("[team-expectations] an empty list of themes is refused") {
    const auto issues = form_issues(form_with(R"({"themes": []})"));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].to_string() == "$.codebook.themes: must be a non-empty array of themes");
}

TEST_CASE("[team-expectations] facets and rated services are checked against the matrix") {
    const std::string codebook =
        R"({"themes": [{"id": "x", "label": "X", "keywords": {"en": ["x"]}}]})";
    const auto issues = form_issues(form_with(codebook, R"(,
        {"id": "rate_mh", "type": "likert", "label": "r", "min": 1, "max": 5, "service": "mental_health"},
        {"id": "rate_mh2", "type": "likert", "label": "r", "min": 1, "max": 5, "service": "mental_health"},
        {"id": "rate_np", "type": "likert", "label": "r", "min": 1, "max": 5, "service": "neuro"},
        {"id": "rate_none", "type": "likert", "label": "r", "min": 1, "max": 5},
        {"id": "bad_matrix", "type": "matrix", "cell": {"type": "text_list"}, "label": "b",
         "rows": [{"value": "counselling", "label": "C"}], "columns": [{"value": "wishes", "label": "w"}]})"));
    INFO(issue_texts(issues));
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].to_string() ==
          "$.items[5].columns[0]: item bad_matrix: unknown facet 'wishes'; the columns of a "
          "team-expectations matrix are facets: ask, involvement, tools, concerns");
    CHECK(issues[1].to_string() ==
          "$.items[2].service: item rate_mh2: service 'mental_health' is already rated by another "
          "item; "
          "its score collaboration_mental_health must come from one item");
    // The matrix with a wrong facet still names its services: a rating of
    // counselling would not be reported again as an unknown service.
    CHECK(issues[2].to_string() ==
          "$.items[3].service: item rate_np: unknown service 'neuro'; the services are the matrix "
          "rows: mental_health, addiction_service, counselling");
    CHECK(issues[3].to_string() ==
          "$.items[4].service: item rate_none: a likert item of a team-expectations form rates the "
          "collaboration with one service: add \"service\" naming a matrix row");
}
