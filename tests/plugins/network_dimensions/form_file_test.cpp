// The shipped form, forms/network-dimensions.json, through the real core
// loader with this plugin's item type and instrument registered.
#include <catch2/catch.hpp>
#include <string>

#include "dimension_scoring.hpp"
#include "network_dimensions_instrument.hpp"
#include "network_map.hpp"
#include "registration.hpp"
#include "shipped_study.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/response_validator.hpp"
#include "sonda/model/study.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

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
        form = load_form_file(kFormFile, registry, true, &sonda::test::shipped_demo_study());
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

TEST_CASE("network-dimensions: the response validator reports a bad network map by item and path",
          "[network-dimensions]") {
    Registry registry;
    register_plugin(registry);
    const std::vector<Form> forms{
        load_form_file(kFormFile, registry, true, &sonda::test::shipped_demo_study())};
    Study study;
    study.territories = {Territory{"pistoia", LocalizedText("Società della Salute Pistoiese")}};
    study.roles = {Role{"social_service", LocalizedText("Social service")}};
    study.waves = {Wave{"workshop-2", "2024-03-05", 2, LocalizedText("Workshop 2")}};
    const ResponseValidator validator(study, forms, registry);

    auto response_with = [](const std::string& map) {
        Response response;
        response.id = "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d";
        response.form = "network-dimensions";
        response.form_version = 1;
        response.wave = "workshop-2";
        response.territory = "pistoia";
        response.role = "social_service";
        response.respondent = "PT-017";
        response.answers = parse_json_object(
            R"({"sharing_1": 4, "sharing_2": 3, "sharing_strengths": ["Co-progettazione con il Terzo Settore"],
                "network_map": )" +
                map + "}",
            Location{});
        return response;
    };

    std::vector<Issue> issues;
    CHECK(validator.validate(
        response_with(
            R"({"centre": "social_service", "actors": [{"service": "asl", "ring": 1, "intensity": 3},
                          {"name": "Caritas", "ring": 3}]})"),
        issues));
    CHECK(issues.empty());

    issues.clear();
    CHECK_FALSE(validator.validate(
        response_with(R"({"actors": [{"service": "asl", "ring": 1}, {"name": "ASL", "ring": 6},
                                      {"service": "questura", "ring": 2}]})"),
        issues));
    std::string all;
    for (const Issue& issue : issues) all += issue.to_string() + "\n";
    INFO(all);
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].where.item == "network_map");
    CHECK(issues[0].where.path == "$.answers.network_map.actors[1].ring");
    CHECK_THAT(issues[0].reason, Catch::Contains("actor 2: ring 6 is outside 1..4"));
    CHECK(issues[1].where.path == "$.answers.network_map.actors[2].service");
    CHECK_THAT(issues[1].reason, Catch::Contains("unknown service 'questura'"));
}
