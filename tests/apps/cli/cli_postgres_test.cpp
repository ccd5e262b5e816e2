// The CLI against a real PostgreSQL server: init, import, report. The URL comes
// from SONDA_TEST_POSTGRES_URL (script/test starts a throwaway server); without
// it the test fails, never skips.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>

#include "cli_runner.hpp"
#include "postgres_schema.hpp"

using namespace sonda::test;

TEST_CASE("[cli] postgresql:// database: init, import, export, report", "[cli][postgres]") {
    const char* url = std::getenv("SONDA_TEST_POSTGRES_URL");
    if (!url || !*url)
        FAIL(
            "SONDA_TEST_POSTGRES_URL is not set: run script/test, or start a server with "
            "`script/postgres start DIR` and export the URL it prints");
    // A schema of its own: other PostgreSQL tests run at the same time
    // (ctest -j), and two `sonda init` of one schema would race.
    const PostgresSchema schema(url);
    const std::string db = schema.target();

    ScratchFolder scratch;
    const CliResult init = run_sonda({"init", "--db", db, "--study", demo_study_file()});
    REQUIRE(init.exit_code == 0);

    // Unique ids and respondent codes per run: the server may outlive one
    // test run, and a code answering twice in a wave is refused by the report.
    const std::string prefix = "7e57" + std::to_string(std::random_device{}() % 9000 + 1000);
    const std::string file = scratch.file("pg.ndjson");
    std::string lines;
    int n = 0;
    for (const char* code : {"PT01", "PT02", "PT03", "PT04", "PT05", "PT06"}) {
        for (const char* wave : {"workshop-1", "workshop-2"}) {
            char id[64];
            std::snprintf(id, sizeof id, "%s-0000-4000-8000-%012d", prefix.c_str(), ++n);
            lines += network_response(id, wave, "sds_pistoiese", "PG" + prefix + code,
                                      wave[9] == '1' ? 2 : 4) +
                     "\n";
        }
    }
    write_file(file, lines);
    const CliResult imported = run_sonda({"import", "--db", db, file});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out.find("12 inserted") != std::string::npos);
    const CliResult again = run_sonda({"import", "--db", db, file});
    CHECK(again.out.find("12 unchanged") != std::string::npos);

    const CliResult report =
        run_sonda({"report", "--db", db, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--by", "none", "--format", "json"});
    REQUIRE(report.exit_code == 0);
    const auto parsed = parse_object(report.out);
    CHECK(parsed->getArray("groups")->size() == 1);

    const CliResult shown = run_sonda({"study", "show", "--db", db});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find("reticulate-tuscany") != std::string::npos);

    // A password in the URL is never echoed back in a message.
    const CliResult refused =
        run_sonda({"study", "show", "--db", "postgresql://sonda:secret@127.0.0.1:1/none"});
    CHECK(refused.exit_code == 3);
    CHECK(refused.err.find("secret") == std::string::npos);
}
