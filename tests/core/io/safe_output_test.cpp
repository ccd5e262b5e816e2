// SafeOutput: the one writer of files users name (issue 10).
#include "sonda/io/safe_output.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "sonda/error.hpp"

namespace fs = std::filesystem;
using sonda::OutputGuard;
using sonda::SafeOutput;

namespace {

class Folder {
  public:
    Folder() {
        std::random_device random;
        m_path = fs::temp_directory_path() /
                 ("sonda-safe-output-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(m_path);
    }
    ~Folder() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(m_path))
            out.push_back(entry.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }

  private:
    fs::path m_path;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

mode_t mode_of(const std::string& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status.st_mode;
}

}  // namespace

TEST_CASE("[io] safe output: the file appears whole on commit, never before", "[io][output]") {
    Folder folder;
    const std::string target = folder.file("out.txt");
    {
        SafeOutput out(target, {}, "--out");
        out.stream() << "hello\n";
        CHECK_FALSE(fs::exists(target));
        REQUIRE_FALSE(out.temporary().empty());
        CHECK(fs::path(out.temporary()).parent_path() == fs::path(target).parent_path());
        CHECK((mode_of(out.temporary()) & 0777) == 0600);  // nobody else reads it half-written
        out.commit();
    }
    CHECK(read_file(target) == "hello\n");
    CHECK(folder.names() == std::vector<std::string>{"out.txt"});

    SECTION("not committed: the old file stays and the temporary goes") {
        {
            SafeOutput out(target, {}, "--out");
            out.stream() << "half";
        }
        CHECK(read_file(target) == "hello\n");
        CHECK(folder.names() == std::vector<std::string>{"out.txt"});
    }
    SECTION("the replaced file's mode is kept") {
        fs::permissions(target,
                        fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        SafeOutput out(target, {}, "--out");
        out.stream() << "again\n";
        out.commit();
        CHECK((mode_of(target) & 0777) == 0640);
        CHECK(read_file(target) == "again\n");
    }
}

TEST_CASE("[io] safe output refuses the database, its companions, the inputs and folders",
          "[io][output]") {
    Folder folder;
    const std::string db = folder.file("study.db");
    const std::string input = folder.file("in.ndjson");
    write_file(db, "database");
    write_file(input, "input");
    const OutputGuard guard{db, {"-", input}};
    auto refused = [&](const std::string& path) {
        try {
            SafeOutput out(path, guard, "--out");
        } catch (const sonda::UsageError& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    CHECK_THAT(refused(db), Catch::Contains("--out " + db) && Catch::Contains("database"));
    CHECK_THAT(refused(db + "-wal"), Catch::Contains("a file of the database"));
    CHECK_THAT(refused(folder.file("./study.db")), Catch::Contains("database"));
    CHECK_THAT(refused(input), Catch::Contains("an input of this command"));
    fs::create_symlink(input, folder.file("link"));
    CHECK_THAT(refused(folder.file("link")), Catch::Contains("an input"));
    fs::create_directory(folder.file("dir"));
    CHECK_THAT(refused(folder.file("dir")), Catch::Contains("a folder"));
    CHECK(read_file(db) == "database");
    CHECK(read_file(input) == "input");
    CHECK(sonda::database_file("postgresql://u@h/db").empty());
    CHECK(sonda::database_file("a.db") == "a.db");
    // A database that does not exist yet is still refused by its name.
    const OutputGuard future{folder.file("new.db"), {}};
    CHECK_THROWS_AS(SafeOutput(folder.file("new.db"), future, "--out"), sonda::UsageError);
}

TEST_CASE("[io] safe output writes a character device in place", "[io][output]") {
    SafeOutput out("/dev/null", OutputGuard{"/dev/null", {"/dev/null"}}, "--out");
    CHECK(out.direct());
    CHECK(out.temporary().empty());
    out.stream() << "nothing";
    out.commit();
    CHECK(S_ISCHR(mode_of("/dev/null")));

    SafeOutput full("/dev/full", {}, "--out");
    full.stream() << std::string(1 << 17, 'x');
    CHECK_THROWS_AS(full.commit(), sonda::StorageError);
}

TEST_CASE("[io] safe output: a temporary is removed when the process gets SIGTERM or SIGINT",
          "[io][output]") {
    for (const int signal_number : {SIGTERM, SIGINT}) {
        Folder folder;
        const std::string target = folder.file("report.html");
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The test framework's own handlers are not the host's: back to default.
            ::signal(signal_number, SIG_DFL);
            SafeOutput out(target, {}, "--out");
            out.stream() << "partial" << std::flush;
            if (!fs::exists(out.temporary())) ::_exit(10);
            ::raise(signal_number);
            ::_exit(11);  // not reached: the signal ends the process
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        CHECK(WIFSIGNALED(status));
        if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == signal_number);
        CHECK(folder.names().empty());
    }
}
