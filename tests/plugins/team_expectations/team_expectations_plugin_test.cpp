#include <catch2/catch.hpp>

#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"

using namespace sonda;

TEST_CASE("[team-expectations] the built module loads and registers its instrument") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info =
        host.load_file(std::string(SONDA_BINARY_DIR) + "/plugins/team-expectations.so");
    INFO(info.error);
    REQUIRE(info.loaded);
    CHECK(info.name == "team-expectations");
    CHECK(info.version == "1.0.0");
    REQUIRE(registry.instrument("team-expectations") != nullptr);
    CHECK(registry.owner_of_instrument("team-expectations") == "team-expectations");
    CHECK(
        registry.instrument("team-expectations")->description().get("it").rfind("Aspettative", 0) ==
        0);
}
