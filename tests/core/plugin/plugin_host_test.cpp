// The plugin host against real shared modules: the network-dimensions plugin
// as built into build/plugins, and the fixture modules of fixtures/ (wrong API
// version, not a plugin, failing registration, duplicate name).
#include "sonda/plugin/plugin_host.hpp"

#include <Poco/JSON/Object.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/module_library.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

namespace fs = std::filesystem;
using namespace sonda;

namespace {

const std::string kPluginDir = std::string(SONDA_BINARY_DIR) + "/plugins";
const std::string kNetworkPlugin = kPluginDir + "/network-dimensions.so";
const std::string kFixtureDir = SONDA_PLUGIN_FIXTURE_DIR;

std::string fixture(const std::string& name) { return kFixtureDir + "/" + name + ".so"; }

// Loads the real plugin and fails the test (not skips it) when it cannot.
const PluginInfo& require_network_plugin(PluginHost& host) {
    const PluginInfo& info = host.load_file(kNetworkPlugin);
    INFO("loading " << kNetworkPlugin << ": " << info.error);
    REQUIRE(info.loaded);
    return info;
}

const PluginInfo* find_info(const PluginHost& host, const std::string& file) {
    for (const PluginInfo& info : host.plugins())
        if (info.file == file) return &info;
    return nullptr;
}

Item make_item(const std::string& json) {
    Item item;
    item.definition = parse_json_object(json, Location{"test", 0, "", ""});
    item.id = item.definition->getValue<std::string>("id");
    item.type = item.definition->getValue<std::string>("type");
    if (item.definition->has("min")) item.min = item.definition->getValue<double>("min");
    if (item.definition->has("max")) item.max = item.definition->getValue<double>("max");
    return item;
}

// Sets an environment variable for one scope.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (m_old.empty())
            ::unsetenv(m_name);
        else
            ::setenv(m_name, m_old.c_str(), 1);
    }

  private:
    const char* m_name;
    std::string m_old;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("plugin host loads the real network-dimensions plugin", "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info = require_network_plugin(host);
    CHECK(info.name == "network-dimensions");
    CHECK(info.version == "1.0.0");
    CHECK(info.api_version == SONDA_PLUGIN_API_VERSION);
    CHECK_FALSE(info.description.empty());
    REQUIRE(registry.instrument("network-dimensions") != nullptr);
    CHECK(registry.owner_of_instrument("network-dimensions") == "network-dimensions");
    REQUIRE(registry.item_type("network_map") != nullptr);
}

TEST_CASE("plugin host: the loaded plugin's item type and instrument work through the registry",
          "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    require_network_plugin(host);

    const ItemType& map_type = *registry.item_type("network_map");
    const Item map = make_item(R"({"id": "map", "type": "network_map", "rings": 4})");
    std::vector<Issue> issues;
    map_type.validate_answer(
        map, parse_json(R"({"actors": [{"name": "ASL", "ring": 9}]})", Location{}), issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].where.path == "$.answers.map.actors[0].ring");
    CHECK_THAT(issues[0].reason, Catch::Contains("ring 9 is outside 1..4"));

    Form form;
    form.id = "nd";
    form.plugin = "network-dimensions";
    form.source = "inline form";
    form.items = {
        make_item(R"({"id": "s1", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"})"),
        make_item(R"({"id": "s2", "type": "likert", "min": 1, "max": 5, "dimension": "sharing"})"),
        map};
    form.definition = new Poco::JSON::Object;
    const Instrument& instrument = *registry.instrument("network-dimensions");
    std::vector<Issue> form_issues;
    instrument.check_form(form, form_issues);
    CHECK(form_issues.empty());

    Response response;
    response.answers = parse_json_object(
        R"({"s1": 4, "s2": 5, "map": {"actors": [{"name": "ASL", "ring": 1}, {"name": "Caritas", "ring": 3}]}})",
        Location{});
    const std::vector<Score> scores = instrument.score(form, response);
    REQUIRE(scores.size() == instrument.score_definitions(form).size());
    CHECK(scores[0].name == "sharing");
    REQUIRE(scores[0].value);
    CHECK(*scores[0].value == Approx(4.5));
    CHECK_FALSE(scores[1].value);  // integration: no items in this form
}

TEST_CASE("plugin host refuses a plugin built for another API version and loads the others",
          "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    host.load_directory(kFixtureDir);
    require_network_plugin(host);

    const PluginInfo* wrong = find_info(host, fixture("a_wrong_api"));
    REQUIRE(wrong != nullptr);
    CHECK_FALSE(wrong->loaded);
    CHECK(wrong->api_version == 999);
    CHECK_THAT(wrong->error, Catch::Contains(fixture("a_wrong_api")));
    CHECK_THAT(wrong->error, Catch::Contains("version 999"));
    CHECK_THAT(wrong->error,
               Catch::Contains("expects version " + std::to_string(SONDA_PLUGIN_API_VERSION)));
    // Refused before its register function ran.
    CHECK(registry.item_type("fixture_wrong_api_type") == nullptr);

    const PluginInfo* good = find_info(host, fixture("d_good"));
    REQUIRE(good != nullptr);
    CHECK(good->loaded);
    CHECK(registry.item_type("fixture_good_type") != nullptr);
    CHECK(registry.instrument("network-dimensions") != nullptr);
}

TEST_CASE("plugin host reports a shared library without the API symbol as not a sonda plugin",
          "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info = host.load_file(fixture("b_not_a_plugin"));
    CHECK_FALSE(info.loaded);
    CHECK_THAT(info.error, Catch::Contains(fixture("b_not_a_plugin")));
    // The loader is shared with the dashboard's panel host, hence "module".
    CHECK_THAT(info.error, Catch::Contains("is not a sonda"));
    CHECK_THAT(info.error, Catch::Contains("no sonda_plugin_api_version symbol"));
}

TEST_CASE("plugin host reports a file that cannot be loaded at all", "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    // In a folder of its own: the temporary folder itself is writable by
    // anyone, so a plugin file there is refused before it is even opened.
    const fs::path folder =
        fs::temp_directory_path() / ("sonda-plugin-test-not-elf-" + std::to_string(::getpid()));
    fs::create_directory(folder);
    ::chmod(folder.c_str(), 0755);
    const fs::path bogus = folder / "not-elf.so";
    std::ofstream(bogus) << "this is not an ELF file\n";
    const PluginInfo& info = host.load_file(bogus.string());
    fs::remove_all(folder);
    CHECK_FALSE(info.loaded);
    CHECK_THAT(info.error, Catch::Contains("cannot load " + bogus.string()));
}

TEST_CASE("plugin host leaves nothing registered by a plugin whose registration throws",
          "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    const std::vector<std::string> types_before = registry.item_type_names();
    const PluginInfo& info = host.load_file(fixture("c_throws"));
    CHECK_FALSE(info.loaded);
    CHECK(info.name == "fixture-throws");
    CHECK_THAT(info.error, Catch::Contains("failed to register"));
    CHECK_THAT(info.error, Catch::Contains("fixture refuses to finish registering"));
    CHECK(registry.item_type("fixture_thrown_type") == nullptr);
    CHECK(registry.item_type_names() == types_before);
}

TEST_CASE("plugin host refuses a second plugin with a name already loaded", "[plugin]") {
    Registry registry;
    PluginHost host(registry);
    REQUIRE(host.load_file(fixture("d_good")).loaded);
    const PluginInfo& duplicate = host.load_file(fixture("e_duplicate"));
    CHECK_FALSE(duplicate.loaded);
    CHECK_THAT(duplicate.error, Catch::Contains("'fixture-good' is already loaded"));
    CHECK(registry.item_type("fixture_duplicate_type") == nullptr);
    CHECK(registry.item_type("fixture_good_type") != nullptr);

    // The same file twice is the same name twice.
    require_network_plugin(host);
    const PluginInfo& again = host.load_file(kNetworkPlugin);
    CHECK_FALSE(again.loaded);
    CHECK(registry.instrument("network-dimensions") != nullptr);
}

TEST_CASE("plugin host names the API version of a plugin that needs another libsonda_core",
          "[plugin]") {
    // Built for API 2, it needs libsonda_core.so.2, which is nowhere: the
    // loader fails before its version symbol could be read.
    Registry registry;
    PluginHost host(registry);
    const std::string file = kFixtureDir + "/old_api/old_api.so";
    const PluginInfo& info = host.load_file(file);
    CHECK_FALSE(info.loaded);
    CHECK_THAT(info.error, Catch::Contains("cannot load " + file));
    CHECK_THAT(info.error, Catch::Contains("libsonda_core.so.2"));
    CHECK_THAT(info.error, Catch::Contains("it was built for plugin API version 2 (it needs "
                                           "libsonda_core.so.2), this sonda speaks version " +
                                           std::to_string(SONDA_PLUGIN_API_VERSION) +
                                           ": rebuild it against this sonda"));
}

TEST_CASE("plugin host honours SONDA_PLUGIN_PATH", "[plugin]") {
    const ScopedEnv path("SONDA_PLUGIN_PATH", "/nonexistent/sonda-plugins::" + kFixtureDir);
    const std::vector<std::string> folders = PluginHost::default_search_path();
    REQUIRE(folders.size() == 3);
    CHECK(fs::equivalent(folders[0], kPluginDir));
    CHECK(folders[1] == "/nonexistent/sonda-plugins");
    CHECK(folders[2] == kFixtureDir);

    Registry registry;
    PluginHost host(registry);
    host.load_default();  // an absent folder on the path is skipped, not an error
    CHECK(registry.instrument("network-dimensions") != nullptr);
    CHECK(registry.item_type("fixture_good_type") != nullptr);
    REQUIRE(find_info(host, fixture("a_wrong_api")) != nullptr);
    CHECK_FALSE(find_info(host, fixture("a_wrong_api"))->loaded);
}

TEST_CASE("plugin host destroys a plugin's objects before it unloads the library", "[plugin]") {
    const fs::path log = fs::temp_directory_path() / "sonda-plugin-test-lifecycle.log";
    fs::remove(log);
    const ScopedEnv env("SONDA_FIXTURE_LOG", log.string());
    {
        Registry registry;
        PluginHost host(registry);
        REQUIRE(host.load_file(fixture("d_good")).loaded);
        REQUIRE(registry.item_type("fixture_good_type") != nullptr);
    }
    const std::string events = read_file(log);
    fs::remove(log);
    CHECK(events == "loaded\ndestroyed\nunloaded\n");
}

TEST_CASE("plugin host: the registry outlives the host and holds no plugin object after it",
          "[plugin]") {
    Registry registry;
    {
        PluginHost host(registry);
        require_network_plugin(host);
        REQUIRE(registry.item_type("network_map") != nullptr);
    }
    CHECK(registry.item_type("network_map") == nullptr);
    CHECK(registry.instrument("network-dimensions") == nullptr);
}

namespace {

// A copy of the good fixture in a fresh folder (mode 0755) under the
// temporary folder, removed at the end.
class TrustFolder {
  public:
    TrustFolder() {
        static int counter = 0;
        m_folder = fs::temp_directory_path() / ("sonda-plugin-trust-" + std::to_string(::getpid()) +
                                                "-" + std::to_string(counter++));
        fs::remove_all(m_folder);
        fs::create_directory(m_folder);
        ::chmod(m_folder.c_str(), 0755);
        m_file = m_folder / "d_good.so";
        fs::copy_file(fixture("d_good"), m_file);
        ::chmod(m_file.c_str(), 0755);
    }
    ~TrustFolder() {
        std::error_code ignored;
        fs::remove_all(m_folder, ignored);
    }
    std::string folder() const { return m_folder.string(); }
    std::string file() const { return m_file.string(); }

  private:
    fs::path m_folder, m_file;
};

// Loads `file` with SONDA_FIXTURE_LOG set and returns what the fixture logged.
std::string load_and_log(const std::string& file, PluginInfo& result) {
    const fs::path log =
        fs::temp_directory_path() / ("sonda-plugin-trust-" + std::to_string(::getpid()) + ".log");
    fs::remove(log);
    {
        const ScopedEnv env("SONDA_FIXTURE_LOG", log.string());
        Registry registry;
        PluginHost host(registry);
        result = host.load_file(file);
    }
    const std::string events = fs::exists(log) ? read_file(log) : "";
    fs::remove(log);
    return events;
}

}  // namespace

TEST_CASE("plugin trust: the build tree's plugin folders are trusted", "[plugin][trust]") {
    // cmake creates them 0755 under the usual umask 022; under a umask that
    // makes them group-writable every plugin is refused (docs/plugins.md).
    INFO("umask must leave build/plugins writable by its owner only");
    CHECK(module_trust_problem(kNetworkPlugin) == "");
    CHECK(module_trust_problem(fixture("d_good")) == "");
}

TEST_CASE("plugin trust: a copy in a safe folder loads and runs", "[plugin][trust]") {
    TrustFolder trust;
    PluginInfo info;
    const std::string events = load_and_log(trust.file(), info);
    INFO(info.error);
    CHECK(info.loaded);
    CHECK(events == "loaded\ndestroyed\nunloaded\n");
}

TEST_CASE("plugin trust: a folder or file others can write is refused before any code runs",
          "[plugin][trust]") {
    TrustFolder trust;
    PluginInfo info;
    SECTION("folder writable by anyone") {
        REQUIRE(::chmod(trust.folder().c_str(), 0777) == 0);
        const std::string events = load_and_log(trust.file(), info);
        CHECK(events == "");  // not even the library's constructor ran
        CHECK_THAT(info.error, Catch::Contains(trust.file() + ": not loaded: "));
        CHECK_THAT(info.error, Catch::Contains("its folder " + trust.folder() +
                                               " is writable by anyone (mode 0777)"));
        CHECK_THAT(info.error, Catch::Contains("plugins are trusted code"));
        CHECK_THAT(info.error, Catch::Contains("chmod go-w " + trust.folder()));
    }
    SECTION("folder writable by its group") {
        REQUIRE(::chmod(trust.folder().c_str(), 0775) == 0);
        CHECK(load_and_log(trust.file(), info) == "");
        CHECK_THAT(info.error, Catch::Contains("is writable by its group (mode 0775)"));
    }
    SECTION("file writable by others") {
        REQUIRE(::chmod(trust.file().c_str(), 0757) == 0);
        CHECK(load_and_log(trust.file(), info) == "");
        CHECK_THAT(info.error,
                   Catch::Contains("the file " + trust.file() + " is writable by anyone"));
        CHECK_THAT(info.error, Catch::Contains("chmod go-w " + trust.file()));
    }
    SECTION("a whole folder on SONDA_PLUGIN_PATH") {
        REQUIRE(::chmod(trust.folder().c_str(), 0777) == 0);
        const ScopedEnv path("SONDA_PLUGIN_PATH", trust.folder());
        const fs::path log = fs::temp_directory_path() / "sonda-plugin-trust-path.log";
        fs::remove(log);
        const ScopedEnv env("SONDA_FIXTURE_LOG", log.string());
        Registry registry;
        PluginHost host(registry);
        host.load_default();
        CHECK_FALSE(fs::exists(log));
        CHECK(registry.item_type("fixture_good_type") == nullptr);
        CHECK(registry.instrument("network-dimensions") != nullptr);  // the build tree's still load
        REQUIRE(find_info(host, trust.file()) != nullptr);
        CHECK_THAT(find_info(host, trust.file())->error, Catch::Contains("writable by anyone"));
    }
}

TEST_CASE("plugin trust: a file or folder owned by another user is refused before any code runs",
          "[plugin][trust]") {
    REQUIRE(::geteuid() == 0);  // the suite runs as root: chown needs it
    TrustFolder trust;
    PluginInfo info;
    SECTION("the file") {
        REQUIRE(::chown(trust.file().c_str(), 65534, 65534) == 0);
        CHECK(load_and_log(trust.file(), info) == "");
        CHECK_THAT(info.error, Catch::Contains("the file " + trust.file() +
                                               " is owned by uid 65534, neither root nor you"));
        CHECK_THAT(info.error, Catch::Contains("chown 0 " + trust.file()));
    }
    SECTION("the folder") {
        REQUIRE(::chown(trust.folder().c_str(), 65534, 65534) == 0);
        CHECK(load_and_log(trust.file(), info) == "");
        CHECK_THAT(info.error,
                   Catch::Contains("its folder " + trust.folder() + " is owned by uid 65534"));
    }
    SECTION("the target of a symbolic link from a safe folder") {
        TrustFolder safe;
        fs::remove(safe.file());
        fs::create_symlink(trust.file(), safe.file());
        REQUIRE(::chown(trust.folder().c_str(), 65534, 65534) == 0);
        CHECK(load_and_log(safe.file(), info) == "");
        CHECK_THAT(info.error, Catch::Contains("the folder of its target " + trust.folder() +
                                               " is owned by uid 65534"));
    }
}
