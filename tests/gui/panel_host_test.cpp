#include "sonda/gui/panel_host.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "sonda/gui/panel_api.hpp"
#include "sonda/gui/panel_registry.hpp"

TEST_CASE("[gui] a panel module built for another API is refused, the others load", "[gui]") {
    sonda::gui::PanelRegistry registry;
    sonda::gui::PanelHost host(registry);
    host.load_directory(SONDA_TEST_PANELS_DIR);
    REQUIRE(host.modules().size() == 2);
    const sonda::PluginInfo* good = nullptr;
    const sonda::PluginInfo* wrong = nullptr;
    for (const auto& module : host.modules())
        (module.file.find("wrong_api") != std::string::npos ? wrong : good) = &module;
    REQUIRE(good);
    REQUIRE(wrong);
    CHECK(good->loaded);
    CHECK(good->name == "test-good");
    CHECK_FALSE(wrong->loaded);
    CHECK(wrong->api_version == 999);
    CHECK_THAT(wrong->error,
               Catch::Contains("test_panels_wrong_api.so") && Catch::Contains("999") &&
                   Catch::Contains("expects version " + std::to_string(SONDA_PANELS_API_VERSION)));
    CHECK(registry.find("test-hello") != nullptr);
}

TEST_CASE("[gui] a missing panels folder is not an error", "[gui]") {
    sonda::gui::PanelRegistry registry;
    sonda::gui::PanelHost host(registry);
    host.load_directory("/nonexistent/panels");
    CHECK(host.modules().empty());
}
