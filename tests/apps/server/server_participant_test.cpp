// What a participant link reads beyond its form: the previous wave's
// objectives of its own territory (docs/access.md, "Participant links"), on
// the demo, through a real server.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "server_fixture.hpp"

using namespace sonda::test;

namespace {

// The token of a new participant link (`sonda links create` prints /f/<token>).
std::string link_token(ServedDemo& demo, const std::string& form, const std::string& wave,
                       const std::string& territory) {
    const std::string printed = run_cli({"links", "create", "--db", demo.db, "--form", form,
                                         "--wave", wave, "--territory", territory});
    const std::string path = printed.substr(0, printed.find('\n'));
    REQUIRE(path.rfind("/f/", 0) == 0);
    return path.substr(3);
}

Poco::JSON::Object::Ptr participant(ServedDemo& demo, const std::string& token) {
    const HttpAnswer answer = demo.server->get("/api/v1/participant", token);
    REQUIRE(answer.status == 200);
    return Poco::JSON::Parser().parse(answer.body).extract<Poco::JSON::Object::Ptr>();
}

// The previous wave's objectives of the item "objectives": (id, title) pairs.
std::vector<std::pair<std::string, std::string>> objectives_of(const Poco::JSON::Object& body) {
    std::vector<std::pair<std::string, std::string>> out;
    Poco::JSON::Array::Ptr list =
        body.getObject("previous_objectives")->getObject("items")->getArray("objectives");
    for (std::size_t i = 0; i < list->size(); ++i) {
        Poco::JSON::Object::Ptr objective = list->getObject(static_cast<unsigned>(i));
        out.emplace_back(objective->getValue<std::string>("id"),
                         objective->getValue<std::string>("title"));
    }
    return out;
}

const std::string kFormalisation = "formalisation-and-mapping-of-roles-and-functions";
const std::string kKnowledge = "better-knowledge-of-each-service-s-area-of-inter";
const std::string kDatabases = "sharing-of-it-databases-with-privacy-authorisati";

}  // namespace

TEST_CASE("[server] a participant link reads its territory's objectives of the previous wave") {
    ServedDemo demo;
    const std::string livorno = link_token(demo, "objectives-monitoring", "follow-up", "livorno");
    const HttpAnswer raw = demo.server->get("/api/v1/participant", livorno);
    const Poco::JSON::Object::Ptr body = participant(demo, livorno);
    CHECK(body->getObject("previous_objectives")->getValue<std::string>("wave") == "workshop-2");
    CHECK(objectives_of(*body) ==
          std::vector<std::pair<std::string, std::string>>{
              {kFormalisation, "Formalisation and mapping of roles and functions"},
              {kKnowledge, "Better knowledge of each service's area of intervention"},
              {kDatabases, "Sharing of IT databases, with privacy authorisation"}});
    // Nothing of the responses but their objectives: no code, no other
    // territory's list (Pistoia's "systems-interoperability").
    CHECK(raw.body.find("LI01") == std::string::npos);
    CHECK(raw.body.find("respondent") == std::string::npos);
    CHECK(raw.body.find("systems-interoperability") == std::string::npos);
    const Poco::JSON::Object::Ptr first = body->getObject("previous_objectives")
                                              ->getObject("items")
                                              ->getArray("objectives")
                                              ->getObject(0);
    CHECK(first->getValue<std::string>("status") == "in_progress");
    CHECK(first->getValue<double>("progress") == 20);

    // Another territory reads its own list only.
    const Poco::JSON::Object::Ptr lucca =
        participant(demo, link_token(demo, "objectives-monitoring", "follow-up", "piana_di_lucca"));
    for (const auto& [id, title] : objectives_of(*lucca)) {
        CHECK(id != kFormalisation);
        CHECK(id != kKnowledge);
        CHECK(id != kDatabases);
    }
    CHECK(objectives_of(*lucca).size() == 4);

    // Another form (no objective_list item), and the first wave (no earlier
    // one), read nothing.
    CHECK_FALSE(participant(demo, link_token(demo, "network-dimensions", "follow-up", "livorno"))
                    ->has("previous_objectives"));
    CHECK_FALSE(
        participant(demo, link_token(demo, "objectives-monitoring", "workshop-1", "livorno"))
            ->has("previous_objectives"));

    // Each read is in the audit log, with what was read.
    const std::string audit = run_cli({"audit", "list", "--db", demo.db});
    CHECK(
        audit.find("objectives.read  objectives-monitoring  territory livorno, wave workshop-2: 3 "
                   "objective(s)") != std::string::npos);
}

TEST_CASE(
    "[server] previous objectives: merged by id, the latest response wins, withdrawn left out") {
    ServedDemo demo;
    // A second account of Livorno at workshop 2, written after the demo's
    // (a second later: times are kept to the second) though its id sorts
    // before it: one objective renamed, one new.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const std::string second =
        "{\"id\":\"" + test_id(1) +
        "\",\"form\":\"objectives-monitoring\",\"form_version\":1,\"wave\":\"workshop-2\","
        "\"territory\":\"livorno\",\"role\":\"social_service\",\"respondent\":\"LI02\","
        "\"answers\":{\"objectives\":[{\"id\":\"" +
        kDatabases +
        "\",\"title\":\"Shared case "
        "database\",\"dimension\":\"sharing\",\"owner\":\"social_service\","
        "\"status\":\"in_progress\",\"progress\":10},{\"id\":\"monthly-table\",\"title\":\"Monthly "
        "table\",\"dimension\":\"sharing\",\"owner\":\"social_service\",\"status\":\"planned\","
        "\"progress\":0}]}}";
    REQUIRE(demo.server->post("/api/v1/responses", second, "application/json", demo.admin).status ==
            201);
    const std::string livorno = link_token(demo, "objectives-monitoring", "follow-up", "livorno");
    CHECK(objectives_of(*participant(demo, livorno)) ==
          std::vector<std::pair<std::string, std::string>>{
              {kFormalisation, "Formalisation and mapping of roles and functions"},
              {kKnowledge, "Better knowledge of each service's area of intervention"},
              {kDatabases, "Shared case database"},
              {"monthly-table", "Monthly table"}});

    // Withdrawn, the second account no longer counts.
    const HttpAnswer withdrawn =
        demo.server->post("/api/v1/responses/" + test_id(1) + "/withdrawal",
                          "{\"reason\":\"sent twice\"}", "application/json", demo.admin);
    INFO(withdrawn.body);
    REQUIRE(withdrawn.status / 100 == 2);
    CHECK(objectives_of(*participant(demo, livorno)).size() == 3);
}
