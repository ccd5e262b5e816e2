// Where the command line looks for plugins, panels and forms, and what it says
// about them: `--version --verbose`, the warnings about search folders that
// are not there, and what `sonda plugins` lists for each plugin. The build
// tree is laid out like an installed prefix (cmake/SondaBuildTree.cmake), so
// the default folders are the build's own.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

const std::string kBuild = SONDA_BINARY_DIR;

}  // namespace

TEST_CASE("[cli] --version --verbose names the API version and every search folder", "[cli]") {
    ScratchFolder scratch;
    std::filesystem::create_directories(scratch.path("present"));
    CliEnvironment environment;
    environment.set["SONDA_PLUGIN_PATH"] = scratch.file("present") + ":" + scratch.file("absent");
    const CliResult result = run_sonda({"--version", "--verbose"}, environment);
    REQUIRE(result.exit_code == 0);
    INFO(result.out);
    CHECK(result.out.rfind("sonda 0.1.0\nplugin API version: 4\n", 0) == 0);
    CHECK(result.out.find("core library: " + kBuild + "/lib/libsonda_core.so.4\n") !=
          std::string::npos);
    CHECK(result.out.find("plugin folders:\n  " + kBuild +
                          "/lib/sonda/plugins (default): exists\n  " + scratch.file("present") +
                          " (SONDA_PLUGIN_PATH): exists\n  " + scratch.file("absent") +
                          " (SONDA_PLUGIN_PATH): missing\n") != std::string::npos);
    CHECK(result.out.find("panel folders:\n  " + kBuild +
                          "/lib/sonda/plugins/panels (default): exists\n") != std::string::npos);
    CHECK(result.out.find("form folders:\n  " + kBuild +
                          "/share/sonda/forms (default): exists\n") != std::string::npos);
    // Only the listing: no warning on top of it.
    CHECK(result.err.empty());
}

TEST_CASE("[cli] --verbose without --version is a usage error", "[cli]") {
    const CliResult result = run_sonda({"--verbose", "plugins"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--verbose goes with --version") != std::string::npos);
}

TEST_CASE("[cli] a SONDA_PLUGIN_PATH folder that does not exist is named by every command",
          "[cli]") {
    ScratchFolder scratch;
    CliEnvironment environment;
    environment.set["SONDA_PLUGIN_PATH"] = scratch.file("misspelt");
    const std::string warning =
        "sonda: warning: plugin folder " + scratch.file("misspelt") +
        " (SONDA_PLUGIN_PATH) does not exist; no plugins are loaded from it\n";
    const CliResult forms = run_sonda({"forms", "list"}, environment);
    CHECK(forms.exit_code == 0);
    CHECK(forms.err == warning);
    const CliResult plugins = run_sonda({"plugins"}, environment);
    CHECK(plugins.exit_code == 0);
    CHECK(plugins.err == warning);  // once, not again from the command itself
    CHECK(plugins.out.find("network-dimensions") != std::string::npos);
    // Set to folders that exist, nothing is said.
    environment.set["SONDA_PLUGIN_PATH"] = scratch.path("").string();
    CHECK(run_sonda({"forms", "list"}, environment).err.empty());
}

TEST_CASE("[cli] plugins lists what each plugin registered and its panel module", "[cli]") {
    const CliResult text = run_sonda({"plugins"});
    REQUIRE(text.exit_code == 0);
    INFO(text.out);
    CHECK(text.out.find("network-dimensions.so\n  instruments: network-dimensions\n"
                        "  item types: network_map\n") != std::string::npos);
    CHECK(text.out.find("team-expectations.so\n  instruments: team-expectations\n"
                        "  item types: none\n") != std::string::npos);

    const CliResult json = run_sonda({"plugins", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    Poco::JSON::Parser parser;
    const auto list = parser.parse(json.out).extract<Poco::JSON::Array::Ptr>();
    bool seen = false;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto plugin = list->getObject(static_cast<unsigned>(i));
        if (plugin->getValue<std::string>("name") != "objectives-monitoring") continue;
        seen = true;
        CHECK(plugin->getArray("instruments")->getElement<std::string>(0) ==
              "objectives-monitoring");
        CHECK(plugin->getArray("item_types")->getElement<std::string>(0) == "objective_list");
#ifdef SONDA_TEST_WITH_GUI
        CHECK(plugin->getValue<std::string>("panels") ==
              kBuild + "/lib/sonda/plugins/panels/objectives-monitoring.so");
#endif
    }
    CHECK(seen);
}
