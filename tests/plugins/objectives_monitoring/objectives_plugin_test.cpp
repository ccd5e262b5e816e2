#include <catch2/catch.hpp>

#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"

using namespace sonda;

TEST_CASE("[objectives-monitoring] the built module registers its item type and instrument") {
    Registry registry;
    PluginHost host(registry);
    const PluginInfo& info =
        host.load_file(std::string(SONDA_BINARY_DIR) + "/plugins/objectives-monitoring.so");
    INFO(info.error);
    REQUIRE(info.loaded);
    CHECK(info.name == "objectives-monitoring");
    CHECK(info.version == "1.0.0");
    REQUIRE(registry.item_type("objective_list") != nullptr);
    REQUIRE(registry.instrument("objectives-monitoring") != nullptr);
    CHECK(registry.owner_of_instrument("objectives-monitoring") == "objectives-monitoring");
}
