// sonda init, study show and forms list|show|validate.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.hpp"
#include "sonda/i18n/catalogue.hpp"

using namespace sonda::test;

TEST_CASE("[cli] forms list reads the form path", "[cli]") {
    const CliResult result = run_sonda({"forms", "list"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind("FORM", 0) == 0);
    CHECK(result.out.find("network-dimensions v1") != std::string::npos);
    CHECK(result.out.find("team-expectations v1") != std::string::npos);
}

TEST_CASE("[cli] forms show prints a definition as text and as JSON", "[cli]") {
    const CliResult text = run_sonda({"forms", "show", "network-dimensions", "--lang", "it"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.rfind("Questionario network-dimensions v1 (plugin network-dimensions)", 0) == 0);
    CHECK(text.out.find("sharing_1") != std::string::npos);
    CHECK(text.out.find("likert") != std::string::npos);

    const CliResult json = run_sonda({"forms", "show", "network-dimensions", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto form = parse_object(json.out);
    CHECK(form->getValue<std::string>("id") == "network-dimensions");
    CHECK(form->getArray("items")->size() > 0);

    const CliResult unknown = run_sonda({"forms", "show", "no-such-form"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("unknown form 'no-such-form'") != std::string::npos);
    CHECK(unknown.err.find("network-dimensions") != std::string::npos);  // lists the known ones
}

TEST_CASE("[cli] forms validate accepts the shipped forms", "[cli]") {
    const CliResult result = run_sonda({"forms", "validate", "--study", demo_study_file(),
                                        forms_folder() + "/network-dimensions.json",
                                        forms_folder() + "/team-expectations.json"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("network-dimensions.json: ok") != std::string::npos);
    CHECK(result.out.find("team-expectations.json: ok") != std::string::npos);
}

TEST_CASE("[cli] forms validate reports every issue with file and JSON path, exit 2", "[cli]") {
    ScratchFolder scratch;
    const std::string bad = scratch.file("bad-form.json");
    write_file(bad, R"({"id": "bad", "version": 1, "title": "Bad", "plugin": "network-dimensions",
  "items": [
    {"id": "q1", "type": "likert", "label": "Q1", "min": 5, "max": 1, "dimension": "sharing"},
    {"id": "q2", "type": "no-such-type", "label": "Q2"}
  ]})");
    const std::string broken = scratch.file("broken.json");
    write_file(broken, "{\"id\": ");
    const CliResult result = run_sonda({"forms", "validate", "--study", demo_study_file(), bad,
                                        broken, forms_folder() + "/network-dimensions.json"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("sonda: " + bad + ": $.items[0]") != std::string::npos);
    CHECK(result.err.find("$.items[1]") != std::string::npos);
    CHECK(result.err.find(broken) != std::string::npos);
    CHECK(result.err.find("2 of 3 form files invalid") != std::string::npos);
    CHECK(result.out.find("network-dimensions.json: ok") != std::string::npos);
}

// Issue 12, one language at a time: the checks of a form file speak --lang,
// down to an item type's (a core one and a plugin's), with file and JSON path.
TEST_CASE("[cli] forms validate words its issues in --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string bad = scratch.file("mappa.json");
    write_file(bad,
               R"({"id": "Mappa", "version": 0, "title": {"it": "Mappa"}, "languages": ["it", "en"],
  "plugin": "network-dimensions",
  "items": [
    {"id": "q1", "type": "likert", "label": "Q1", "min": 1, "max": 20, "dimension": "sharing"},
    {"id": "q1", "type": "choice", "label": {"it": "Servizio", "en": "Service"}},
    {"id": "map", "type": "network_map", "label": "Mappa", "rings": 9}
  ]})");
    const CliResult result = run_sonda({"forms", "validate", bad, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    for (const std::string expected :
         {": $.id: 'Mappa' non è un id di questionario valido",
          ": $.version: deve essere un numero intero da 1 a 1000000, trovato 0",
          ": $.title: manca il testo in 'en' (il file dichiara le lingue it, en)",
          ": $.items[0].max: una scala likert ha al massimo 11 punti; 1..20 ne ha 20",
          ": $.items[1].id: l'id di domanda 'q1' è ripetuto (anche in $.items[0])",
          ": $.items[1].choices: manca 'choices': una domanda a scelta ha bisogno di un elenco",
          ": $.items[2].rings: domanda map: `rings` deve essere un numero intero da 2 a 7, trovato "
          "9",
          "file di questionario non validi: 1 su 1"}) {
        INFO(expected);
        CHECK(result.err.find(expected) != std::string::npos);
    }
    for (const std::string english :
         {"must be", "missing", "not a valid", "duplicate", "invalid"}) {
        INFO("English: " << english);
        CHECK(result.err.find(english) == std::string::npos);
    }
    const CliResult good = run_sonda({"forms", "validate", "--study", demo_study_file(),
                                      forms_folder() + "/network-dimensions.json", "--lang", "it"});
    CHECK(good.exit_code == 0);
    CHECK(good.out.find("network-dimensions.json: valido (questionario network-dimensions v1") !=
          std::string::npos);
    // Without --lang the runner's SONDA_LANG=en: English, as before.
    CHECK(run_sonda({"forms", "validate", bad}).err.find("1 of 1 form files invalid") !=
          std::string::npos);
}

// A form file that cannot be read is said in --lang too: what failed in the
// catalogue's words, the system's own (English) reason only in brackets.
TEST_CASE("[cli] forms validate says in --lang why a file cannot be read", "[cli]") {
    ScratchFolder scratch;
    const std::string missing = scratch.file("manca.json");
    const std::string folder = scratch.file("cartella.json");
    std::filesystem::create_directory(folder);
    const CliResult result = run_sonda({"forms", "validate", missing, folder, "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(missing + ": impossibile leggere il file del questionario: il file non "
                                    "esiste") != std::string::npos);
    CHECK(result.err.find(folder + ": impossibile leggere il file del questionario: è una "
                                   "cartella, non un file") != std::string::npos);
    const auto english = sonda::i18n::Catalogue::instance().messages("en");
    for (const char* key :
         {"definition.file.form", "definition.file.missing", "definition.file.folder"}) {
        std::string text = english.at(key);
        text = text.substr(0, text.find('%'));
        INFO("English: " << text);
        CHECK(result.err.find(text) == std::string::npos);
    }
    CHECK(result.err.find("cannot read") == std::string::npos);
    // In English, as before.
    CHECK(run_sonda({"forms", "validate", missing})
              .err.find("cannot read the form file: the file does not exist") != std::string::npos);
}

TEST_CASE("[cli] init creates a database with the study and forms, study show prints it", "[cli]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("study.db");
    const CliResult init = run_sonda({"init", "--db", db, "--study", demo_study_file()});
    REQUIRE(init.exit_code == 0);
    CHECK(init.out.find("created") != std::string::npos);
    CHECK(init.out.find("4 territories") != std::string::npos);
    CHECK(init.out.find("network-dimensions v1") != std::string::npos);

    const CliResult text = run_sonda({"study", "show", "--db", db, "--lang", "en"});
    REQUIRE(text.exit_code == 0);
    const auto pistoia = text.out.find("Società della Salute Pistoiese");
    const auto lucca = text.out.find("Piana di Lucca");
    CHECK(pistoia != std::string::npos);
    CHECK(lucca != std::string::npos);
    CHECK(pistoia < lucca);  // the study's order
    const auto first = text.out.find("1. workshop-1");
    const auto second = text.out.find("2. workshop-2");
    CHECK(first != std::string::npos);
    CHECK(second > first);
    CHECK(text.out.find("Municipality of Livorno") != std::string::npos);
    CHECK(text.out.find("Waves (3)\n  1. workshop-1  2023-12-01  Workshop 1: teamwork and "
                        "networking · 1 December 2023") != std::string::npos);
    const CliResult italian = run_sonda({"study", "show", "--db", db, "--lang", "it"});
    CHECK(italian.out.find("Comune di Livorno") != std::string::npos);
    CHECK(italian.out.rfind("Studio reticulate-tuscany: RETICULATE: ", 0) == 0);
    CHECK(italian.out.find("Gruppo più piccolo mostrato (min_cell): 5\n\nTerritori (4)\n") !=
          std::string::npos);
    CHECK(italian.out.find("Rilevazioni (3)\n  1. workshop-1  2023-12-01  Laboratorio 1: lavoro "
                           "d'équipe e lavoro di rete · 1 dicembre 2023") != std::string::npos);
    for (const std::string english : {"Study ", "Languages", "Roles", "Services", "Waves"})
        CHECK(italian.out.find(english) == std::string::npos);

    const CliResult json = run_sonda({"study", "show", "--db", db, "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto study = parse_object(json.out);
    CHECK(study->getValue<std::string>("id") == "reticulate-tuscany");
    const auto waves = study->getArray("waves");
    REQUIRE(waves->size() == 3);
    CHECK(waves->getObject(0)->getValue<std::string>("date") == "2023-12-01");
    CHECK(waves->getObject(1)->getValue<std::string>("date") == "2024-03-05");
    CHECK(study->getArray("territories")->size() == 4);

    const CliResult listed = run_sonda({"forms", "list", "--db", db});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("RESPONSES") != std::string::npos);
    CHECK(listed.out.find("network-dimensions v1") != std::string::npos);
}

TEST_CASE("[cli] init with a bad study file reports it and creates nothing", "[cli]") {
    ScratchFolder scratch;
    const std::string study = scratch.file("study.json");
    write_file(
        study,
        R"({"id": "s", "title": "S", "territories": [], "roles": [{"id": "Bad Id", "name": "x"}],
                         "waves": [{"id": "w1", "date": "2023-13-45", "order": 1}]})");
    const std::string db = scratch.file("study.db");
    const CliResult result = run_sonda({"init", "--db", db, "--study", study});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(study) != std::string::npos);
    CHECK(result.err.find("$.waves[0].date") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(db));

    const CliResult missing = run_sonda({"init", "--db", db, "--study", scratch.file("none.json")});
    CHECK(missing.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("[cli] a form whose choices are the study's services follows the study", "[cli]") {
    ScratchFolder scratch;
    std::filesystem::create_directories(scratch.path("forms"));
    const std::string form = scratch.file("forms/contacts.json");
    write_file(form, R"({"id": "contacts", "version": 1, "title": "Contatti",
        "plugin": "declarative", "languages": ["it", "en"],
        "items": [
          {"id": "service", "type": "choice", "label": "Servizio", "choices": "$study.services"},
          {"id": "q1", "type": "likert", "label": "Q1", "min": 1, "max": 5}],
        "scores": [{"id": "q", "label": "Q", "items": ["q1"], "method": "mean",
                    "min": 1, "max": 5, "improvement": "higher"}]})");
    // Checked alone it needs the study; with it, it is fine.
    const CliResult alone = run_sonda({"forms", "validate", form});
    CHECK(alone.exit_code == 2);
    CHECK_THAT(alone.err, Catch::Contains("$.items[0].choices: takes the study's services "
                                          "($study.services), known only with the study"));
    CHECK(run_sonda({"forms", "validate", "--study", demo_study_file(), form}).exit_code == 0);
    CHECK_THAT(run_sonda({"forms", "validate", form, "--lang", "it"}).err,
               Catch::Contains("$.items[0].choices: prende i servizi dello studio "
                               "($study.services), noti solo con lo studio"));

    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file(), "--forms",
                       scratch.file("forms")})
                .exit_code == 0);
    const CliResult shown = run_sonda({"forms", "show", "--db", db, "contacts", "--lang", "it"});
    REQUIRE(shown.exit_code == 0);
    CHECK_THAT(shown.out, Catch::Contains("counselling"));
    CHECK_THAT(shown.out, Catch::Contains("neuropsychiatry"));
    // An answer must be one of them.
    const auto answer = [](const std::string& id, const std::string& service) {
        return R"({"id": ")" + id +
               R"(", "form": "contacts", "form_version": 1, "wave": "workshop-1", )"
               R"("territory": "livorno", "role": "social_service", "respondent": "LI01", )"
               R"("answers": {"service": ")" +
               service + R"(", "q1": 3}})" + "\n";
    };
    write_file(scratch.file("bad.ndjson"), answer("00000000-0000-4000-8000-000000000001", "asl"));
    const CliResult refused = run_sonda({"import", "--db", db, scratch.file("bad.ndjson")});
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("asl"));

    // A service added to the study is a choice of the stored form at once.
    std::string study = read_file(demo_study_file());
    const std::string services = "\"services\": [";
    const std::size_t at = study.find(services);
    REQUIRE(at != std::string::npos);
    study.insert(
        at + services.size(),
        R"({"id": "asl", "name": {"it": "Azienda sanitaria", "en": "Health authority"}}, )");
    write_file(scratch.file("study.json"), study);
    REQUIRE(run_sonda({"init", "--db", db, "--study", scratch.file("study.json"), "--forms",
                       scratch.file("forms")})
                .exit_code == 0);
    CHECK(run_sonda({"import", "--db", db, scratch.file("bad.ndjson")}).exit_code == 0);
    CHECK_THAT(run_sonda({"forms", "show", "--db", db, "contacts", "--lang", "it"}).out,
               Catch::Contains("Azienda sanitaria"));
    // But none may go while a stored form offers them: its responses answer them.
    const CliResult shrink = run_sonda(
        {"init", "--db", db, "--study", demo_study_file(), "--forms", scratch.file("forms")});
    CHECK(shrink.exit_code == 2);
    CHECK_THAT(shrink.err, Catch::Contains("service 'asl' is used by 1 stored forms that take the "
                                           "study's services and cannot be removed"));
    CHECK(run_sonda({"rescore", "--db", db, "--form", "contacts"}).exit_code == 0);
}

// A study file's problems in the language asked for, with their JSON paths.
TEST_CASE("[cli] forms validate --study words a bad study file in --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string study = scratch.file("studio.json");
    write_file(study, R"({"id": "Studio", "title": "Studio", "languages": ["it"], "min_cell": 0,
  "territories": [{"id": "li", "name": "Livorno"}, {"id": "li", "name": "Lucca"}],
  "roles": [],
  "waves": [{"id": "w1", "date": "2025-02-30"}],
  "respondent_code": {"parts": [{"id": "mother", "label": "Iniziali della madre"}]}})");
    const CliResult result =
        run_sonda({"forms", "validate", "--study", study,
                   forms_folder() + "/network-dimensions.json", "--lang", "it"});
    INFO(result.err);
    CHECK(result.exit_code == 2);
    for (const std::string expected :
         {": $.id: 'Studio' non è un id di studio valido",
          ": $.min_cell: deve essere un numero intero da 1 a 1000, trovato 0",
          ": $.territories[1].id: l'id di territorio 'li' è ripetuto (anche in $.territories[0])",
          ": $.roles: deve elencare almeno un ruolo",
          ": $.waves[0].date: '2025-02-30' non è una data scritta AAAA-MM-GG",
          ": $.respondent_code.parts[0]: indica \"letters\" oppure \"digits\""}) {
        INFO(expected);
        CHECK(result.err.find(expected) != std::string::npos);
    }
    for (const std::string english : {"must", "not a valid", "duplicate", "give either"}) {
        INFO("English: " << english);
        CHECK(result.err.find(english) == std::string::npos);
    }
}

// A copy of a shipped form with each text replaced once (each must be there).
static std::string edited_form(ScratchFolder& scratch, const std::string& shipped,
                               const std::string& name,
                               const std::vector<std::pair<std::string, std::string>>& edits) {
    const std::string path = scratch.file(name);
    write_file(path, edited_text(forms_folder() + "/" + shipped, edits));
    return path;
}

// init's summary and a form looked up by a wrong id, in the language asked for.
TEST_CASE("[cli] init and forms show speak --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("studio.db");
    const std::string study = std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json";
    const CliResult missing =
        run_sonda({"init", "--db", db, "--study", scratch.file("nessuno.json"), "--lang", "it"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("impossibile leggere il file dello studio: il file non esiste") !=
          std::string::npos);
    const CliResult created = run_sonda({"init", "--db", db, "--study", study, "--lang", "it"});
    INFO(created.out);
    CHECK(created.exit_code == 0);
    CHECK(created.out.find("creato ") == 0);
    CHECK(created.out.find("  questionario network-dimensions v1 (network-dimensions)") !=
          std::string::npos);
    for (const std::string english : {"created", "territories", "  form "})
        CHECK(created.out.find(english) == std::string::npos);
    const CliResult english = run_sonda({"init", "--db", db, "--study", study, "--lang", "en"});
    CHECK(english.out.find("updated ") == 0);

    const CliResult unknown =
        run_sonda({"forms", "show", "nessuno", "--db", db, "--version", "2", "--lang", "it"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("questionario 'nessuno' versione 2 sconosciuto; questionari noti: "
                           "collaboration-factors v1") != std::string::npos);
    CHECK(unknown.err.find("unknown form") == std::string::npos);
}

// The team-expectations plugin's checks of a form definition, in Italian, and
// a wrong facet no longer reported again as every rating's unknown service.
TEST_CASE("[cli] a team-expectations form's definition checks speak --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string form =
        edited_form(scratch, "team-expectations.json", "aspettative.json",
                    {{"\"value\": \"ask\"", "\"value\": \"zzz\""},
                     {"\"service\": \"counselling\"", "\"service\": \"nessuno\""},
                     {"\"id\": \"continuity\"", "\"id\": \"Continuità\""}});
    const CliResult italian =
        run_sonda({"forms", "validate", "--study", demo_study_file(), form, "--lang", "it"});
    INFO(italian.err);
    CHECK(italian.exit_code == 2);
    for (const std::string expected :
         {"aspetto 'zzz' sconosciuto; le colonne di una matrice team-expectations sono gli "
          "aspetti: ask, involvement, tools, concerns",
          "servizio 'nessuno' sconosciuto; i servizi sono le righe della matrice: counselling, "
          "addiction_service, mental_health, neuropsychiatry",
          "l'id di tema 'Continuità' deve avere da 1 a 64 caratteri"}) {
        INFO(expected);
        CHECK(italian.err.find(expected) != std::string::npos);
    }
    // Only the rating that is wrong: the others' services are the matrix's rows.
    CHECK(italian.err.find("'addiction_service' sconosciuto") == std::string::npos);
    for (const std::string english : {"unknown", "must be", "theme id", "the services are"}) {
        INFO("English: " << english);
        CHECK(italian.err.find(english) == std::string::npos);
    }
    const CliResult english =
        run_sonda({"forms", "validate", "--study", demo_study_file(), form, "--lang", "en"});
    CHECK(english.err.find("unknown facet 'zzz'") != std::string::npos);
}

// The network-dimensions plugin's checks of dimensions and bands, in Italian.
TEST_CASE("[cli] a network-dimensions form's definition checks speak --lang", "[cli]") {
    ScratchFolder scratch;
    const std::string form =
        edited_form(scratch, "network-dimensions.json", "rete.json",
                    {{"\"from\": 2.5", "\"from\": 3"},
                     {"\"dimension\": \"sharing\"", "\"dimension\": \"altro\""}});
    const CliResult italian =
        run_sonda({"forms", "validate", "--study", demo_study_file(), form, "--lang", "it"});
    INFO(italian.err);
    CHECK(italian.exit_code == 2);
    for (const std::string expected :
         {"dimensione 'altro' sconosciuta; le dimensioni sono sharing, integration, "
          "consolidation_development o capacity_building",
          "i punteggi in mezzo non avrebbero fascia"}) {
        INFO(expected);
        CHECK(italian.err.find(expected) != std::string::npos);
    }
    for (const std::string english : {"unknown", "expected", " or ", "band '"}) {
        INFO("English: " << english);
        CHECK(italian.err.find(english) == std::string::npos);
    }
}
