// Two `sonda import` processes on one database (docs/store.md, "Writers take
// turns"). On SQLite the second waits for the file's write lock, says so on
// standard error, and goes on; on PostgreSQL imports of the same ids end as
// sequential ones would (identical rows unchanged, different content a
// conflict). To make the two imports overlap for sure, the test itself holds
// the lock they need while it starts them, then lets go. The PostgreSQL case
// reads SONDA_TEST_POSTGRES_URL and fails when it is unset.
#include <fcntl.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.hpp"
#include "postgres_schema.hpp"

using namespace sonda::test;

namespace {

constexpr const char* kWaiting = "waiting for another writer";

// One `sonda` run in the background, its output in files.
class BackgroundSonda {
  public:
    BackgroundSonda(const std::vector<std::string>& args, const std::string& out_file,
                    const std::string& err_file)
        : m_out(out_file), m_err(err_file) {
        const std::string binary = std::string(SONDA_BINARY_DIR) + "/bin/sonda";
        m_pid = ::fork();
        if (m_pid == 0) {
            const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (out < 0 || err < 0) ::_exit(120);
            ::dup2(out, 1);
            ::dup2(err, 2);
            for (const char* name :
                 {"SONDA_DB", "SONDA_LANG", "SONDA_FORMS_PATH", "SONDA_PLUGIN_PATH", "SONDA_WAIT"})
                ::unsetenv(name);
            ::setenv("SONDA_LANG", "en", 1);  // English messages, as cli_runner.hpp gives
            std::vector<char*> argv{const_cast<char*>(binary.c_str())};
            for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
            argv.push_back(nullptr);
            ::execv(binary.c_str(), argv.data());
            ::_exit(121);
        }
    }
    ~BackgroundSonda() {
        if (m_pid > 0 && !m_done) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    BackgroundSonda(const BackgroundSonda&) = delete;
    BackgroundSonda& operator=(const BackgroundSonda&) = delete;

    bool running() {
        if (m_done) return false;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == 0) return true;
        finish(status);
        return false;
    }
    // Polls standard error until it holds `text` or `seconds` have passed.
    bool err_shows(const std::string& text, int seconds) const {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (read_file(m_err).find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    }
    CliResult wait() {
        if (!m_done) {
            int status = 0;
            ::waitpid(m_pid, &status, 0);
            finish(status);
        }
        return CliResult{m_exit, read_file(m_out), read_file(m_err)};
    }

  private:
    void finish(int status) {
        m_done = true;
        m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::string m_out, m_err;
    pid_t m_pid = -1;
    bool m_done = false;
    int m_exit = -1;
};

// `count` network-dimensions responses of one wave, ids and respondent codes
// numbered from `prefix`; `sharing_1` makes two files of the same ids differ.
std::string responses(const std::string& prefix, int count, int sharing_1) {
    std::string lines;
    for (int i = 1; i <= count; ++i) {
        char id[64], code[32];
        std::snprintf(id, sizeof id, "%s-0000-4000-8000-%012d", prefix.c_str(), i);
        std::snprintf(code, sizeof code, "C%s%05d", prefix.c_str(), i);
        lines += network_response(id, "workshop-1", "sds_pistoiese", code, sharing_1) + "\n";
    }
    return lines;
}

// Unique per run: the PostgreSQL server may outlive one test run.
std::string run_prefix() {
    static int counter = 0;
    char text[16];
    std::snprintf(text, sizeof text, "%04x%04x", static_cast<unsigned>(::getpid() & 0xffff),
                  static_cast<unsigned>(++counter));
    return text;
}

}  // namespace

TEST_CASE("[cli] two imports into one SQLite file: the second waits, says so, and goes on",
          "[cli][concurrency]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    write_file(scratch.file("a.ndjson"), responses("aaaa0001", 40, 3));
    write_file(scratch.file("b.ndjson"), responses("bbbb0002", 60, 3));

    soci::session holder(*soci::factory_sqlite3(), db);
    holder << "BEGIN IMMEDIATE";  // what another import holds while it writes
    BackgroundSonda first({"import", "--db", db, scratch.file("a.ndjson")}, scratch.file("a.out"),
                          scratch.file("a.err"));
    BackgroundSonda second({"import", "--db", db, "--wait", "120", scratch.file("b.ndjson")},
                           scratch.file("b.out"), scratch.file("b.err"));
    // Past the 10 s that made the second import fail before.
    CHECK(first.err_shows(kWaiting, 30));
    CHECK(second.err_shows(kWaiting, 30));
    std::this_thread::sleep_for(std::chrono::seconds(11));
    CHECK(first.running());
    CHECK(second.running());
    holder << "COMMIT";

    const CliResult a = first.wait();
    const CliResult b = second.wait();
    INFO(a.err << b.err);
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(a.out.find("40 inserted") != std::string::npos);
    CHECK(b.out.find("60 inserted") != std::string::npos);
    CHECK(a.err.find("waiting up to 600 s, set with --wait SECONDS or SONDA_WAIT") !=
          std::string::npos);
    CHECK(b.err.find("waiting up to 120 s") != std::string::npos);
    long long stored = 0;
    holder << "SELECT COUNT(*) FROM responses", soci::into(stored);
    CHECK(stored == 100);
}

TEST_CASE("[cli] an import that waits longer than --wait gives up with exit 3, writing nothing",
          "[cli][concurrency]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    write_file(scratch.file("a.ndjson"), responses("cccc0003", 5, 3));

    soci::session holder(*soci::factory_sqlite3(), db);
    holder << "BEGIN IMMEDIATE";
    const CliResult waited =
        run_sonda({"import", "--db", db, "--wait", "2", scratch.file("a.ndjson")});
    CHECK(waited.exit_code == 3);
    CHECK(waited.err.find(kWaiting) != std::string::npos);
    CHECK(waited.err.find("another writer held the write lock for more than 2 s") !=
          std::string::npos);
    CHECK(waited.err.find("--wait SECONDS") != std::string::npos);

    CliEnvironment environment;
    environment.set["SONDA_WAIT"] = "0";  // no wait at all: refused at once, no notice
    const CliResult at_once =
        run_sonda({"import", "--db", db, scratch.file("a.ndjson")}, environment);
    CHECK(at_once.exit_code == 3);
    CHECK(at_once.err.find("for more than 0 s") != std::string::npos);
    holder << "ROLLBACK";

    long long stored = -1;
    holder << "SELECT COUNT(*) FROM responses", soci::into(stored);
    CHECK(stored == 0);

    const CliResult bad =
        run_sonda({"import", "--db", db, "--wait", "soon", scratch.file("a.ndjson")});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("--wait needs a whole number of seconds") != std::string::npos);
}

TEST_CASE("[cli] postgresql://: concurrent imports of the same ids end as sequential ones",
          "[cli][postgres][concurrency]") {
    const auto url = postgres_test_url();
    if (!url)
        FAIL(
            "SONDA_TEST_POSTGRES_URL is not set: run script/test, or start a server with "
            "`script/postgres start DIR` and export the URL it prints");
    PostgresSchema schema(*url);
    const std::string db = schema.target();
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    ScratchFolder scratch;
    const int count = 1500;

    auto import_both = [&](const std::string& file_a, const std::string& file_b) {
        BackgroundSonda first({"import", "--db", db, file_a}, scratch.file("a.out"),
                              scratch.file("a.err"));
        BackgroundSonda second({"import", "--db", db, file_b}, scratch.file("b.out"),
                               scratch.file("b.err"));
        return std::make_pair(first.wait(), second.wait());
    };

    SECTION("the same file twice, started together and held at the start") {
        const std::string file = scratch.file("same.ndjson");
        write_file(file, responses(run_prefix(), count, 3));
        soci::session holder(*soci::factory_postgresql(), schema.keywords());
        holder << "SET search_path TO " + schema.schema();
        holder << "BEGIN";
        holder << "LOCK TABLE responses IN SHARE ROW EXCLUSIVE MODE";
        BackgroundSonda first({"import", "--db", db, file}, scratch.file("a.out"),
                              scratch.file("a.err"));
        BackgroundSonda second({"import", "--db", db, file}, scratch.file("b.out"),
                               scratch.file("b.err"));
        CHECK(first.err_shows(kWaiting, 30));
        CHECK(second.err_shows(kWaiting, 30));
        holder << "COMMIT";
        const CliResult a = first.wait();
        const CliResult b = second.wait();
        INFO(a.err << b.err);
        CHECK(a.exit_code == 0);
        CHECK(b.exit_code == 0);
        const std::string both = a.out + b.out;
        CHECK(both.find(std::to_string(count) + " inserted, 0 unchanged") != std::string::npos);
        CHECK(both.find("0 inserted, " + std::to_string(count) + " unchanged") !=
              std::string::npos);
        long long stored = 0;
        holder << "SELECT COUNT(*) FROM responses", soci::into(stored);
        CHECK(stored == count);
    }

    SECTION("an import held longer than --wait gives up with exit 3") {
        const std::string file = scratch.file("held.ndjson");
        write_file(file, responses(run_prefix(), 5, 3));
        soci::session holder(*soci::factory_postgresql(), schema.keywords());
        holder << "SET search_path TO " + schema.schema();
        holder << "BEGIN";
        holder << "LOCK TABLE responses IN SHARE ROW EXCLUSIVE MODE";
        const CliResult waited = run_sonda({"import", "--db", db, "--wait", "2", file});
        CHECK(waited.exit_code == 3);
        CHECK(waited.err.find(kWaiting) != std::string::npos);
        CHECK(waited.err.find("another writer held the responses table for more than 2 s") !=
              std::string::npos);
        holder << "ROLLBACK";
        long long stored = -1;
        holder << "SELECT COUNT(*) FROM responses", soci::into(stored);
        CHECK(stored == 0);
    }

    SECTION("the same file twice, started together freely (three rounds)") {
        for (int round = 0; round < 3; ++round) {
            const std::string file = scratch.file("free.ndjson");
            write_file(file, responses(run_prefix(), count, 3));
            const auto [a, b] = import_both(file, file);
            INFO("round " << round << "\n" << a.err << b.err);
            CHECK(a.exit_code == 0);
            CHECK(b.exit_code == 0);
            CHECK(a.err.find("duplicate key") == std::string::npos);
            CHECK(b.err.find("duplicate key") == std::string::npos);
            const std::string both = a.out + b.out;
            CHECK(both.find(std::to_string(count) + " inserted, 0 unchanged") != std::string::npos);
            CHECK(both.find("0 inserted, " + std::to_string(count) + " unchanged") !=
                  std::string::npos);
        }
    }

    SECTION("the same ids with different content: one stored, the other a conflict") {
        const std::string prefix = run_prefix();
        write_file(scratch.file("three.ndjson"), responses(prefix, count, 3));
        write_file(scratch.file("five.ndjson"), responses(prefix, count, 5));
        const auto [a, b] = import_both(scratch.file("three.ndjson"), scratch.file("five.ndjson"));
        INFO(a.err << b.err);
        CHECK(a.exit_code + b.exit_code == 3);  // one 0, one 3
        const CliResult& refused = a.exit_code == 3 ? a : b;
        const CliResult& stored = a.exit_code == 3 ? b : a;
        CHECK(stored.out.find(std::to_string(count) + " inserted") != std::string::npos);
        CHECK(refused.err.find("already stored with different content") != std::string::npos);
        CHECK(refused.err.find("duplicate key") == std::string::npos);
    }
}
