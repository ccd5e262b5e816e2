// Issue 12, one language at a time, for what an evaluator reads when an
// import fails: with --lang it every message of a bad import (a row's, a
// cell's, the file's, the summary's) is Italian, still says file, row, column
// or JSON path and why, and holds no English text of the message catalogue.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.hpp"
#include "english_check.hpp"

using namespace sonda::test;
namespace fs = std::filesystem;

namespace {

// A copy of the demo database: the imports below fail, but never on the
// database other tests read.
std::string demo_copy(const ScratchFolder& scratch) {
    const std::string db = scratch.file("demo.db");
    fs::copy_file(shared_demo_db(), db);
    return db;
}

const std::string kHeader =
    "form;form_version;wave;territory;role;respondent;reference_person;fluid_communication\n";

// A spreadsheet's CSV (';', decimal comma) of the demo's collaboration-factors form.
std::string sheet_row(const std::string& territory, const std::string& respondent,
                      const std::string& first, const std::string& second) {
    return "collaboration-factors;1;workshop-1;" + territory + ";social_service;" + respondent +
           ";" + first + ";" + second + "\n";
}

}  // namespace

TEST_CASE("[cli] a bad spreadsheet import in Italian names row, column and reason", "[cli]") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const std::string sheet = scratch.file("risposte.csv");
    write_file(sheet, kHeader + sheet_row("livorno", "R001", "4", "5") +
                          sheet_row("Pisa", "R002", "3", "4") +
                          sheet_row("livorno", "R003", "7", "2") +
                          sheet_row("livorno", "R004", "2", "Poco") +
                          sheet_row("livorno", "Mario Rossi", "3", "3"));
    const CliResult result = run_sonda({"import", "--db", db, sheet, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(sheet + ":3: $.territory: 'Pisa' non è un territorio dello studio "
                                  "(territori: sds_pistoiese, sds_grossetana, livorno, "
                                  "piana_di_lucca)") != std::string::npos);
    CHECK(result.err.find(sheet +
                          ":4: $.answers.reference_person: domanda reference_person: 7 è fuori "
                          "dalla scala da 1 a 5") != std::string::npos);
    CHECK(result.err.find(sheet + ":5: domanda fluid_communication: 'Poco' non è un punto della "
                                  "scala da 1 a 5") != std::string::npos);
    CHECK(result.err.find(sheet + ":6: $.respondent: il codice del rispondente contiene uno "
                                  "spazio, quindi sembra un nome") != std::string::npos);
    CHECK(result.err.find(sheet + ": 4 righe su 5 non sono valide: non è stato importato nulla") !=
          std::string::npos);
    CHECK(result.err.find("(4 problemi, elencati sopra: correggili, oppure usa --skip-invalid)") !=
          std::string::npos);
    check_no_english(result.err + result.out);

    // The same rows with --skip-invalid --dry-run: the summary too, with its agreement.
    const CliResult dry =
        run_sonda({"import", "--db", db, sheet, "--lang", "it", "--skip-invalid", "--dry-run"});
    INFO(dry.err);
    CHECK(dry.exit_code == 0);
    CHECK(dry.out == sheet +
                         ": 5 righe, 1 da inserire, 0 invariate, 4 scartate (prova: non è stato "
                         "registrato nulla)\n");
    CHECK(dry.err.find("sonda: scartata: " + sheet + ":3: $.territory:") != std::string::npos);
    check_no_english(dry.err + dry.out);
}

TEST_CASE("[cli] Italian import messages for a missing column and malformed JSON", "[cli]") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    SECTION("a header without the respondent column") {
        const std::string sheet = scratch.file("senza-colonna.csv");
        write_file(sheet,
                   "form;form_version;wave;territory;role;reference_person\n"
                   "collaboration-factors;1;workshop-1;livorno;social_service;4\n");
        const CliResult result = run_sonda({"import", "--db", db, sheet, "--lang", "it"});
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find(
                  sheet + ":1: manca la colonna respondent; un CSV largo ha le colonne form, "
                          "form_version, wave, territory, role, respondent") != std::string::npos);
        check_no_english(result.err + result.out);
    }
    SECTION("a line of NDJSON cut short, and a response with an unknown key") {
        const std::string file = scratch.file("risposte.ndjson");
        write_file(file,
                   "{\"form\": \"collaboration-factors\", \"form_version\": 1,\n"
                   "{\"form\": \"collaboration-factors\", \"form_version\": 1, \"wave\": "
                   "\"workshop-1\", \"territory\": \"livorno\", \"role\": \"social_service\", "
                   "\"respondent\": \"R9\", \"answers\": {}, \"note\": \"x\"}\n");
        const CliResult result = run_sonda({"import", "--db", db, file, "--lang", "it"});
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find(file +
                              ":1: JSON non valido alla colonna 53: il testo finisce prima che "
                              "il JSON sia completo") != std::string::npos);
        CHECK(result.err.find(file + ":2: $.note: chiave 'note' sconosciuta") != std::string::npos);
        CHECK(result.err.find(file + ": 2 righe su 2 non sono valide") != std::string::npos);
        check_no_english(result.err + result.out);
    }
}

TEST_CASE("[cli] import messages follow --lang, else SONDA_LANG, else the study's language",
          "[cli]") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const std::string sheet = scratch.file("risposte.csv");
    write_file(sheet, kHeader + sheet_row("Pisa", "R002", "3", "4"));
    const std::string italian = "'Pisa' non è un territorio dello studio";
    const std::string english = "unknown territory 'Pisa'";

    CliEnvironment study_language;  // neither --lang nor SONDA_LANG: the demo's first, Italian
    study_language.set.clear();
    CHECK(run_sonda({"import", "--db", db, sheet}, study_language).err.find(italian) !=
          std::string::npos);
    CliEnvironment environment;
    environment.set["SONDA_LANG"] = "it";
    CHECK(run_sonda({"import", "--db", db, sheet}, environment).err.find(italian) !=
          std::string::npos);
    CHECK(run_sonda({"import", "--db", db, sheet, "--lang", "en"}, environment).err.find(english) !=
          std::string::npos);
    CHECK(run_sonda({"import", "--db", db, sheet}).err.find(english) != std::string::npos);
}

// The plugins' own answer checks (a network map, a list of objectives) speak
// the import's language too, from each plugin's messages.
TEST_CASE("[cli] a bad network map and a bad objective in Italian", "[cli]") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const std::string file = scratch.file("piani.ndjson");
    const std::string keys =
        "\"form_version\": 1, \"wave\": \"workshop-1\", \"territory\": \"livorno\", \"role\": "
        "\"social_service\", ";
    write_file(file,
               "{\"form\": \"network-dimensions\", " + keys +
                   "\"respondent\": \"R1\", \"answers\": {\"network_map\": {\"centre\": "
                   "\"social_service\", \"actors\": [{\"service\": \"asl\", \"ring\": 9}, "
                   "{\"service\": \"questura\", \"ring\": 2}, {\"name\": \"Caritas\"}]}}}\n"
                   "{\"form\": \"objectives-monitoring\", " +
                   keys +
                   "\"respondent\": \"R2\", \"answers\": {\"objectives\": [{\"id\": "
                   "\"cartella\", \"title\": \"Cartella sociale condivisa\", \"dimension\": "
                   "\"integrazione\", \"owner\": \"social_service\", \"status\": \"achieved\", "
                   "\"progress\": 80, \"target_date\": \"31/12/2025\"}]}}\n");
    const CliResult result = run_sonda({"import", "--db", db, file, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    const std::string map = file + ":1: $.answers.network_map.actors";
    CHECK(result.err.find(map + "[0].ring: domanda network_map: attore 1: il cerchio 9 è fuori "
                                "da 1..4 (1 = il più vicino al centro)") != std::string::npos);
    CHECK(result.err.find(map + "[1].service: domanda network_map: attore 2: 'questura' non è un "
                                "servizio della mappa") != std::string::npos);
    CHECK(result.err.find(map + "[2].ring: domanda network_map: attore 3 non ha `ring`") !=
          std::string::npos);
    const std::string objective = file + ":2: $.answers.objectives[0]";
    CHECK(result.err.find(objective +
                          ".dimension: domanda objectives: obiettivo [0] 'cartella': la "
                          "dimensione 'integrazione' non è prevista; le dimensioni sono sharing, "
                          "integration, consolidation_development o capacity_building") !=
          std::string::npos);
    CHECK(result.err.find(objective + ".target_date: domanda objectives: obiettivo [0] "
                                      "'cartella': target_date '31/12/2025' non è una data "
                                      "scritta AAAA-MM-GG") != std::string::npos);
    CHECK(result.err.find(objective + ".progress: domanda objectives: obiettivo [0] 'cartella': "
                                      "stato achieved con avanzamento 80") != std::string::npos);
    check_no_english(result.err + result.out);
    for (const std::string english : {"actor ", "is outside", "objective [", "unknown dimension",
                                      "is not a date", "has no `ring`"}) {
        INFO("English: " << english);
        CHECK(result.err.find(english) == std::string::npos);
    }
}

// A map sheet beside the wide one (`--maps`): its own problems and the map
// checks moved to its rows are Italian too, at the sheet's row and column.
TEST_CASE("[cli] a bad map sheet in Italian names row, column and reason", "[cli]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    const std::string wide = scratch.file("risposte.csv");
    auto wide_row = [](const std::string& respondent) {
        return "network-dimensions;1;workshop-1;livorno;social_service;" + respondent +
               ";4;3;4;2;3;3\n";
    };
    write_file(wide,
               "form;form_version;wave;territory;role;respondent;sharing_1;sharing_2;sharing_3;"
               "integration_1;integration_2;integration_3\n" +
                   wide_row("LI01") + wide_row("LI02"));
    const std::string header =
        "wave;territory;respondent;centre;service;name;ring;intensity;note\n";

    const std::string cells = scratch.file("mappe.csv");
    write_file(cells, header + "workshop-1;livorno;LI01;;asl;;due;;\n" +
                          "workshop-1;livorno;LI01;;oss;;;;\n" +
                          "workshop-1;livorno;LI02;social_service;oss;;1;;\n" +
                          "workshop-1;livorno;LI02;third_sector;asl;;2;;\n");
    const CliResult refused =
        run_sonda({"import", "--db", db, wide, "--maps", cells, "--lang", "it"});
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find(cells + ":2: colonna ring: 'due' non è un numero intero") !=
          std::string::npos);
    CHECK(refused.err.find(cells + ":3: colonna ring: l'attore non ha un cerchio") !=
          std::string::npos);
    CHECK(refused.err.find(cells + ":5: colonna centre: centro 'third_sector' mentre la riga 4 "
                                   "ha 'social_service' per la stessa risposta") !=
          std::string::npos);
    check_no_english(refused.err + refused.out);

    const std::string checked = scratch.file("controllo.csv");
    write_file(checked, header + "workshop-1;livorno;LI01;;asl;;2;;\n" +
                            "workshop-1;livorno;LI01;;oss;;9;;\n" +
                            "workshop-2;livorno;LI01;;oss;;1;;\n");
    const CliResult invalid =
        run_sonda({"import", "--db", db, wide, "--maps", checked, "--lang", "it"});
    INFO(invalid.err);
    CHECK(invalid.exit_code == 2);
    CHECK(invalid.err.find(checked + ":3: colonna ring: attore 2: il cerchio 9 è fuori da 1..4") !=
          std::string::npos);
    CHECK(invalid.err.find(checked + ":4: nessuna riga di " + wide +
                           " ha la rilevazione 'workshop-2', il territorio 'livorno'") !=
          std::string::npos);
    check_no_english(invalid.err + invalid.out);
    // The sheet's own words are the plugin's, not the core's: looked for by hand.
    for (const std::string english :
         {"column ", "is not a whole number", "has no ring", "where line", "no row of", "actor ",
          "map sheet", "is outside"}) {
        INFO("English: " << english);
        CHECK(refused.err.find(english) == std::string::npos);
        CHECK(invalid.err.find(english) == std::string::npos);
    }
}
