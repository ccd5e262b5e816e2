#include "team_expectations/team_expectations_instrument.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "form_fixture.hpp"
#include "suite_registry.hpp"

using namespace sonda;
using namespace sonda::team_expectations;

namespace {

const Form& form() {
    static const Form shipped =
        test::shipped_form("team-expectations.json", test::team_expectations_registry());
    return shipped;
}

Response make(const std::string& id, const std::string& respondent, const std::string& answers,
              const std::string& territory = "pistoiese") {
    return test::response_from_json(R"({"id": ")" + id + R"(", "form": "team-expectations",
        "form_version": 1, "wave": "w", "territory": ")" +
                                    territory + R"(", "role": "social_service",
        "respondent": ")" + respondent +
                                    R"(", "answers": )" + answers + "}");
}

std::vector<Response> wave_from() {
    return {make("a1", "R1", R"({"expectations": {
                "mental_health": {"ask": ["Identification of a reference person", "Increased collaboration"]},
                "addiction_service": {"tools": ["Protocol between services"]}},
                "collaboration_mental_health": 2})"),
            make("a2", "R2", R"({"expectations": {
                "mental_health": {"ask": ["Presenza di un referente stabile"], "concerns": ["Shared training"]}},
                "collaboration_mental_health": 3, "collaboration_addiction_service": 4})")};
}

std::vector<Response> wave_to() {
    return {make("b1", "R1", R"({"expectations": {
                "mental_health": {"ask": ["Protocollo formale con la Salute Mentale", "   "]}}})"),
            make("b2", "R2", R"({"expectations": {
                "mental_health": {"ask": ["Referente raggiungibile", "Protocol for referring cases"]}}})"),
            make("b3", "R3", R"({"expectations": {
                "addiction_service": {"ask": ["Increased collaboration"]}}})")};
}

Poco::JSON::Object::Ptr cell(const Poco::JSON::Object::Ptr& result, const std::string& service,
                             const std::string& theme) {
    const auto counts = result->getArray("theme_counts");
    for (std::size_t i = 0; i < counts->size(); ++i) {
        const auto entry = counts->getObject(static_cast<unsigned>(i));
        if (entry->getValue<std::string>("service") == service &&
            entry->getValue<std::string>("theme") == theme)
            return entry;
    }
    FAIL("no cell " << service << "/" << theme);
    return nullptr;
}

long long value(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    REQUIRE_FALSE(object->isNull(key));
    return object->getValue<long long>(key);
}

CompareOptions options(int min_cell) {
    CompareOptions out;
    out.min_cell = min_cell;
    return out;
}

// Texts come in form order (matrix rows, then columns, then list position).
// A text carries no response id nor respondent code: it is found by its key
// and its words.
Poco::JSON::Object::Ptr text_with_key(const Poco::JSON::Array::Ptr& texts, const std::string& key,
                                      const std::string& words) {
    for (std::size_t i = 0; i < texts->size(); ++i) {
        const auto entry = texts->getObject(static_cast<unsigned>(i));
        if (entry->getValue<std::string>("key") == key &&
            entry->getValue<std::string>("text") == words)
            return entry;
    }
    FAIL("no text " << key << " '" << words << "'");
    return nullptr;
}

std::string text_of(const Poco::JSON::Object::Ptr& result) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(result, out);
    return out.str();
}

}  // namespace

TEST_CASE("[team-expectations] the collaboration rating is one score per service") {
    const TeamExpectationsInstrument instrument;
    const auto definitions = instrument.score_definitions(form());
    REQUIRE(definitions.size() == 4);
    CHECK(definitions[0].name == "collaboration_counselling");
    CHECK(definitions[2].name == "collaboration_mental_health");
    CHECK(definitions[2].items == std::vector<std::string>{"collaboration_mental_health"});
    CHECK(definitions[2].label.get("it") ==
          "Collaborazione attuale con Salute mentale adulti (UFSMA)");
    CHECK(definitions[2].min == 1);
    CHECK(definitions[2].max == 5);

    const auto scores = instrument.score(form(), wave_from()[1]);
    REQUIRE(scores.size() == 4);
    CHECK_FALSE(scores[0].value);
    CHECK(scores[1].name == "collaboration_addiction_service");
    CHECK(scores[1].value == 4.0);
    CHECK(scores[2].value == 3.0);
    CHECK_FALSE(scores[3].value);
}

TEST_CASE("[team-expectations] theme counts per service and their change, hand-computed") {
    const auto result =
        TeamExpectationsInstrument().compare(form(), wave_from(), wave_to(), options(2));
    INFO(text_of(result));
    CHECK(value(result, "n_from") == 2);
    CHECK(value(result, "n_to") == 3);
    CHECK_FALSE(result->getValue<bool>("suppressed_from"));
    // 4 services x 7 themes, zeros included: the heatmap needs the whole grid.
    CHECK(result->getArray("theme_counts")->size() == 28);

    const auto reference = cell(result, "mental_health", "reference_person");
    CHECK(value(reference, "texts_from") == 2);
    CHECK(value(reference, "texts_to") == 1);
    CHECK(value(reference, "texts_change") == -1);
    CHECK(value(reference, "respondents_from") == 2);
    CHECK(value(reference, "respondents_to") == 1);
    CHECK(value(reference, "respondents_change") == -1);

    const auto protocols = cell(result, "mental_health", "formal_protocols");
    CHECK(value(protocols, "texts_from") == 0);
    CHECK(value(protocols, "texts_to") == 2);
    CHECK(value(protocols, "texts_change") == 2);
    CHECK(value(protocols, "respondents_to") == 2);

    CHECK(value(cell(result, "mental_health", "common_language_training"), "texts_change") == -1);
    CHECK(value(cell(result, "addiction_service", "formal_protocols"), "texts_change") == -1);
    CHECK(value(cell(result, "counselling", "continuity"), "texts_to") == 0);

    // Uncoded texts are counted, blank ones are not texts at all.
    const auto uncoded = result->getArray("uncoded");
    for (std::size_t i = 0; i < uncoded->size(); ++i) {
        const auto entry = uncoded->getObject(static_cast<unsigned>(i));
        const std::string service = entry->getValue<std::string>("service");
        if (service == "mental_health") CHECK(value(entry, "texts_change") == -1);
        if (service == "addiction_service") CHECK(value(entry, "texts_change") == 1);
    }

    const auto texts = result->getObject("coded_texts");
    REQUIRE(texts->getArray("from")->size() == 5);
    REQUIRE(texts->getArray("to")->size() == 4);
    CHECK(texts->getArray("from")->getObject(0)->getValue<std::string>("key") ==
          "expectations/addiction_service/tools/0");
    const auto first = text_with_key(texts->getArray("from"), "expectations/mental_health/ask/0",
                                     "Identification of a reference person");
    CHECK(first->getValue<int>("index") == 0);
    CHECK(first->getValue<std::string>("territory") == "pistoiese");
    CHECK_FALSE(first->has("respondent"));
    CHECK_FALSE(first->has("response"));
    CHECK(first->getValue<std::string>("facet") == "ask");
    CHECK(first->getValue<std::string>("source") == "rules");
    CHECK(first->getArray("themes")->getElement<std::string>(0) == "reference_person");
    CHECK(first->getObject("matched")->getArray("reference_person")->getElement<std::string>(0) ==
          "reference");
    CHECK(result->getArray("warnings")->size() == 0);
}

TEST_CASE("[team-expectations] an evaluator's override replaces the automatic codes of one text") {
    CompareOptions with = options(2);
    // "Increased collaboration" (uncoded by the rules) is read as co-responsibility.
    with.overrides.push_back(
        {"a1", "expectations/mental_health/ask/1", {"co_responsibility"}, "ev1", ""});
    // "Shared training" is judged to carry no theme at all.
    with.overrides.push_back({"a2", "expectations/mental_health/concerns/0", {}, "ev1", ""});
    // The same text overridden twice: the later correction wins.
    with.overrides.push_back({"b1", "expectations/mental_health/ask/0", {"continuity"}, "ev1", ""});
    with.overrides.push_back(
        {"b1", "expectations/mental_health/ask/0", {"monitoring_meetings"}, "ev2", ""});
    const auto result = TeamExpectationsInstrument().compare(form(), wave_from(), wave_to(), with);
    INFO(text_of(result));

    CHECK(value(cell(result, "mental_health", "co_responsibility"), "texts_from") == 1);
    CHECK(value(cell(result, "mental_health", "common_language_training"), "texts_from") == 0);
    CHECK(value(cell(result, "mental_health", "continuity"), "texts_to") == 0);
    CHECK(value(cell(result, "mental_health", "monitoring_meetings"), "texts_to") == 1);
    CHECK(value(cell(result, "mental_health", "formal_protocols"), "texts_to") == 1);

    const auto from = result->getObject("coded_texts")->getArray("from");
    const auto overridden =
        text_with_key(from, "expectations/mental_health/ask/1", "Increased collaboration");
    CHECK(overridden->getValue<std::string>("source") == "override");
    CHECK(overridden->getArray("themes")->getElement<std::string>(0) == "co_responsibility");
    CHECK(overridden->getObject("matched")->size() == 0);
    CHECK(result->getArray("warnings")->size() == 0);
}

TEST_CASE("[team-expectations] overrides naming no text or unknown themes are reported") {
    CompareOptions with = options(2);
    with.overrides.push_back({"a1", "expectations/mental_health/ask/7", {"continuity"}, "ev1", ""});
    with.overrides.push_back(
        {"a1", "expectations/mental_health/ask/0", {"nonsense", "continuity"}, "ev1", ""});
    with.overrides.push_back({"zz", "expectations/mental_health/ask/0", {"continuity"}, "ev1", ""});
    const auto result = TeamExpectationsInstrument().compare(form(), wave_from(), wave_to(), with);
    const auto warnings = result->getArray("warnings");
    INFO(text_of(result));
    REQUIRE(warnings->size() == 2);
    CHECK(warnings->getElement<std::string>(0) ==
          "an override of text expectations/mental_health/ask/0: code 'nonsense' is not a "
          "theme of the codebook; ignored");
    CHECK(warnings->getElement<std::string>(1) ==
          "an override names text 'expectations/mental_health/ask/7', which its response does "
          "not have (keys are <item>/<service>/<facet>/<index>, index from 0)");
    // Published with the report: never a response id.
    CHECK(text_of(result).find("a1") == std::string::npos);
    // The known code of the partly wrong override still applies.
    CHECK(value(cell(result, "mental_health", "continuity"), "texts_from") == 1);
    CHECK(value(cell(result, "mental_health", "reference_person"), "texts_from") == 1);
}

TEST_CASE("[team-expectations] a group smaller than min_cell shows no counts and no texts") {
    const auto result =
        TeamExpectationsInstrument().compare(form(), wave_from(), wave_to(), options(3));
    CHECK(result->getValue<bool>("suppressed_from"));
    CHECK_FALSE(result->getValue<bool>("suppressed_to"));
    const auto reference = cell(result, "mental_health", "reference_person");
    CHECK(reference->isNull("texts_from"));
    CHECK(reference->isNull("respondents_from"));
    CHECK(reference->isNull("texts_change"));
    CHECK(value(reference, "texts_to") == 1);
    CHECK(result->getObject("coded_texts")->getArray("from")->size() == 0);
    CHECK(result->getObject("coded_texts")->getArray("to")->size() == 4);
    // n itself is shown: it is what tells the reader why the rest is withheld.
    CHECK(value(result, "n_from") == 2);

    CompareOptions off = options(3);
    off.suppression = false;
    const auto shown = TeamExpectationsInstrument().compare(form(), wave_from(), wave_to(), off);
    CHECK(value(cell(shown, "mental_health", "reference_person"), "texts_from") == 2);
}

TEST_CASE("[team-expectations] respondents are counted once per territory code") {
    // The same code twice in one territory is one person; the same code in
    // another territory is someone else.
    std::vector<Response> group = wave_from();
    group.push_back(
        make("a3", "R1", R"({"expectations": {"mental_health": {"ask": ["Referente"]}}})"));
    group.push_back(make(
        "a4", "R1", R"({"expectations": {"mental_health": {"ask": ["Referente"]}}})", "livorno"));
    const auto result = TeamExpectationsInstrument().compare(form(), group, group, options(2));
    CHECK(value(result, "n_from") == 3);
    CHECK(value(cell(result, "mental_health", "reference_person"), "texts_from") == 4);
    CHECK(value(cell(result, "mental_health", "reference_person"), "respondents_from") == 3);
    CHECK(result->getArray("themes")->getObject(0)->getValue<std::string>("label") ==
          "Stable and reachable reference person");
}

namespace {

// Two territories in one group: Pistoia's texts and Livorno's, with
// respondent codes that cannot occur anywhere else in the output.
std::vector<Response> two_territories(const std::string& wave) {
    return {make(wave + "1", "XQ-PT-17", R"({"expectations": {
                "mental_health": {"ask": ["Referente stabile"]}}})"),
            make(wave + "2", "XQ-PT-18", R"({"expectations": {
                "mental_health": {"ask": ["Protocollo scritto"]}}})"),
            make(wave + "3", "XQ-LI-29", R"({"expectations": {
                "mental_health": {"ask": ["Referente raggiungibile"]}}})",
                 "livorno")};
}

std::size_t count_with_territory(const Poco::JSON::Array::Ptr& texts, const std::string& id) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < texts->size(); ++i) {
        const auto entry = texts->getObject(static_cast<unsigned>(i));
        if (entry->has("territory") && entry->getValue<std::string>("territory") == id) ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("[team-expectations] a text of an unnamed territory carries no territory") {
    CompareOptions with = options(2);
    with.unnamed_territories = {"livorno"};
    const auto result = TeamExpectationsInstrument().compare(form(), two_territories("a"),
                                                             two_territories("b"), with);
    INFO(text_of(result));
    for (const char* side : {"from", "to"}) {
        const auto texts = result->getObject("coded_texts")->getArray(side);
        REQUIRE(texts->size() == 3);
        const auto livorno =
            text_with_key(texts, "expectations/mental_health/ask/0", "Referente raggiungibile");
        CHECK_FALSE(livorno->has("territory"));  // absent, not null
        CHECK(count_with_territory(texts, "pistoiese") == 2);
        CHECK(count_with_territory(texts, "livorno") == 0);
    }
    CHECK(text_of(result).find("livorno") == std::string::npos);
    // The text still counts in the group's totals.
    CHECK(value(cell(result, "mental_health", "reference_person"), "texts_from") == 2);
    CHECK(value(cell(result, "mental_health", "reference_person"), "respondents_to") == 2);

    // Nobody unnamed: every text names its territory.
    const auto named = TeamExpectationsInstrument().compare(form(), two_territories("a"),
                                                            two_territories("b"), options(2));
    CHECK(count_with_territory(named->getObject("coded_texts")->getArray("from"), "livorno") == 1);
}

TEST_CASE("[team-expectations] no output carries a respondent code or a response id") {
    CompareOptions shown = options(2);
    CompareOptions unprotected = options(2);
    unprotected.suppression = false;  // not even for an evaluator holding the raw data
    for (const CompareOptions& with : {shown, unprotected}) {
        const std::string output = text_of(TeamExpectationsInstrument().compare(
            form(), two_territories("a"), two_territories("b"), with));
        INFO(output);
        CHECK(output.find("\"respondent\"") == std::string::npos);
        CHECK(output.find("\"response\"") == std::string::npos);
        CHECK(output.find("XQ-") == std::string::npos);                // the codes themselves
        CHECK(output.find("\"a1\"") == std::string::npos);             // nor a response id
        CHECK(output.find("Referente stabile") != std::string::npos);  // the texts are there
    }
}

TEST_CASE("[team-expectations] the comparison does not depend on the order responses arrive in") {
    // Two territories, a code in both, and overrides (one stale, one
    // with an unknown code), so that texts, warnings and counts all have an
    // order to keep.
    std::vector<Response> from = wave_from();
    from.push_back(make("a3", "R9", R"({"expectations": {
        "mental_health": {"ask": ["Shared training", "Protocollo"]}}})",
                        "livornese"));
    std::vector<Response> to = wave_to();
    to.push_back(make("b4", "R1", R"({"expectations": {
        "addiction_service": {"concerns": ["Identification of a reference person"]}}})",
                      "livornese"));
    CompareOptions options;
    options.min_cell = 1;
    options.overrides.push_back(
        CodeOverride{"a1", "expectations/mental_health/ask/0", {"nonsense"}, "ev", ""});
    options.overrides.push_back(
        CodeOverride{"b2", "expectations/mental_health/ask/9", {"referent"}, "ev", ""});
    const auto text = [](const Poco::JSON::Object::Ptr& object) {
        std::ostringstream out;
        Poco::JSON::Stringifier::stringify(object, out);
        return out.str();
    };
    const TeamExpectationsInstrument instrument;
    const std::string expected = text(compare_responses(instrument, form(), from, to, options));
    CHECK(expected.find("nonsense") != std::string::npos);
    CHECK(expected.find("ask/9") != std::string::npos);
    std::sort(from.begin(), from.end(),
              [](const Response& a, const Response& b) { return a.id > b.id; });
    std::reverse(to.begin(), to.end());
    CHECK(text(compare_responses(instrument, form(), from, to, options)) == expected);
}
