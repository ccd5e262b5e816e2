// Issue 12, one language at a time, for the commands around the reports: a
// form's definition (forms list/show), a declarative form's checks, a study
// file that is not JSON, and the line each command writes once its file is
// out. With --lang it none of them holds an English text of the catalogue.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "english_check.hpp"

using namespace sonda::test;

namespace {

const EnglishPieces& english_of(const std::vector<std::string>& prefixes) {
    static std::map<std::vector<std::string>, EnglishPieces> cache;
    auto found = cache.find(prefixes);
    if (found == cache.end()) found = cache.emplace(prefixes, english_pieces(prefixes)).first;
    return found->second;
}

}  // namespace

TEST_CASE("[cli] forms list and show speak --lang, the study's services in their place", "[cli]") {
    const auto& english = english_of({"forms."});
    const CliResult list = run_sonda({"forms", "list", "--lang", "it"});
    INFO(list.err);
    REQUIRE(list.exit_code == 0);
    CHECK(list.out.rfind("QUESTIONARIO", 0) == 0);
    CHECK(list.out.find("team-expectations v1") != std::string::npos);
    // Without a study the shipped forms' services are a placeholder, and the output says so.
    CHECK(list.out.find("\"(i servizi dello studio)\": indicate --study FILE o --db DB") !=
          std::string::npos);
    check_no_english(list.out + list.err, english);

    const CliResult show = run_sonda({"forms", "show", "team-expectations", "--lang", "it"});
    INFO(show.err);
    REQUIRE(show.exit_code == 0);
    CHECK(show.out.rfind("Questionario team-expectations v1 (plugin team-expectations)", 0) == 0);
    CHECK(show.out.find("righe: (i servizi dello studio); colonne: Che cosa chiedo?, ") !=
          std::string::npos);
    // team-expectations' scores are one per service: none without the study's.
    CHECK(show.out.find("Punteggi") == std::string::npos);
    // network-dimensions' scores do not hang on the services: shown.
    const CliResult map = run_sonda({"forms", "show", "network-dimensions", "--lang", "it"});
    CHECK(map.out.find("Punteggi (") != std::string::npos);
    CHECK(map.out.find("(i servizi dello studio)") != std::string::npos);
    check_no_english(show.out + show.err, english);

    // With the study, its services are the rows, in its own words.
    const CliResult studied = run_sonda(
        {"forms", "show", "team-expectations", "--study", demo_study_file(), "--lang", "it"});
    INFO(studied.err);
    REQUIRE(studied.exit_code == 0);
    CHECK(studied.out.find("righe: Consultorio, Servizio dipendenze (SerD), Salute mentale adulti "
                           "(UFSMA), Neuropsichiatria infantile (FSMIA); colonne: ") !=
          std::string::npos);
    CHECK(studied.out.find("Punteggi (4)") != std::string::npos);
    CHECK(studied.out.find("(i servizi dello studio)") == std::string::npos);
    const CliResult stored = run_sonda(
        {"forms", "show", "collaboration-factors", "--db", shared_demo_db(), "--lang", "it"});
    INFO(stored.err);
    CHECK(stored.out.find("Punteggi (3)") != std::string::npos);
    CHECK(stored.out.find("più alto è meglio") != std::string::npos);
    CHECK(stored.out.find("fasce: Criticità 1..2,5, Da consolidare 2,5..3,5") != std::string::npos);
    check_no_english(stored.out + stored.err, english);

    // The English words are there in English.
    const CliResult en = run_sonda({"forms", "show", "team-expectations", "--lang", "en"});
    CHECK(en.out.find("rows: (the study's services); columns: What do I ask?, ") !=
          std::string::npos);
    CHECK(en.out.find("Lists the forms take from the study stand as") != std::string::npos);
}

TEST_CASE("[cli] a declarative form's checks speak --lang, numbers with a decimal comma", "[cli]") {
    ScratchFolder scratch;
    const std::string form = scratch.file("fattori.json");
    write_file(
        form, edited_text(forms_folder() + "/collaboration-factors.json",
                          {{"\"from\": 2.5,\n      \"to\": 3.5", "\"from\": 2,\n      \"to\": 3.5"},
                           {"\"method\": \"mean\"", "\"method\": \"median\""},
                           {"\"improvement\": \"higher\"", "\"improvement\": \"better\""},
                           {"\"min_answered\": 2", "\"min_answered\": 9"}}));
    const CliResult result = run_sonda({"forms", "validate", form, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(form + ": $.bands[1].from: la fascia 'borderline' comincia da 2, prima "
                                 "della fine della fascia 'concern' (2,5)") != std::string::npos);
    CHECK(result.err.find(form + ": $.scores[0].method: metodo 'median' sconosciuto") !=
          std::string::npos);
    CHECK(result.err.find(form + ": $.scores[0].improvement: direzione 'better' sconosciuta") !=
          std::string::npos);
    check_no_english(result.err + result.out, english_of({"definition."}));
}

TEST_CASE("[cli] a study file that is not JSON is placed by line and column in --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string study = scratch.file("studio.json");
    write_file(study, edited_text(demo_study_file(), {{"\"languages\": [\"it\", \"en\"],",
                                                       "\"languages\": [\"it\", \"en\",],"}}));
    const CliResult result =
        run_sonda({"init", "--db", scratch.file("s.db"), "--study", study, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(study + ": JSON non valido alla riga 7, colonna 28: ") !=
          std::string::npos);
    CHECK(result.err.find("una ',' subito prima di ']': toglietela") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(scratch.file("s.db")));
    check_no_english(result.err + result.out);
}

TEST_CASE("[cli] the line after a file is written speaks --lang", "[cli]") {
    ScratchFolder scratch;
    const auto& english = english_of({"cli."});
    const std::string csv = scratch.file("risposte.csv");
    const CliResult exported =
        run_sonda({"export", "--db", shared_demo_db(), "--form", "network-dimensions", "--format",
                   "csv-wide", "--out", csv, "--lang", "it"});
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.err.find("risposte di network-dimensions in " + csv) != std::string::npos);
    const std::string chart = scratch.file("grafico.svg");
    const CliResult charted =
        run_sonda({"chart", "--db", shared_demo_db(), "--form", "network-dimensions", "--chart",
                   "change", "--format", "svg", "--out", chart, "--lang", "it"});
    INFO(charted.err);
    REQUIRE(charted.exit_code == 0);
    CHECK(charted.err.find("grafico scritto in " + chart) != std::string::npos);
    const std::string report = scratch.file("rapporto.txt");
    const CliResult reported = run_sonda({"report", "--db", shared_demo_db(), "--form",
                                          "network-dimensions", "--out", report, "--lang", "it"});
    INFO(reported.err);
    REQUIRE(reported.exit_code == 0);
    CHECK(reported.err.find("rapporto scritto in " + report) != std::string::npos);
    check_no_english(exported.err + charted.err + reported.err, english);

    const CliResult in_english =
        run_sonda({"export", "--db", shared_demo_db(), "--form", "network-dimensions", "--format",
                   "csv-wide", "--out", csv, "--lang", "en"});
    CHECK(in_english.err.find("responses of network-dimensions to " + csv) != std::string::npos);
}

// What an evaluator mistypes on the command line is refused in --lang too.
TEST_CASE("[cli] a report, chart or summary asked wrongly is refused in --lang", "[cli]") {
    ScratchFolder scratch;
    const auto& english = english_of({"request."});
    const CliResult wave = run_sonda({"report", "--db", shared_demo_db(), "--form",
                                      "network-dimensions", "--from", "w9", "--lang", "it"});
    CHECK(wave.exit_code == 2);
    CHECK(wave.err.find("--from/--to: rilevazione 'w9' sconosciuta; quelle valide sono: "
                        "workshop-1, workshop-2, follow-up") != std::string::npos);
    const CliResult same =
        run_sonda({"report", "--db", shared_demo_db(), "--form", "network-dimensions", "--from",
                   "workshop-1", "--to", "workshop-1", "--lang", "it"});
    CHECK(same.err.find("--from e --to indicano la stessa rilevazione 'workshop-1'") !=
          std::string::npos);
    const CliResult small = run_sonda({"report", "--db", shared_demo_db(), "--form",
                                       "network-dimensions", "--min-cell", "2", "--lang", "it"});
    CHECK(small.err.find("--min-cell 2 è sotto il min_cell 5 dello studio") != std::string::npos);
    const CliResult chart =
        run_sonda({"chart", "--db", shared_demo_db(), "--form", "network-dimensions", "--chart",
                   "torta", "--lang", "it", "--out", scratch.file("c.png")});
    CHECK(chart.err.find("grafico 'torta' sconosciuto; i grafici sono: change, ") !=
          std::string::npos);
    const CliResult summary = run_sonda({"summary", "--db", shared_demo_db(), "--territory", "pisa",
                                         "--lang", "it", "--out", scratch.file("s.pdf")});
    CHECK(summary.err.find("territorio 'pisa' sconosciuto; quelli validi sono: sds_pistoiese") !=
          std::string::npos);
    check_no_english(wave.err + same.err + small.err + chart.err + summary.err, english);
}

// A form stored with responses cannot change under them; init says so, in
// --lang, and what still works: the study alone, with an empty --forms folder.
TEST_CASE("[cli] init with a changed form that responses use says how to store only the study",
          "[cli]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("demo.db");
    std::filesystem::copy_file(shared_demo_db(), db);
    const std::string folder = scratch.file("moduli");
    std::filesystem::create_directory(folder);
    write_file(folder + "/network-dimensions.json",
               edited_text(forms_folder() + "/network-dimensions.json",
                           {{"Strongly disagree", "Strongly disagree (changed)"}}));
    const CliResult changed = run_sonda(
        {"init", "--db", db, "--study", demo_study_file(), "--forms", folder, "--lang", "it"});
    INFO(changed.err);
    CHECK(changed.exit_code != 0);
    CHECK(changed.err.find("il questionario 'network-dimensions' versione 1 è già registrato con "
                           "una definizione diversa e 106 risposte lo usano") != std::string::npos);
    CHECK(changed.err.find("per registrare solo lo studio, indicate con --forms una cartella "
                           "vuota") != std::string::npos);
    const std::string empty = scratch.file("vuota");
    std::filesystem::create_directory(empty);
    const CliResult study_only = run_sonda(
        {"init", "--db", db, "--study", demo_study_file(), "--forms", empty, "--lang", "it"});
    CHECK(study_only.exit_code == 0);
    CHECK(study_only.out.rfind("aggiornato ", 0) == 0);
}

// A mistyped command line is refused in the evaluator's language too: --lang
// as written on the line (read before the options are, since the error may be
// in reading them), else SONDA_LANG. Option names and values stay as typed.
TEST_CASE("[cli] usage errors speak --lang, naming what was typed", "[cli]") {
    ScratchFolder scratch;
    const auto& english = english_of({"cli.usage."});
    const std::string out = scratch.file("grafico.png");
    struct Wrong {
        std::vector<std::string> args;
        std::string italian;  // the whole message, as the evaluator reads it
    };
    const std::vector<Wrong> wrongs{
        // --lang after the unknown option: the parser never reaches it.
        {{"import", "--bogus", "x.ndjson", "--lang", "it"},
         "sonda: import: opzione '--bogus' sconosciuta; consultate `sonda import --help`\n"},
        {{"import", "--lang=it", "--db"},
         "sonda: import: l'opzione '--db' richiede un valore; consultate `sonda import --help`\n"},
        {{"chart", "--db", shared_demo_db(), "--form", "network-dimensions", "--chart", "change",
          "--width", "5", "--out", out, "--lang", "it"},
         "sonda: chart: --width deve essere tra 16 e 16384 pixel; consultate `sonda chart "
         "--help`\n"},
        {{"chart", "--db", shared_demo_db(), "--chart", "change", "--out", out, "--lang", "it"},
         "sonda: chart: l'opzione --form è obbligatoria; consultate `sonda chart --help`\n"},
        {{"report", "--db", shared_demo_db(), "rete", "--lang", "it"},
         "sonda: report: argomento 'rete' non previsto; consultate `sonda report --help`\n"},
        {{"forms", "elenca", "--lang", "it"},
         "sonda: forms: sottocomando 'elenca' sconosciuto (quelli validi sono: list, show, "
         "validate); consultate `sonda forms --help`\n"},
        {{"report", "--db", shared_demo_db(), "--min-cell", "cinque", "--lang", "it"},
         "sonda: report: --min-cell richiede un numero intero, non 'cinque'; consultate `sonda "
         "report --help`\n"},
        {{"report", "--lang", "it"},
         "sonda: report: nessun database indicato: usate --db FILE (SQLite) o --db "
         "postgresql://..., oppure impostate SONDA_DB; consultate `sonda report --help`\n"},
    };
    std::string all;
    for (const Wrong& wrong : wrongs) {
        const CliResult result = run_sonda(wrong.args);
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK(result.err == wrong.italian);
        CHECK(result.out.empty());
        all += result.err;
    }
    CHECK_FALSE(std::filesystem::exists(out));
    check_no_english(all, english);

    // Before the command name too.
    const CliResult global = run_sonda({"--nope", "report", "--lang", "it"});
    CHECK(global.exit_code == 1);
    CHECK(global.err.find("sonda: opzione '") == 0);
    CHECK(global.err.find("' sconosciuta prima del comando; consultate `sonda --help`") !=
          std::string::npos);
    const CliResult unknown = run_sonda({"rapporto", "--lang", "it"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("sonda: comando 'rapporto' sconosciuto (quelli validi sono: ") == 0);
    check_no_english(global.err + unknown.err, english);
}

TEST_CASE("[cli] usage errors speak SONDA_LANG without --lang, English otherwise", "[cli]") {
    const auto& english = english_of({"cli.usage."});
    CliEnvironment italian;
    italian.set["SONDA_LANG"] = "it";
    const CliResult option = run_sonda({"import", "--bogus", "x.ndjson"}, italian);
    CHECK(option.exit_code == 1);
    CHECK(option.err ==
          "sonda: import: opzione '--bogus' sconosciuta; consultate `sonda import --help`\n");
    const CliResult sub = run_sonda({"forms", "elenca"}, italian);
    CHECK(sub.exit_code == 1);
    CHECK(sub.err.find("sonda: forms: sottocomando 'elenca' sconosciuto") == 0);
    // A language sonda does not have on the line: SONDA_LANG's.
    const CliResult unknown_lang = run_sonda({"import", "--bogus", "--lang", "xx"}, italian);
    CHECK(unknown_lang.err.find("sonda: import: opzione '--bogus' sconosciuta") == 0);
    check_no_english(option.err + sub.err + unknown_lang.err, english);
    // --lang on the line wins over SONDA_LANG.
    const CliResult asked = run_sonda({"import", "--bogus", "--lang", "en"}, italian);
    CHECK(asked.err == "sonda: import: unknown option '--bogus'; see `sonda import --help`\n");

    // In English the words are those sonda always had.
    CHECK(run_sonda({"import", "--bogus", "x.ndjson", "--lang", "en"}).err ==
          "sonda: import: unknown option '--bogus'; see `sonda import --help`\n");
    CHECK(run_sonda({"import", "--db"}).err ==
          "sonda: import: option '--db' needs a value; see `sonda import --help`\n");
    CHECK(run_sonda({"report", "--db", shared_demo_db(), "rete"}).err ==
          "sonda: report: unexpected argument 'rete'; see `sonda report --help`\n");
    CHECK(run_sonda({"forms", "elenca", "--lang", "xx"}).err ==
          "sonda: forms: unknown sub-command 'elenca' (known: list, show, validate); see `sonda "
          "forms --help`\n");
    CHECK(run_sonda({"report", "--lang", "en"}).err ==
          "sonda: report: no database given: pass --db FILE (SQLite) or --db postgresql://..., or "
          "set SONDA_DB; see `sonda report --help`\n");
    // After "--" a --lang is a file name, not the language.
    CHECK(run_sonda({"import", "--bogus", "--", "--lang", "it"}).err.find("unknown option") !=
          std::string::npos);
}
