// Who may do what on sonda-server: roles x territories x endpoints. Nothing
// is read or written outside a principal's scope, and an id of another
// territory answers exactly as an unknown one. Revocation is immediate,
// expiry holds, failed authentications are throttled per address and
// audited without the token.
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <set>
#include <sstream>
#include <thread>

#include "server_fixture.hpp"

using namespace sonda::test;

namespace {

const char* kJson = "application/json";
const std::string kForm = "/api/v1/responses?form=network-dimensions&limit=1000";

std::set<std::string> territories_read(const ServerProcess& server, const std::string& token,
                                       const std::string& query = "") {
    const HttpAnswer answer = server.get(kForm + query, token);
    REQUIRE(answer.status == 200);
    std::set<std::string> seen;
    std::istringstream in(answer.body);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            seen.insert(Poco::JSON::Parser()
                            .parse(line)
                            .extract<Poco::JSON::Object::Ptr>()
                            ->getValue<std::string>("territory"));
    return seen;
}

// The problem's body without what may differ between two requests.
std::string detail_of(const HttpAnswer& answer) {
    return Poco::JSON::Parser()
        .parse(answer.body)
        .extract<Poco::JSON::Object::Ptr>()
        ->getValue<std::string>("detail");
}

std::string utc_in(int seconds) {
    const std::time_t at = std::time(nullptr) + seconds;
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&at));
    return text;
}

}  // namespace

TEST_CASE("[server] without a valid token: 401 with WWW-Authenticate, audited") {
    ServedDemo demo;
    const HttpAnswer none = demo.server->get("/api/v1/study");
    CHECK(none.status == 401);
    CHECK(none.header("WWW-Authenticate").rfind("Bearer", 0) == 0);
    CHECK(none.header("Content-Type") == "application/problem+json");
    const std::string forged = "sonda_0000000000000000_notasecret";
    const HttpAnswer wrong = demo.server->get("/api/v1/study", forged);
    CHECK(wrong.status == 401);
    CHECK(wrong.header("WWW-Authenticate").rfind("Bearer", 0) == 0);
    CHECK(demo.server->get("/metrics").status == 401);

    const HttpAnswer audit = demo.server->get("/api/v1/audit", demo.admin);
    REQUIRE(audit.status == 200);
    CHECK(audit.body.find("\"auth.failed\"") != std::string::npos);
    CHECK(audit.body.find("\"127.0.0.1\"") != std::string::npos);
    CHECK(audit.body.find(forged) == std::string::npos);
    // Neither token is ever in the log.
    const std::string log = demo.server->error_output();
    CHECK(log.find(forged) == std::string::npos);
    CHECK(log.find(demo.admin) == std::string::npos);
}

TEST_CASE("[server] a coordinator reads and changes its territories only") {
    ServedDemo demo;
    const std::string coordinator =
        demo.add_user("anna", "coordinator", {"--territory", "sds_pistoiese"});
    CHECK(territories_read(*demo.server, coordinator) == std::set<std::string>{"sds_pistoiese"});
    CHECK(territories_read(*demo.server, demo.admin).size() == 4);
    // Naming another territory is refused, not silently emptied.
    CHECK(demo.server->get(kForm + "&territory=livorno", coordinator).status == 403);
    CHECK(territories_read(*demo.server, coordinator, "&territory=sds_pistoiese") ==
          std::set<std::string>{"sds_pistoiese"});

    // Submitting to another territory: 403, nothing stored.
    const std::string outside = network_response(test_id(51), "workshop-2", "livorno", "SV0051");
    CHECK(demo.server->post("/api/v1/responses", outside, kJson, coordinator).status == 403);
    CHECK(demo.server->post("/api/v1/responses", outside, kJson, demo.admin).status == 201);
    const std::string inside =
        network_response(test_id(52), "workshop-2", "sds_pistoiese", "SV0052");
    CHECK(demo.server->post("/api/v1/responses", inside, kJson, coordinator).status == 201);

    // Another territory's response answers like an unknown id.
    const HttpAnswer foreign = demo.server->post("/api/v1/responses/" + test_id(51) + "/withdrawal",
                                                 "{\"reason\":\"x\"}", kJson, coordinator);
    const HttpAnswer unknown = demo.server->post("/api/v1/responses/" + test_id(59) + "/withdrawal",
                                                 "{\"reason\":\"x\"}", kJson, coordinator);
    CHECK(foreign.status == 404);
    CHECK(unknown.status == 404);
    CHECK(detail_of(foreign) ==
          std::string(detail_of(unknown))
              .replace(detail_of(unknown).find(test_id(59)), test_id(59).size(), test_id(51)));
    // ... and it is still there.
    CHECK(demo.server->get(kForm + "&territory=livorno", demo.admin).body.find(test_id(51)) !=
          std::string::npos);
    // Its own territory's response it may withdraw.
    CHECK(demo.server
              ->post("/api/v1/responses/" + test_id(52) + "/withdrawal", "{\"reason\":\"a test\"}",
                     kJson, coordinator)
              .status == 200);

    // The protected report of the whole community, but not the audit log.
    CHECK(demo.server->get("/api/v1/reports/network-dimensions", coordinator).status == 200);
    CHECK(demo.server->get("/api/v1/audit", coordinator).status == 403);
}

TEST_CASE("[server] a collector submits to its scope and reads nothing") {
    ServedDemo demo;
    const std::string collector = demo.add_user(
        "tablet1", "collector",
        {"--territory", "livorno", "--form", "network-dimensions", "--wave", "workshop-2"});
    CHECK(demo.server
              ->post("/api/v1/responses",
                     network_response(test_id(61), "workshop-2", "livorno", "SV0061"), kJson,
                     collector)
              .status == 201);
    for (const auto& [wave, territory] : std::vector<std::pair<std::string, std::string>>{
             {"workshop-1", "livorno"}, {"workshop-2", "sds_pistoiese"}})
        CHECK(demo.server
                  ->post("/api/v1/responses",
                         network_response(test_id(62), wave, territory, "SV0062"), kJson, collector)
                  .status == 403);
    CHECK(demo.server->get(kForm, collector).status == 403);
    CHECK(demo.server->get("/api/v1/reports/network-dimensions", collector).status == 403);
    CHECK(demo.server->get("/api/v1/audit", collector).status == 403);
    CHECK(demo.server->get("/metrics", collector).status == 403);
    // Not even its own submission's id can be changed or probed.
    CHECK(demo.server
              ->post("/api/v1/responses/" + test_id(61) + "/withdrawal", "{\"reason\":\"x\"}",
                     kJson, collector)
              .status == 404);
    // What it sent is stored, what it was refused is not.
    const std::string all = demo.server->get(kForm, demo.admin).body;
    CHECK(all.find(test_id(61)) != std::string::npos);
    CHECK(all.find(test_id(62)) == std::string::npos);
}

TEST_CASE("[server] an evaluator reads every territory but not the audit log") {
    ServedDemo demo;
    const std::string evaluator = demo.add_user("eva", "evaluator");
    CHECK(territories_read(*demo.server, evaluator).size() == 4);
    CHECK(demo.server->get("/api/v1/audit", evaluator).status == 403);
    // Its raw reads are audited.
    const HttpAnswer audit = demo.server->get("/api/v1/audit", demo.admin);
    CHECK(audit.body.find("\"responses.read\"") != std::string::npos);
    CHECK(audit.body.find("\"eva\"") != std::string::npos);
}

TEST_CASE("[server] revocation is immediate, expiry holds") {
    ServedDemo demo;
    const std::string evaluator = demo.add_user("eva", "evaluator");
    CHECK(demo.server->get("/api/v1/study", evaluator).status == 200);
    run_cli({"users", "revoke", "--db", demo.db, "eva"});
    CHECK(demo.server->get("/api/v1/study", evaluator).status == 401);

    const std::string brief = demo.add_user("brief", "evaluator", {"--expires", utc_in(2)});
    CHECK(demo.server->get("/api/v1/study", brief).status == 200);
    std::this_thread::sleep_for(std::chrono::seconds(3));
    CHECK(demo.server->get("/api/v1/study", brief).status == 401);
}

TEST_CASE("[server] failed authentications are throttled per address: 429 with Retry-After") {
    ServedDemo demo({"--auth-failures", "3"});
    for (int i = 0; i < 3; ++i)
        CHECK(demo.server->get("/api/v1/study", "sonda_0000000000000000_wrong").status == 401);
    const HttpAnswer throttled = demo.server->get("/api/v1/study", "sonda_0000000000000000_wrong");
    CHECK(throttled.status == 429);
    const int wait = std::stoi(throttled.header("Retry-After"));
    CHECK(wait > 0);
    CHECK(wait <= 60);
    // Even a good token waits: the address is throttled, not the token.
    CHECK(demo.server->get("/api/v1/study", demo.admin).status == 429);
    CHECK(demo.server->get("/healthz").status == 200);
}

namespace {

HttpAnswer forwarded_get(ServerProcess& server, const std::string& forwarded_for,
                         const std::string& token) {
    HttpRequest request;
    request.path = "/api/v1/study";
    request.token = token;
    request.headers["X-Forwarded-For"] = forwarded_for;
    return server.send(request);
}

}  // namespace

TEST_CASE("[server] behind a trusted proxy, each forwarded client is throttled on its own") {
    ServedDemo demo({"--auth-failures", "3", "--trusted-proxy", "127.0.0.1"});
    const std::string wrong = "sonda_0000000000000000_wrong";
    for (int i = 0; i < 3; ++i)
        CHECK(forwarded_get(*demo.server, "203.0.113.7", wrong).status == 401);
    CHECK(forwarded_get(*demo.server, "203.0.113.7", demo.admin).status == 429);
    // Another phone behind the same proxy is not locked out; a client that
    // puts a false address before the proxy's own entry gains nothing.
    CHECK(forwarded_get(*demo.server, "203.0.113.8", demo.admin).status == 200);
    CHECK(forwarded_get(*demo.server, "198.51.100.1, 203.0.113.7", demo.admin).status == 429);
    // The audit log names the forwarded client.
    const std::string audit = demo.server->get("/api/v1/audit", demo.admin).body;
    CHECK(audit.find("203.0.113.7") != std::string::npos);
}

TEST_CASE("[server] without --trusted-proxy, X-Forwarded-For is ignored") {
    ServedDemo demo({"--auth-failures", "3"});
    const std::string wrong = "sonda_0000000000000000_wrong";
    for (int i = 0; i < 3; ++i)
        CHECK(forwarded_get(*demo.server, "203.0.113." + std::to_string(i), wrong).status == 401);
    CHECK(forwarded_get(*demo.server, "203.0.113.99", demo.admin).status == 429);
}

TEST_CASE("[server] a participant link's token is masked in the access log") {
    ServedDemo demo;
    demo.server->get("/f/sonda_1234_secretpart");
    const std::string log = demo.server->error_output();
    CHECK(log.find("secretpart") == std::string::npos);
    CHECK(log.find("/f/***") != std::string::npos);
}
