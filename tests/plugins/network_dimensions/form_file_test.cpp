// The shipped form, forms/network-dimensions.json, through the real core
// loader with this plugin's item type and instrument registered.
#include <catch2/catch.hpp>
#include <string>

#include "dimension_scoring.hpp"
#include "network_dimensions_instrument.hpp"
#include "network_map.hpp"
#include "registration.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/plugin/registry.hpp"

using namespace sonda;
using namespace sonda::network_dimensions;

namespace {

const std::string kFormFile = std::string(SONDA_SOURCE_DIR) + "/forms/network-dimensions.json";

void register_plugin(Registry& registry) {
    PluginContext context(registry, "network-dimensions");
    register_item_types(context);
    register_instruments(context);
}

}  // namespace

TEST_CASE("network-dimensions: the shipped form loads with the core loader",
          "[network-dimensions]") {
    Registry registry;
    register_plugin(registry);
    Form form;
    try {
        form = load_form_file(kFormFile, registry);
    } catch (const InvalidInput& error) {
        FAIL(error.what());
    }
    CHECK(form.id == "network-dimensions");
    CHECK(form.plugin == "network-dimensions");
    const DimensionLayout layout = dimension_layout(form);
    for (const DimensionItems& dimension : layout.dimensions) {
        INFO(dimension.id);
        CHECK(dimension.likert.size() == 3);
        CHECK(dimension.texts.size() == 3);
    }
    REQUIRE(layout.bands.size() == 3);
    CHECK(layout.bands.front().from == 1);
    CHECK(layout.bands.back().to == 5);
    const Item* map = network_map_item(form);
    REQUIRE(map);
    const NetworkMapSpec spec = network_map_spec(*map);
    CHECK(spec.rings == 4);
    CHECK(spec.service("addiction_service"));
    CHECK(spec.service("third_sector"));
    for (const Item& item : form.items) {
        INFO(item.id);
        CHECK_FALSE(item.label.get("it").empty());
        CHECK(item.label.get("it") != item.label.get("en"));
    }
}

TEST_CASE("network-dimensions: the core loader refuses a form with an unknown dimension",
          "[network-dimensions]") {
    Registry registry;
    register_plugin(registry);
    const std::string json = R"({"id": "nd-bad", "version": 1, "plugin": "network-dimensions",
        "title": "bad", "items": [
        {"id": "s1", "type": "likert", "label": "x", "min": 1, "max": 5, "dimension": "sharing"},
        {"id": "s2", "type": "likert", "label": "y", "min": 1, "max": 5, "dimension": "trust"}]})";
    try {
        load_form_json(json, "nd-bad.json", registry);
        FAIL("expected InvalidInput");
    } catch (const InvalidInput& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues()[0].where.file == "nd-bad.json");
        CHECK(error.issues()[0].where.path == "$.items[1].dimension");
        CHECK_THAT(error.issues()[0].reason, Catch::Contains("'trust'"));
    }
}

TEST_CASE("network-dimensions: the core loader refuses a network map with too many rings",
          "[network-dimensions]") {
    Registry registry;
    register_plugin(registry);
    const std::string json = R"({"id": "nd-bad", "version": 1, "plugin": "network-dimensions",
        "title": "bad", "items": [
        {"id": "map", "type": "network_map", "label": "Mappa", "rings": 9}]})";
    try {
        load_form_json(json, "nd-bad.json", registry);
        FAIL("expected InvalidInput");
    } catch (const InvalidInput& error) {
        REQUIRE(error.issues().size() == 1);
        CHECK(error.issues()[0].where.file == "nd-bad.json");
        CHECK(error.issues()[0].where.path == "$.items[0].rings");
    }
}
