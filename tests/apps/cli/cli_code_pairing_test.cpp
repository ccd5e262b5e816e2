// A study whose respondents make up their own code (docs/study.md,
// "respondent_code"): codes of another shape are refused at import, and the
// report counts the pairs and the likely typos without naming any code.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

std::string study_with_code() {
    Poco::JSON::Object::Ptr study = parse_object(read_file(demo_study_file()));
    Poco::JSON::Object::Ptr code = parse_object(
        R"({"parts": [
            {"id": "mother", "label": {"it": "Prime due lettere del nome della madre",
                                       "en": "First two letters of your mother's first name"},
             "letters": 2},
            {"id": "day", "label": {"it": "Giorno di nascita", "en": "Day of birth"}, "digits": 2},
            {"id": "phone", "label": {"it": "Ultima cifra del telefono",
                                      "en": "Last digit of your phone number"}, "digits": 1}]})");
    study->set("respondent_code", code);
    std::ostringstream out;
    study->stringify(out);
    return out.str();
}

std::string uuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

}  // namespace

TEST_CASE("cli: a self-generated code is checked at import and its typos counted") {
    ScratchFolder scratch;
    write_file(scratch.file("study.json"), study_with_code());
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", scratch.file("study.json")}).exit_code == 0);
    CHECK(run_sonda({"study", "show", "--db", db, "--format", "json"})
              .out.find("\"respondent_code\"") != std::string::npos);

    // Refused: lower case, too short. The message says what the code is made of.
    write_file(scratch.file("bad.ndjson"),
               network_response(uuid(90), "workshop-1", "livorno", "ma151") + "\n" +
                   network_response(uuid(91), "workshop-1", "livorno", "MA15") + "\n");
    const CliResult bad = run_sonda({"import", "--db", db, scratch.file("bad.ndjson")});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("does not follow the study's code: 2 letters (First two letters of your "
                       "mother's first name) + 2 digits (Day of birth) + 1 digit (Last digit of "
                       "your phone number), letters in upper case (for example MA150)") !=
          std::string::npos);
    CHECK(bad.err.find("ma151") == std::string::npos);  // a code is never echoed

    std::string lines;
    int n = 0;
    for (const char* code : {"MA151", "LU072", "GI303", "RO114", "PA225", "SE016", "AB123"})
        lines += network_response(uuid(++n), "workshop-1", "livorno", code) + "\n";
    for (const char* code : {"MA151", "LU072", "GI303", "RO114", "PA225", "SE017", "ZZ999"})
        lines += network_response(uuid(++n), "workshop-2", "livorno", code) + "\n";
    write_file(scratch.file("answers.ndjson"), lines);
    REQUIRE(run_sonda({"import", "--db", db, scratch.file("answers.ndjson")}).exit_code == 0);

    const CliResult json =
        run_sonda({"report", "--db", db, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto pairing = parse_object(json.out)->getObject("pairing");
    CHECK(pairing->getValue<long long>("paired") == 5);
    CHECK(pairing->getValue<long long>("only_from") == 2);
    CHECK(pairing->getValue<long long>("only_to") == 2);
    CHECK(pairing->getValue<long long>("near_misses") == 1);  // SE016 / SE017

    const CliResult italian =
        run_sonda({"report", "--db", db, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--lang", "it"});
    CHECK(italian.out.find("5 rispondenti hanno risposto a entrambe le rilevazioni; 2 solo alla "
                           "prima, 2 solo alla seconda. 1 codice della prima rilevazione "
                           "differisce in una sola parte da un codice della seconda nello stesso "
                           "territorio: probabile errore di battitura.") != std::string::npos);
    for (const char* code : {"SE016", "SE017", "AB123", "ZZ999"})
        CHECK(italian.out.find(code) == std::string::npos);
}
