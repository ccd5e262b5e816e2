// CSV exports that open with a double click: a ';'-separated export starts
// with a UTF-8 byte order mark (docs/csv.md), and LibreOffice, when installed
// (script/bootstrap --test installs it), reads it with its accents intact.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// A database holding one response whose free text has Italian accents.
std::string accented_db(const ScratchFolder& scratch) {
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    const std::string sheet = scratch.file("foglio.csv");
    write_file(sheet,
               "form;form_version;wave;territory;role;respondent;sharing_1;sharing_2;sharing_3;"
               "integration_1;integration_2;integration_3;sharing_strengths\r\n"
               "network-dimensions;1;workshop-1;livorno;social_service;LI01;4;3;4;2;3;3;"
               "Società della Salute: sportelli più vicini, perché è così\r\n");
    const CliResult imported = run_sonda({"import", "--db", db, sheet});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    return db;
}

CliResult export_csv(const std::string& db, std::vector<std::string> extra) {
    std::vector<std::string> args = {"export",   "--db",    db, "--form", "network-dimensions",
                                     "--format", "csv-wide"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sonda(args);
}

}  // namespace

TEST_CASE("[cli] export: a semicolon CSV starts with a byte order mark, --bom and --no-bom",
          "[cli]") {
    ScratchFolder scratch;
    const std::string db = accented_db(scratch);
    const CliResult semicolon = export_csv(db, {"--delimiter", ";", "--decimal", ","});
    REQUIRE(semicolon.exit_code == 0);
    CHECK(semicolon.out.rfind(kBom + "id;form;", 0) == 0);
    const CliResult comma = export_csv(db, {});
    CHECK(comma.out.rfind("id,form,", 0) == 0);
    CHECK(export_csv(db, {"--bom"}).out.rfind(kBom + "id,form,", 0) == 0);
    CHECK(export_csv(db, {"--delimiter", ";", "--decimal", ",", "--no-bom"})
              .out.rfind("id;form;", 0) == 0);
    CHECK(run_sonda({"export", "--db", db, "--form", "network-dimensions", "--format", "dictionary",
                     "--delimiter", ";", "--decimal", ","})
              .out.rfind(kBom, 0) == 0);

    const CliResult both = export_csv(db, {"--bom", "--no-bom"});
    CHECK(both.exit_code == 1);
    const CliResult ndjson =
        run_sonda({"export", "--db", db, "--form", "network-dimensions", "--bom"});
    CHECK(ndjson.exit_code == 1);
    CHECK(ndjson.err.find("--bom is for CSV exports") != std::string::npos);
    // NDJSON never gets one, whatever the delimiter.
    CHECK(run_sonda({"export", "--db", db, "--form", "network-dimensions", "--delimiter", ";",
                     "--decimal", ","})
              .out.rfind("{", 0) == 0);

    // The marked file imports back: the mark is skipped, the ids are kept.
    const std::string file = scratch.file("esportato.csv");
    write_file(file, semicolon.out);
    const CliResult back = run_sonda({"import", "--db", db, file});
    INFO(back.err);
    CHECK(back.exit_code == 0);
    CHECK(back.out == file + ": 1 row, 0 inserted, 1 unchanged, 0 rejected\n");
}

TEST_CASE("[cli] export: LibreOffice reads the semicolon CSV with its accents intact", "[cli]") {
    if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
        WARN(
            "soffice (LibreOffice) is not installed: the conversion check is skipped "
            "(script/bootstrap --test installs libreoffice-calc-nogui)");
        return;
    }
    ScratchFolder scratch;
    const std::string db = accented_db(scratch);
    const std::string csv = scratch.file("risposte.csv");
    REQUIRE(export_csv(db, {"--delimiter", ";", "--decimal", ",", "--out", csv}).exit_code == 0);
    // As the Text Import dialog a double click opens: ';' separated, the
    // character set left to LibreOffice, which takes it from the mark. The
    // result is written back as comma-separated UTF-8 to be read here.
    const std::string out = scratch.file("converted");
    const std::string command =
        "soffice -env:UserInstallation=file://" + scratch.file("profile") +
        " --headless --norestore --infilter='Text - txt - csv (StarCalc):59,34,,1' "
        "--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir '" +
        out + "' '" + csv + "' >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string converted = read_file(out + "/risposte.csv");
    INFO(converted);
    // The mark is read as the mark, not as text of the first cell...
    CHECK(converted.rfind("id,form,", 0) == 0);
    // ...and the accented Italian text is intact, in its own cell.
    const std::string text = "Società della Salute: sportelli più vicini, perché è così";
    const bool intact = converted.find("," + text) != std::string::npos ||
                        converted.find(",\"" + text + "\"") != std::string::npos;
    CHECK(intact);
}
