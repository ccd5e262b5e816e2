#include "objectives_monitoring/objectives_takeover.hpp"

#include <catch2/catch.hpp>

#include "form_fixture.hpp"
#include "objectives_monitoring/objective.hpp"
#include "suite_registry.hpp"

using namespace sonda;
using namespace sonda::objectives;

namespace {

// The network-dimensions layout the take-over reads: text_list items with a
// dimension and facet "objectives"; the other facets must be ignored.
const char* const kNetworkForm =
    R"({"id": "network-dimensions", "version": 1, "title": "n", "plugin": "network-dimensions", "items": [
    {"id": "integration_strengths", "type": "text_list", "label": "s", "dimension": "integration", "facet": "strengths"},
    {"id": "integration_objectives", "type": "text_list", "label": "o", "dimension": "integration", "facet": "objectives"},
    {"id": "consolidation_objectives", "type": "text_list", "label": "o", "dimension": "consolidation_development", "facet": "objectives"},
    {"id": "capacity_objectives", "type": "text_list", "label": "o", "dimension": "capacity_building", "facet": "objectives"},
    {"id": "integration_1", "type": "likert", "label": "l", "min": 1, "max": 5, "dimension": "integration"}]})";

// The improvement objectives of the Società della Salute Pistoiese, as in the report.
const char* const kPistoiese = R"({"id": "n1", "form": "network-dimensions", "form_version": 1,
    "wave": "2024-03-05", "territory": "sds_pistoiese", "role": "social_service", "respondent": "PT-team",
    "answers": {
      "integration_strengths": ["Co-design with the Third Sector"],
      "integration_objectives": ["Systems interoperability", "Establishment of the Marginality and Inclusion Group", "  "],
      "consolidation_objectives": ["Formalising relations between institutions"],
      "capacity_objectives": ["Development of collective knowledge through common training moments",
                              "Institutionalisation of moments of sharing and operational protocols",
                              "Systems interoperability"],
      "integration_1": 3}})";

}  // namespace

TEST_CASE("[objectives-monitoring] objectives are taken over from the network-dimensions answers") {
    const Form network = test::form_from_json(kNetworkForm, test::objective_types_registry());
    const Response response = test::response_from_json(kPistoiese);
    const auto objectives = objectives_from_network_dimensions(network, response);
    REQUIRE(objectives.size() == 6);
    CHECK(objectives[0].id == "integration-systems-interoperability");
    CHECK(objectives[0].title == "Systems interoperability");
    CHECK(objectives[0].dimension == "integration");
    CHECK(objectives[0].owner == "social_service");
    CHECK(objectives[0].status == "planned");
    CHECK(objectives[0].progress == 0);
    CHECK_FALSE(objectives[0].target_date);
    CHECK(objectives[1].id == "integration-establishment-of-the-marginality-and-inclusion");
    CHECK(objectives[2].id == "consolidation_development-formalising-relations-between");
    CHECK(objectives[3].dimension == "capacity_building");
    CHECK(objectives[5].id == "capacity_building-systems-interoperability");

    // The result is a valid objective_list answer, and the same texts give the same ids again.
    std::vector<Issue> issues;
    const auto answer =
        objective_answer_from_network_dimensions(network, response, "Gruppo Marginalità");
    const auto parsed = parse_objectives(answer, "objectives", {}, issues);
    CHECK(issues.empty());
    REQUIRE(parsed.size() == 6);
    CHECK(parsed[0].owner == "Gruppo Marginalità");
    for (std::size_t i = 0; i < parsed.size(); ++i) CHECK(parsed[i].id == objectives[i].id);
    for (const Objective& objective : parsed) CHECK(objective.id.size() <= 64);
}

TEST_CASE("[objectives-monitoring] taken-over ids stay unique when texts repeat") {
    const Form network = test::form_from_json(kNetworkForm, test::objective_types_registry());
    const Response response = test::response_from_json(R"({"id": "n2", "form": "network-dimensions",
        "form_version": 1, "wave": "w", "territory": "t", "role": "employment_centre", "respondent": "c",
        "answers": {"integration_objectives": ["Più formazione", "più formazione!", "???"]}})");
    const auto objectives = objectives_from_network_dimensions(network, response);
    REQUIRE(objectives.size() == 3);
    CHECK(objectives[0].id == "integration-piu-formazione");
    CHECK(objectives[1].id == "integration-piu-formazione-2");
    CHECK(objectives[2].id == "integration-objective");
    CHECK(objectives[2].title == "???");
}

TEST_CASE("[objectives-monitoring] slugs fold accents and cut at a word end") {
    CHECK(slug("Continuità nella cura, più stabilità", 64) ==
          "continuita-nella-cura-piu-stabilita");
    CHECK(slug("Formalising relations between institutions", 20) == "formalising");
    CHECK(slug("Interoperabilitàdeisistemiinformativi", 10) == "interopera");
    CHECK(slug("", 10).empty());
}
