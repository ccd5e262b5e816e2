// Spreadsheets without response ids, through the real `sonda` binary on SQLite
// and PostgreSQL: the id is derived (docs/interchange.md, "Rows without an
// id"), so re-importing a sheet is a no-op, a changed row is a conflict at its
// line and a respondent twice in one sheet is an error; nothing is half-written.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "cli_runner.hpp"
#include "postgres_schema.hpp"

using namespace sonda::test;

namespace {

const std::string kHeader =
    "form;form_version;wave;territory;role;respondent;sharing_1;sharing_2;sharing_3;"
    "integration_1;integration_2;integration_3;sharing_strengths\r\n";

std::string sheet_row(const std::string& respondent, int sharing_1) {
    return "network-dimensions;1;workshop-1;livorno;social_service;" + respondent + ";" +
           std::to_string(sharing_1) + ";3;4;2;3;3;Sportelli di primo accesso, più vicini\r\n";
}

std::string export_ndjson(const std::string& db) {
    const CliResult result = run_sonda({"export", "--db", db, "--form", "network-dimensions"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

// The whole check on one database; `code` makes the respondent codes unique on
// a PostgreSQL server that outlives the test run.
void check_sheet_without_ids(const std::string& db, const std::string& code) {
    ScratchFolder scratch;
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    const std::string a = code + "01", b = code + "02", c = code + "03";

    const std::string sheet = scratch.file("foglio.csv");
    write_file(sheet, "\xEF\xBB\xBF" + kHeader + sheet_row(a, 4) + sheet_row(b, 2));
    const CliResult first = run_sonda({"import", "--db", db, sheet});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == sheet + ": 2 rows, 2 inserted, 0 unchanged, 0 rejected\n");
    const std::string stored = export_ndjson(db);

    // The same sheet again: a no-op.
    const CliResult again = run_sonda({"import", "--db", db, sheet});
    CHECK(again.exit_code == 0);
    CHECK(again.out == sheet + ": 2 rows, 0 inserted, 2 unchanged, 0 rejected\n");

    // A new respondent, then a changed answer: a conflict at line 3, and the
    // new respondent is not stored either.
    const std::string changed = scratch.file("cambiato.csv");
    write_file(changed, kHeader + sheet_row(c, 3) + sheet_row(a, 1));
    const CliResult conflict = run_sonda({"import", "--db", db, changed});
    INFO(conflict.err);
    CHECK(conflict.exit_code == 3);
    CHECK(conflict.err.find("already stored with different content") != std::string::npos);
    CHECK(conflict.err.find(changed + ":3: response ") != std::string::npos);
    CHECK(conflict.err.find("the row has no id: it is derived from study 'reticulate-tuscany', "
                            "form 'network-dimensions', wave 'workshop-1', territory 'livorno' "
                            "and respondent '" +
                            a + "'") != std::string::npos);
    CHECK(export_ndjson(db) == stored);

    // One respondent twice in a sheet: an error at the second row.
    const std::string twice = scratch.file("doppio.csv");
    write_file(twice, kHeader + sheet_row(c, 3) + sheet_row(c, 3));
    const CliResult refused = run_sonda({"import", "--db", db, twice});
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find(twice + ":3: a second row for respondent '" + c +
                           "' of territory 'livorno' at wave 'workshop-1' (the first is on line "
                           "2)") != std::string::npos);
    CHECK(export_ndjson(db) == stored);

    // The export carries the derived ids: it imports back unchanged.
    const std::string exported = scratch.file("esportato.csv");
    const CliResult export_csv = run_sonda({"export", "--db", db, "--form", "network-dimensions",
                                            "--format", "csv-wide", "--delimiter", ";", "--decimal",
                                            ",", "--territory", "livorno", "--out", exported});
    REQUIRE(export_csv.exit_code == 0);
    const CliResult back = run_sonda({"import", "--db", db, exported});
    INFO(back.err);
    CHECK(back.exit_code == 0);
    CHECK(back.out.find(" 0 inserted") != std::string::npos);
    CHECK(export_ndjson(db) == stored);
}

}  // namespace

TEST_CASE("[cli] a sheet without ids on SQLite: no-op re-import, conflicts at their line",
          "[cli]") {
    ScratchFolder scratch;
    check_sheet_without_ids(scratch.file("study.db"), "LI");
}

TEST_CASE("[cli] a sheet without ids on PostgreSQL: no-op re-import, conflicts at their line",
          "[cli][postgres]") {
    const char* url = std::getenv("SONDA_TEST_POSTGRES_URL");
    if (!url || !*url)
        FAIL(
            "SONDA_TEST_POSTGRES_URL is not set: run script/test, or start a server with "
            "`script/postgres start DIR` and export the URL it prints");
    // A schema of its own: the whole database is exported and compared, and
    // other PostgreSQL tests write to the server at the same time (ctest -j).
    const PostgresSchema schema(url);
    check_sheet_without_ids(schema.target(), "PG");
}
