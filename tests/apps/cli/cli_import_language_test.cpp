// Issue 12, one language at a time, for what an evaluator reads when an
// import fails: with --lang it every message of a bad import (a row's, a
// cell's, the file's, the summary's) is Italian, still says file, row, column
// or JSON path and why, and holds no English text of the message catalogue.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <set>

#include "cli_runner.hpp"
#include "sonda/i18n/catalogue.hpp"

using namespace sonda::test;
namespace fs = std::filesystem;

namespace {

// The literal pieces (between printf conversions) of the English texts of
// import and validation messages whose Italian differs: long pieces anywhere,
// short ones as whole words ("line", "rows").
struct EnglishPieces {
    std::vector<std::string> phrases;
    std::vector<std::string> words;
};

EnglishPieces english_input_pieces() {
    const auto& catalogue = sonda::i18n::Catalogue::instance();
    const auto italian = catalogue.messages("it");
    const std::regex conversion("%[-+ #0-9.]*[a-z]+|%%");
    EnglishPieces out;
    std::set<std::string> seen;
    for (const auto& [key, text] : catalogue.messages("en")) {
        if (key.rfind("input.", 0) != 0 && key.rfind("import.", 0) != 0 &&
            key.rfind("location.", 0) != 0)
            continue;
        const auto translated = italian.find(key);
        if (translated != italian.end() && translated->second == text) continue;
        for (auto piece = std::sregex_token_iterator(text.begin(), text.end(), conversion, -1);
             piece != std::sregex_token_iterator(); ++piece) {
            const std::string fragment =
                std::regex_replace(piece->str(), std::regex(R"(^\W+|\W+$)"), "");
            if (fragment.size() < 4 || !seen.insert(fragment).second) continue;
            if (fragment.size() >= 12)
                out.phrases.push_back(fragment);
            else if (std::regex_match(fragment, std::regex(R"([A-Za-z][A-Za-z ']*)")))
                out.words.push_back(fragment);
        }
    }
    return out;
}

void check_no_english(const std::string& text) {
    static const EnglishPieces english = english_input_pieces();
    REQUIRE(english.phrases.size() > 50);
    for (const std::string& phrase : english.phrases) {
        INFO("English: " << phrase);
        CHECK(text.find(phrase) == std::string::npos);
    }
    // The files' own names stay as written in every language: JSON paths
    // ($.territory) and the key columns and keys a message lists.
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
        CHECK(result.err.find(file + ":1: JSON non valido: ") != std::string::npos);
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
