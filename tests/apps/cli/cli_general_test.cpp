// The command line itself: --version, --help everywhere, usage errors, plugins.
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.hpp"

using namespace sonda::test;

TEST_CASE("[cli] --version prints the version and exits 0", "[cli]") {
    const CliResult result = run_sonda({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "sonda 0.1.0\n");
    CHECK(result.err.empty());
}

TEST_CASE("[cli] --help lists every command", "[cli]") {
    const CliResult result = run_sonda({"--help"});
    CHECK(result.exit_code == 0);
    for (const char* command : {"init", "study", "plugins", "forms", "import", "export", "report",
                                "chart", "summary", "demo"})
        CHECK(result.out.find("\n  " + std::string(command) + " ") != std::string::npos);
    CHECK(result.out.find("Exit codes") != std::string::npos);
}

TEST_CASE("[cli] no command is a usage error", "[cli]") {
    const CliResult result = run_sonda({});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("sonda: no command given") != std::string::npos);
}

TEST_CASE("[cli] every command and sub-command has --help", "[cli]") {
    const std::vector<std::vector<std::string>> commands{
        {"init"},          {"study"},         {"study", "show"},     {"plugins"}, {"forms"},
        {"forms", "list"}, {"forms", "show"}, {"forms", "validate"}, {"import"},  {"export"},
        {"report"},        {"chart"},         {"summary"},           {"demo"}};
    for (const auto& command : commands) {
        std::vector<std::string> args = command;
        args.push_back("--help");
        std::string name;
        for (const std::string& part : command) name += (name.empty() ? "" : " ") + part;
        INFO("sonda " << name << " --help");
        const CliResult result = run_sonda(args);
        CHECK(result.exit_code == 0);
        CHECK(result.out.rfind("usage: sonda " + name, 0) == 0);
        CHECK(result.err.empty());
    }
}

TEST_CASE("[cli] an unknown command is a usage error listing the commands", "[cli]") {
    const CliResult result = run_sonda({"frobnicate"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.rfind("sonda: unknown command 'frobnicate'", 0) == 0);
    CHECK(result.err.find("import") != std::string::npos);
}

TEST_CASE("[cli] an unknown option names the command's help", "[cli]") {
    const CliResult result = run_sonda({"import", "--bogus", "x.ndjson"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sonda: import: unknown option '--bogus'; see `sonda import --help`\n");

    const CliResult sub = run_sonda({"forms", "list", "--nope"});
    CHECK(sub.exit_code == 1);
    CHECK(sub.err.find("see `sonda forms list --help`") != std::string::npos);

    const CliResult global = run_sonda({"--nope"});
    CHECK(global.exit_code == 1);
    CHECK(global.err.find("sonda: unknown option") == 0);
}

TEST_CASE("[cli] a bad option value is a usage error", "[cli]") {
    ScratchFolder scratch;
    CHECK(run_sonda({"report", "--db", scratch.file("x.db"), "--format", "pdf"}).exit_code == 1);
    CHECK(run_sonda({"report", "--db", scratch.file("x.db"), "--min-cell", "five"}).exit_code == 1);
    CHECK(run_sonda({"export", "--db", scratch.file("x.db"), "--form", "f", "--delimiter", ";;"})
              .exit_code == 1);
    const CliResult dangling = run_sonda({"import", "--db"});
    CHECK(dangling.exit_code == 1);
    CHECK(dangling.err.find("'--db' needs a value") != std::string::npos);
    // Nothing was created by a usage error.
    CHECK_FALSE(std::filesystem::exists(scratch.path("x.db")));
}

TEST_CASE("[cli] a missing --db is a usage error naming SONDA_DB", "[cli]") {
    const std::vector<std::vector<std::string>> commands{{"init", "--study", demo_study_file()},
                                                         {"study", "show"},
                                                         {"import", "responses.ndjson"},
                                                         {"export", "--form", "network-dimensions"},
                                                         {"report"},
                                                         {"demo"}};
    for (const auto& args : commands) {
        INFO("sonda " << args.front());
        const CliResult result = run_sonda(args);
        CHECK(result.exit_code == 1);
        CHECK(result.err.rfind("sonda: ", 0) == 0);
        CHECK(result.err.find("SONDA_DB") != std::string::npos);
        CHECK(result.err.find("--db") != std::string::npos);
    }
}

TEST_CASE("[cli] SONDA_DB is the default database", "[cli]") {
    CliEnvironment environment;
    environment.set["SONDA_DB"] = shared_demo_db();
    environment.unset = {"SONDA_LANG"};
    const CliResult result = run_sonda({"study", "show"}, environment);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("reticulate-tuscany") != std::string::npos);
}

TEST_CASE("[cli] plugins lists the three instruments with their versions", "[cli]") {
    const CliResult result = run_sonda({"plugins"});
    REQUIRE(result.exit_code == 0);
    for (const char* plugin :
         {"network-dimensions", "team-expectations", "objectives-monitoring"}) {
        INFO(plugin);
        const auto line_start = result.out.find(std::string("\n") + plugin + " ");
        REQUIRE(line_start != std::string::npos);
        const std::string line = result.out.substr(
            line_start + 1, result.out.find('\n', line_start + 1) - line_start - 1);
        CHECK(line.find("loaded") != std::string::npos);
        CHECK(line.find(".so") != std::string::npos);
        CHECK(line.find("1.") != std::string::npos);  // a version
    }
    // What each registered, its outputs included.
    CHECK(result.out.find("  report sections: network-dimensions\n  charts: network-map\n  demo "
                          "answers: network-dimensions\n") != std::string::npos);
    CHECK(result.out.find("  charts: heatmap\n") != std::string::npos);
    const CliResult json = run_sonda({"plugins", "--format", "json"});
    CHECK(json.exit_code == 0);
    CHECK(json.out.find("\"status\": \"loaded\"") != std::string::npos);
    const auto plugins = Poco::JSON::Parser().parse(json.out).extract<Poco::JSON::Array::Ptr>();
    bool found = false;
    for (std::size_t i = 0; i < plugins->size(); ++i) {
        const auto plugin = plugins->getObject(static_cast<unsigned>(i));
        if (plugin->getValue<std::string>("name") != "team-expectations") continue;
        found = true;
        CHECK(plugin->getArray("report_sections")->getElement<std::string>(0) ==
              "team-expectations");
        CHECK(plugin->getArray("charts")->getElement<std::string>(0) == "heatmap");
        CHECK(plugin->getArray("demo_answers")->size() == 1);
    }
    CHECK(found);
}

TEST_CASE("[cli] plugins shows a refused plugin with the reason", "[cli]") {
    ScratchFolder scratch;
    write_file(scratch.file("broken.so"), "not a shared library");
    CliEnvironment environment;
    environment.set["SONDA_PLUGIN_PATH"] = scratch.path("").string();
    const CliResult result = run_sonda({"plugins"}, environment);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("refused") != std::string::npos);
    CHECK(result.out.find("broken.so") != std::string::npos);
    CHECK(result.out.find("network-dimensions") != std::string::npos);  // the others still load
}

TEST_CASE("[cli] plugins refuses a real plugin in a folder anyone can write, before loading it",
          "[cli]") {
    ScratchFolder scratch;
    const std::string copy = scratch.file("network-dimensions-copy.so");
    const std::string folder = std::filesystem::path(copy).parent_path().string();
    std::filesystem::copy_file(std::string(SONDA_BINARY_DIR) + "/plugins/network-dimensions.so",
                               copy);
    std::filesystem::permissions(folder, std::filesystem::perms::all);  // 0777
    CliEnvironment environment;
    environment.set["SONDA_PLUGIN_PATH"] = folder;
    const CliResult result = run_sonda({"plugins"}, environment);
    CHECK(result.exit_code == 0);
    INFO(result.out);
    CHECK(result.out.find("refused: " + copy + ": not loaded: its folder " + folder) !=
          std::string::npos);
    CHECK(result.out.find("is writable by anyone (mode 0777)") != std::string::npos);
    CHECK(result.out.find("plugins are trusted code") != std::string::npos);
    CHECK(result.out.find("chmod go-w") != std::string::npos);
}
