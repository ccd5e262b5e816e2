// `sonda users`, `sonda links` and `sonda audit` as an administrator runs them:
// a token is printed once and is the only place it exists, revocation and
// the audit chain work from the command line, and a QR code reads back as
// the link it was made for (zbarimg, which script/bootstrap --test installs).
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

// A copy of the demo database of the test's own.
std::string demo_copy(const ScratchFolder& scratch) {
    const std::string db = scratch.file("study.db");
    std::filesystem::copy_file(shared_demo_db(), db);
    return db;
}

}  // namespace

TEST_CASE("cli: users add prints the token alone, once, and list never shows it") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const CliResult added = run_sonda({"users", "add", "--db", db, "--name", "anna", "--role",
                                       "coordinator", "--territory", "livorno"});
    REQUIRE(added.exit_code == 0);
    const std::string token = first_line(added.out);
    CHECK(added.out == token + "\n");
    CHECK(token.rfind("sonda_", 0) == 0);
    CHECK(added.err.find("shown only this once") != std::string::npos);

    for (const char* format : {"text", "json"}) {
        const CliResult listed = run_sonda({"users", "list", "--db", db, "--format", format});
        REQUIRE(listed.exit_code == 0);
        CHECK(listed.out.find("anna") != std::string::npos);
        CHECK(listed.out.find("livorno") != std::string::npos);
        CHECK(listed.out.find(token.substr(23)) == std::string::npos);
    }
    const CliResult audit = run_sonda({"audit", "list", "--db", db});
    CHECK(audit.out.find("account.add  anna  role=coordinator; territories=livorno") !=
          std::string::npos);
    CHECK(audit.out.find(token.substr(23)) == std::string::npos);
}

TEST_CASE("cli: users add refuses what the study does not have, naming it") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const CliResult wrong = run_sonda({"users", "add", "--db", db, "--name", "anna", "--role",
                                       "coordinator", "--territory", "empoli"});
    CHECK(wrong.exit_code == 2);
    CHECK(wrong.out.empty());
    CHECK(wrong.err.find("'empoli' is not a territory of the study (known: sds_pistoiese, "
                         "sds_grossetana, livorno, piana_di_lucca)") != std::string::npos);
    const CliResult role =
        run_sonda({"users", "add", "--db", db, "--name", "anna", "--role", "boss"});
    CHECK(role.exit_code == 1);
    CHECK(role.err.find("unknown role 'boss'") != std::string::npos);
    // A mistyped --db is not made into a new, empty database.
    const CliResult missing = run_sonda(
        {"users", "add", "--db", scratch.file("typo.db"), "--name", "anna", "--role", "admin"});
    CHECK(missing.exit_code != 0);
    CHECK_FALSE(std::filesystem::exists(scratch.path("typo.db")));
    CHECK(run_sonda({"users", "list", "--db", db}).out.find("(no accounts or links)") !=
          std::string::npos);
}

TEST_CASE("cli: users revoke, and the audit chain verified and broken") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    REQUIRE(
        run_sonda({"users", "add", "--db", db, "--name", "eva", "--role", "evaluator"}).exit_code ==
        0);
    const CliResult revoked = run_sonda({"users", "revoke", "--db", db, "eva"});
    CHECK(revoked.exit_code == 0);
    CHECK(run_sonda({"users", "list", "--db", db}).out.find("revoked 20") != std::string::npos);
    const CliResult unknown = run_sonda({"users", "revoke", "--db", db, "zed"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("no account or link is named 'zed'") != std::string::npos);

    const CliResult intact = run_sonda({"audit", "verify", "--db", db});
    CHECK(intact.exit_code == 0);
    CHECK(intact.out.rfind("audit log intact: 2 entries\nnewest entry: 2:", 0) == 0);
    {
        soci::session raw(*soci::factory_sqlite3(), db);
        raw << "UPDATE audit_log SET target = 'someone' WHERE sequence = 1";
    }
    const CliResult broken = run_sonda({"audit", "verify", "--db", db});
    CHECK(broken.exit_code == 2);
    CHECK(broken.err.find("broken at entry 1: its content does not match its hash") !=
          std::string::npos);
}

TEST_CASE("cli: an anchor kept outside the database shows that the newest entries were removed") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    for (const char* name : {"eva", "ugo", "ida"})
        REQUIRE(run_sonda({"users", "add", "--db", db, "--name", name, "--role", "evaluator"})
                    .exit_code == 0);
    const CliResult intact = run_sonda({"audit", "verify", "--db", db});
    REQUIRE(intact.exit_code == 0);
    const std::size_t at = intact.out.find("newest entry: ");
    REQUIRE(at != std::string::npos);
    const std::string anchor = intact.out.substr(at + 14, intact.out.find(' ', at + 14) - at - 14);
    REQUIRE(anchor.size() == 2 + 64);  // "3:" and the hash
    CHECK(run_sonda({"audit", "verify", "--db", db, "--anchor", anchor}).exit_code == 0);

    {
        soci::session raw(*soci::factory_sqlite3(), db);
        raw << "DELETE FROM audit_log WHERE sequence = 3";
    }
    // What is left is a whole chain: only the anchor tells.
    CHECK(run_sonda({"audit", "verify", "--db", db}).exit_code == 0);
    const CliResult cut = run_sonda({"audit", "verify", "--db", db, "--anchor", anchor});
    CHECK(cut.exit_code == 2);
    CHECK(cut.err.find("the log ends at entry 2, but entry 3 was recorded: the newest entries "
                       "were removed") != std::string::npos);

    // A rewritten log with as many entries: the recorded hash is not there.
    REQUIRE(
        run_sonda({"users", "add", "--db", db, "--name", "zoe", "--role", "evaluator"}).exit_code ==
        0);
    const CliResult rewritten = run_sonda({"audit", "verify", "--db", db, "--anchor", anchor});
    CHECK(rewritten.exit_code == 2);
    CHECK(rewritten.err.find("broken at entry 3: it is not the entry recorded") !=
          std::string::npos);

    const CliResult bad = run_sonda({"audit", "verify", "--db", db, "--anchor", "3"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("SEQUENCE:HASH") != std::string::npos);
}

TEST_CASE("cli: a participant link and its QR code") {
    ScratchFolder scratch;
    const std::string db = demo_copy(scratch);
    const std::vector<std::string> link_args{"links",   "create",     "--db",
                                             db,        "--form",     "network-dimensions",
                                             "--wave",  "workshop-2", "--territory",
                                             "livorno", "--base-url", "https://sonda.example.org/"};

    std::vector<std::string> png = link_args;
    png.insert(png.end(), {"--qr", scratch.file("livorno.png")});
    const CliResult made = run_sonda(png);
    REQUIRE(made.exit_code == 0);
    const std::string link = first_line(made.out);
    CHECK(link.rfind("https://sonda.example.org/f/sonda_", 0) == 0);
    CHECK(command_output("(zbarimg -q --raw '" + scratch.file("livorno.png") + "' 2>/dev/null)") ==
          link + "\n");

    std::vector<std::string> svg = link_args;
    svg.insert(svg.end(), {"--qr", scratch.file("livorno.svg")});
    REQUIRE(run_sonda(svg).exit_code == 0);
    CHECK(read_file(scratch.file("livorno.svg")).rfind("<svg xmlns=", 0) == 0);

    // A --qr that would replace the database is refused before any link is made.
    std::vector<std::string> onto_db = link_args;
    onto_db.insert(onto_db.end(), {"--qr", db});
    const CliResult refused = run_sonda(onto_db);
    CHECK(refused.exit_code == 1);
    const CliResult listed = run_sonda({"users", "list", "--db", db, "--format", "json"});
    CHECK(parse_object("{\"l\":" + listed.out + "}")->getArray("l")->size() == 2);

    const CliResult wrong_wave =
        run_sonda({"links", "create", "--db", db, "--form", "network-dimensions", "--wave", "w2",
                   "--territory", "livorno"});
    CHECK(wrong_wave.exit_code == 2);
    CHECK(wrong_wave.err.find("'w2' is not a wave of the study (known: workshop-1, workshop-2, "
                              "follow-up)") != std::string::npos);
}
