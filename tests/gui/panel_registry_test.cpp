#include "sonda/gui/panel_registry.hpp"

#include <catch2/catch.hpp>

namespace {
class NamedPanel : public sonda::gui::Panel {
  public:
    NamedPanel(const std::string& id, const std::string& instrument, int* destroyed = nullptr)
        : Panel(id, id, instrument), m_destroyed(destroyed) {}
    ~NamedPanel() override {
        if (m_destroyed) ++*m_destroyed;
    }

  protected:
    void draw_content(sonda::gui::PanelContext&) override {}

  private:
    int* m_destroyed;
};
}  // namespace

TEST_CASE("[gui] the registry lists panels per instrument in registration order", "[gui]") {
    sonda::gui::PanelRegistry registry;
    registry.add(std::make_unique<NamedPanel>("b", "network-dimensions"), "p1");
    registry.add(std::make_unique<NamedPanel>("a", "network-dimensions"), "p1");
    registry.add(std::make_unique<NamedPanel>("c", "team-expectations"), "p2");
    const auto network = registry.for_instrument("network-dimensions");
    REQUIRE(network.size() == 2);
    CHECK(network[0]->id() == "b");
    CHECK(network[1]->id() == "a");
    CHECK(registry.for_instrument("objectives-monitoring").empty());
    CHECK(registry.find("c")->instrument() == "team-expectations");
    CHECK(registry.find("zzz") == nullptr);
}

TEST_CASE("[gui] two panels may not share an id", "[gui]") {
    sonda::gui::PanelRegistry registry;
    registry.add(std::make_unique<NamedPanel>("map", "x"), "p1");
    CHECK_THROWS_WITH(registry.add(std::make_unique<NamedPanel>("map", "y"), "p2"),
                      Catch::Contains("'map'") && Catch::Contains("already registered"));
}

TEST_CASE("[gui] removing an owner destroys exactly its panels", "[gui]") {
    int destroyed = 0;
    sonda::gui::PanelRegistry registry;
    registry.add(std::make_unique<NamedPanel>("a", "x", &destroyed), "p1");
    registry.add(std::make_unique<NamedPanel>("b", "x", &destroyed), "p2");
    registry.remove_owner("p1");
    CHECK(destroyed == 1);
    CHECK(registry.find("a") == nullptr);
    CHECK(registry.find("b") != nullptr);
}
