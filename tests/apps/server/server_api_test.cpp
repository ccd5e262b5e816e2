// sonda-server's API against a real server process on an ephemeral port,
// with a real HTTP client: health, metrics, study and forms, submissions
// (201/200/409/400/413/415, NDJSON all-or-nothing), paging, corrections,
// withdrawals, reports and the headers every answer carries.
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "server_fixture.hpp"
#include "sonda/store/store.hpp"

using namespace sonda::test;

namespace {

Poco::JSON::Object::Ptr object(const std::string& text) {
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

// The path of a Link header's rel="next" target; "" when none.
std::string next_of(const HttpAnswer& answer) {
    static const std::regex link(R"re(<([^>]+)>;\s*rel="next")re");
    std::smatch found;
    const std::string header = answer.header("Link");
    return std::regex_search(header, found, link) ? found[1].str() : "";
}

// Every response of the form the token reads, page after page.
std::vector<std::string> all_ids(const ServerProcess& server, const std::string& token,
                                 const std::string& query, int page) {
    std::vector<std::string> ids;
    std::string path = "/api/v1/responses?" + query + "&limit=" + std::to_string(page);
    for (int pages = 0; !path.empty() && pages < 10000; ++pages) {
        const HttpAnswer answer = server.get(path, token);
        REQUIRE(answer.status == 200);
        for (const std::string& line : lines_of(answer.body))
            ids.push_back(object(line)->getValue<std::string>("id"));
        path = next_of(answer);
    }
    return ids;
}

void check_security_headers(const HttpAnswer& answer) {
    CHECK(answer.header("Content-Security-Policy") == "default-src 'none'; frame-ancestors 'none'");
    CHECK(answer.header("X-Content-Type-Options") == "nosniff");
    CHECK(answer.header("Referrer-Policy") == "no-referrer");
    CHECK(answer.header("Cache-Control") == "no-store");
}

const char* kJson = "application/json";
const char* kNdjson = "application/x-ndjson";

}  // namespace

TEST_CASE("[server] healthz answers without a token, with the security headers") {
    ServedDemo demo;
    const HttpAnswer health = demo.server->get("/healthz");
    CHECK(health.status == 200);
    CHECK(object(health.body)->getValue<std::string>("status") == "ok");
    check_security_headers(health);
    CHECK(health.header("Server").empty());

    const HttpAnswer unknown = demo.server->get("/api/v1/nothing-here", demo.admin);
    CHECK(unknown.status == 404);
    CHECK(unknown.header("Content-Type") == "application/problem+json");
    check_security_headers(unknown);
    CHECK(object(unknown.body)->getValue<int>("status") == 404);

    const HttpAnswer wrong_method = demo.server->post("/api/v1/study", "{}", kJson, demo.admin);
    CHECK(wrong_method.status == 405);
    CHECK(wrong_method.header("Allow") == "GET");
}

TEST_CASE("[server] study, forms and one form as stored") {
    ServedDemo demo;
    const HttpAnswer study = demo.server->get("/api/v1/study", demo.admin);
    REQUIRE(study.status == 200);
    CHECK(study.header("Content-Type") == "application/json");
    CHECK(object(study.body)->getValue<std::string>("id") == "reticulate-tuscany");
    check_security_headers(study);

    const HttpAnswer forms = demo.server->get("/api/v1/forms", demo.admin);
    REQUIRE(forms.status == 200);
    CHECK(forms.body.find("\"network-dimensions\"") != std::string::npos);

    const HttpAnswer form = demo.server->get("/api/v1/forms/network-dimensions", demo.admin);
    REQUIRE(form.status == 200);
    CHECK(object(form.body)->getValue<std::string>("id") == "network-dimensions");
    CHECK(object(form.body)->getArray("items")->size() > 5);

    CHECK(demo.server->get("/api/v1/forms/no-such-form", demo.admin).status == 404);
    CHECK(demo.server->get("/api/v1/forms/network-dimensions?version=99", demo.admin).status ==
          404);
    CHECK(demo.server->get("/api/v1/forms/network-dimensions?version=x", demo.admin).status == 400);
}

TEST_CASE("[server] a submission is 201 stored, 200 the same again, 409 changed") {
    ServedDemo demo;
    const std::string id = test_id(1);
    const std::string body = network_response(id, "workshop-2", "livorno", "SV0001");
    const HttpAnswer stored = demo.server->post("/api/v1/responses", body, kJson, demo.admin);
    INFO(stored.body);
    REQUIRE(stored.status == 201);
    CHECK(stored.reason == "Created");
    CHECK(object(stored.body)->getValue<int>("stored") == 1);
    check_security_headers(stored);

    // A resend (say, after a lost answer) is safe.
    const HttpAnswer again = demo.server->post("/api/v1/responses", body, kJson, demo.admin);
    CHECK(again.status == 200);
    CHECK(object(again.body)->getValue<int>("unchanged") == 1);

    const HttpAnswer changed = demo.server->post(
        "/api/v1/responses", network_response(id, "workshop-2", "livorno", "SV0001", 2), kJson,
        demo.admin);
    CHECK(changed.status == 409);
    CHECK(changed.reason == "Conflict");
    CHECK(changed.header("Content-Type") == "application/problem+json");
    CHECK(changed.body.find(id) != std::string::npos);
    CHECK(changed.body.find(demo.db) == std::string::npos);  // no internals

    // Visible to a reader, exactly as sent.
    const HttpAnswer listed = demo.server->get(
        "/api/v1/responses?form=network-dimensions&territory=livorno&wave=workshop-2&limit=1000",
        demo.admin);
    REQUIRE(listed.status == 200);
    CHECK(listed.body.find(id) != std::string::npos);
}

TEST_CASE("[server] concurrent submissions share commits, each answered on its own") {
    ServedDemo demo;
    // Stored first, so that a later submission of these ids with other
    // content is a conflict inside whatever group it lands in.
    for (int n = 0; n < 4; ++n)
        REQUIRE(demo.server
                    ->post("/api/v1/responses",
                           network_response(test_id(900 + n), "workshop-2", "livorno",
                                            "SG" + std::to_string(900 + n)),
                           kJson, demo.admin)
                    .status == 201);
    constexpr int kSubmitters = 16, kRounds = 5;
    std::vector<std::vector<int>> statuses(kSubmitters);
    std::vector<std::thread> submitters;
    for (int t = 0; t < kSubmitters; ++t)
        submitters.emplace_back([&, t] {
            for (int round = 0; round < kRounds; ++round) {
                // Every fourth submitter resends a stored id with changed content.
                const bool conflict = t % 4 == 0;
                const int n = conflict ? 900 + t / 4 : 1000 + t * kRounds + round;
                const std::string body =
                    network_response(test_id(n), "workshop-2", "livorno", "SG" + std::to_string(n),
                                     conflict ? 1 : 4);
                statuses[t].push_back(
                    demo.server->post("/api/v1/responses", body, kJson, demo.admin).status);
            }
        });
    for (std::thread& one : submitters) one.join();
    for (int t = 0; t < kSubmitters; ++t)
        for (int status : statuses[t]) CHECK(status == (t % 4 == 0 ? 409 : 201));

    // The transactions held every submission that reached the writer (4
    // before, 80 now), however they were grouped; 4 + 12 x 5 were stored.
    const std::string metrics = demo.server->get("/metrics", demo.admin).body;
    INFO(metrics);
    CHECK(metrics.find("sonda_responses_submitted_total{outcome=\"stored\"} 64\n") !=
          std::string::npos);
    CHECK(metrics.find("sonda_commit_group_submissions_total 84\n") != std::string::npos);
}

TEST_CASE(
    "[server] a submission that waited too long for another writer is 503, then safe to resend") {
    ServedDemo demo({"--wait", "1"});
    const std::string body = network_response(test_id(950), "workshop-2", "livorno", "SW0950");
    {
        // Another writer (an import, say) holds the write lock meanwhile.
        auto other = sonda::Store::open(demo.db, sonda::Store::Access::Existing);
        auto import = other->begin_write();
        const HttpAnswer busy = demo.server->post("/api/v1/responses", body, kJson, demo.admin);
        INFO(busy.body);
        CHECK(busy.status == 503);
        CHECK(busy.header("Retry-After") == "5");
        CHECK(busy.header("Content-Type") == "application/problem+json");
        CHECK(busy.body.find("send it again") != std::string::npos);
        CHECK(busy.body.find(demo.db) == std::string::npos);
    }
    CHECK(demo.server->post("/api/v1/responses", body, kJson, demo.admin).status == 201);
}

TEST_CASE("[server] an invalid submission is 400 with every issue and stores nothing") {
    ServedDemo demo;
    const HttpAnswer invalid = demo.server->post(
        "/api/v1/responses", network_response(test_id(2), "workshop-2", "livorno", "SV0002", 9),
        kJson, demo.admin);
    INFO(invalid.body);
    REQUIRE(invalid.status == 400);
    CHECK(invalid.header("Content-Type") == "application/problem+json");
    const auto problem = object(invalid.body);
    CHECK(problem->getValue<int>("status") == 400);
    const auto issues = problem->getArray("issues");
    REQUIRE(issues->size() >= 1);
    bool names_item = false;
    for (std::size_t i = 0; i < issues->size(); ++i)
        names_item |= issues->getObject(static_cast<unsigned>(i))->getValue<std::string>("item") ==
                      "sharing_1";
    CHECK(names_item);

    const HttpAnswer broken =
        demo.server->post("/api/v1/responses", "{\"id\": ", kJson, demo.admin);
    CHECK(broken.status == 400);
    std::string deep;
    for (int i = 0; i < 200; ++i) deep += "[";
    CHECK(demo.server->post("/api/v1/responses", deep, kJson, demo.admin).status == 400);
    CHECK(demo.server->post("/api/v1/responses", "", kJson, demo.admin).status == 400);
}

TEST_CASE("[server] content types other than JSON and NDJSON are 415") {
    ServedDemo demo;
    const std::string body = network_response(test_id(3), "workshop-2", "livorno", "SV0003");
    CHECK(demo.server->post("/api/v1/responses", body, "text/plain", demo.admin).status == 415);
    CHECK(demo.server->post("/api/v1/responses", body, "", demo.admin).status == 415);
    const HttpAnswer charset =
        demo.server->post("/api/v1/responses", body, "application/json; charset=utf-8", demo.admin);
    CHECK(charset.status == 201);
}

TEST_CASE("[server] a body over the limit is 413, with a length or chunked") {
    ServedDemo demo({"--max-body", "2000"});
    std::string big = network_response(test_id(4), "workshop-2", "livorno", "SV0004");
    big.insert(big.size() - 2, ",\"padding\":\"" + std::string(3000, 'x') + "\"");
    const HttpAnswer by_length = demo.server->post("/api/v1/responses", big, kJson, demo.admin);
    CHECK(by_length.status == 413);
    CHECK(by_length.header("Content-Type") == "application/problem+json");

    HttpRequest chunked;
    chunked.method = "POST";
    chunked.path = "/api/v1/responses";
    chunked.body = big;
    chunked.content_type = kJson;
    chunked.token = demo.admin;
    chunked.chunked = true;
    CHECK(demo.server->send(chunked).status == 413);
    // Nothing of it was stored, and the server still answers.
    CHECK(demo.server->get("/healthz").status == 200);
    const HttpAnswer small = demo.server->post(
        "/api/v1/responses", network_response(test_id(4), "workshop-2", "livorno", "SV0004"), kJson,
        demo.admin);
    CHECK(small.status == 201);
}

TEST_CASE("[server] NDJSON is all or nothing, issues on their lines") {
    ServedDemo demo;
    const std::string good_1 = network_response(test_id(11), "workshop-2", "livorno", "SV0011");
    const std::string bad = network_response(test_id(12), "workshop-2", "livorno", "SV0012", 9);
    const std::string good_2 = network_response(test_id(13), "workshop-2", "livorno", "SV0013");
    const HttpAnswer refused = demo.server->post(
        "/api/v1/responses", good_1 + "\n" + bad + "\n\n" + good_2 + "\n", kNdjson, demo.admin);
    INFO(refused.body);
    REQUIRE(refused.status == 400);
    const auto issues = object(refused.body)->getArray("issues");
    REQUIRE(issues->size() >= 1);
    CHECK(issues->getObject(0)->getValue<int>("line") == 2);
    // Nothing stored: the two good lines are new when sent alone.
    const HttpAnswer stored =
        demo.server->post("/api/v1/responses", good_1 + "\n" + good_2 + "\n", kNdjson, demo.admin);
    CHECK(stored.status == 201);
    CHECK(object(stored.body)->getValue<int>("stored") == 2);
}

TEST_CASE("[server] responses page by cursor: every one once, in the store's order") {
    ServedDemo demo;
    const std::string query = "form=network-dimensions";
    const std::vector<std::string> whole = all_ids(*demo.server, demo.admin, query, 1000);
    REQUIRE(whole.size() > 20);
    CHECK(std::set<std::string>(whole.begin(), whole.end()).size() == whole.size());
    for (const int page : {7, 50}) CHECK(all_ids(*demo.server, demo.admin, query, page) == whole);

    const HttpAnswer one = demo.server->get("/api/v1/responses?" + query + "&limit=7", demo.admin);
    CHECK(one.header("Content-Type") == "application/x-ndjson");
    CHECK(lines_of(one.body).size() == 7);
    CHECK(!next_of(one).empty());
    check_security_headers(one);

    CHECK(demo.server->get("/api/v1/responses", demo.admin).status == 400);  // no form
    CHECK(demo.server->get("/api/v1/responses?" + query + "&after=garbage", demo.admin).status ==
          400);
    CHECK(demo.server->get("/api/v1/responses?" + query + "&limit=0", demo.admin).status == 400);
    CHECK(demo.server->get("/api/v1/responses?form=nope", demo.admin).status == 400);
    CHECK(demo.server->get("/api/v1/responses?" + query + "&colour=red", demo.admin).status == 400);
}

TEST_CASE("[server] a correction and a withdrawal keep a reason, an unknown id is 404") {
    ServedDemo demo;
    const std::string id = test_id(21);
    REQUIRE(demo.server
                ->post("/api/v1/responses", network_response(id, "workshop-2", "livorno", "SV0021"),
                       kJson, demo.admin)
                .status == 201);
    const std::string corrected = network_response(id, "workshop-2", "livorno", "SV0021", 1);
    const std::string path = "/api/v1/responses/" + id;
    CHECK(demo.server
              ->post(path + "/correction", "{\"response\":" + corrected + "}", kJson,
                     demo.admin)
              .status == 400);  // no reason
    const HttpAnswer correction =
        demo.server->post(path + "/correction",
                          "{\"reason\":\"typed 4 for 1 on paper\",\"response\":" + corrected + "}",
                          kJson, demo.admin);
    INFO(correction.body);
    CHECK(correction.status == 200);
    const HttpAnswer listed = demo.server->get(
        "/api/v1/responses?form=network-dimensions&territory=livorno&wave=workshop-2&limit=1000",
        demo.admin);
    CHECK(listed.body.find("\"sharing_1\":1") != std::string::npos);

    const HttpAnswer withdrawal = demo.server->post(
        path + "/withdrawal", "{\"reason\":\"answered twice\"}", kJson, demo.admin);
    CHECK(withdrawal.status == 200);
    const HttpAnswer after = demo.server->get(
        "/api/v1/responses?form=network-dimensions&territory=livorno&wave=workshop-2&limit=1000",
        demo.admin);
    CHECK(after.body.find(id) == std::string::npos);

    const HttpAnswer unknown = demo.server->post("/api/v1/responses/" + test_id(99) + "/withdrawal",
                                                 "{\"reason\":\"x\"}", kJson, demo.admin);
    CHECK(unknown.status == 404);
}

TEST_CASE("[server] the report is the CLI's, from the protected table") {
    ServedDemo demo;
    const std::string cli =
        run_cli({"report", "--db", demo.db, "--form", "network-dimensions", "--from", "workshop-1",
                 "--to", "workshop-2", "--by", "role", "--format", "json"});
    const HttpAnswer served = demo.server->get(
        "/api/v1/reports/network-dimensions?from=workshop-1&to=workshop-2&by=role", demo.admin);
    REQUIRE(served.status == 200);
    CHECK(served.header("Content-Type") == "application/json");
    // The same report, whatever the white space.
    std::ostringstream a, b;
    object(cli)->stringify(a);
    object(served.body)->stringify(b);
    CHECK(a.str() == b.str());
    // The demo has small groups: they are withheld, never shown.
    CHECK(b.str().find("\"withheld\":\"") != std::string::npos);

    const HttpAnswer html = demo.server->get(
        "/api/v1/reports/network-dimensions?from=workshop-1&to=workshop-2&format=html", demo.admin);
    REQUIRE(html.status == 200);
    CHECK(html.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(html.header("Content-Security-Policy").find("script") == std::string::npos);
    CHECK(html.header("Content-Security-Policy").find("frame-ancestors 'none'") !=
          std::string::npos);
    CHECK(html.body.find("<script") == std::string::npos);

    CHECK(demo.server->get("/api/v1/reports/network-dimensions?by=everyone", demo.admin).status ==
          400);
    CHECK(demo.server->get("/api/v1/reports/network-dimensions?no_suppression=1", demo.admin)
              .status == 400);
    CHECK(demo.server->get("/api/v1/reports/nope", demo.admin).status == 400);
}

TEST_CASE("[server] metrics count requests by route and status, and submissions") {
    ServedDemo demo;
    demo.server->get("/api/v1/study", demo.admin);
    demo.server->post("/api/v1/responses",
                      network_response(test_id(31), "workshop-2", "livorno", "SV0031"), kJson,
                      demo.admin);
    demo.server->post("/api/v1/responses",
                      network_response(test_id(32), "workshop-2", "livorno", "SV0032", 9), kJson,
                      demo.admin);
    const HttpAnswer metrics = demo.server->get("/metrics", demo.admin);
    REQUIRE(metrics.status == 200);
    CHECK(metrics.header("Content-Type").rfind("text/plain; version=0.0.4", 0) == 0);
    const std::string& text = metrics.body;
    INFO(text);
    CHECK(text.find("sonda_http_requests_total{route=\"/api/v1/study\",status=\"200\"} 1\n") !=
          std::string::npos);
    CHECK(text.find("sonda_http_requests_total{route=\"/api/v1/responses\",status=\"400\"} 1\n") !=
          std::string::npos);
    CHECK(text.find("sonda_responses_submitted_total{outcome=\"stored\"} 1\n") !=
          std::string::npos);
    CHECK(text.find("sonda_submissions_rejected_total{reason=\"invalid\"} 1\n") !=
          std::string::npos);
    CHECK(text.find("sonda_http_request_duration_seconds_bucket{route=\"/api/v1/study\",le=\"+"
                    "Inf\"} 1\n") != std::string::npos);
    // Every line a comment or `name{labels} value`.
    static const std::regex sample(R"(^(#.*|[a-z_]+(\{[^}]*\})? [0-9.e+-]+)$)");
    for (const std::string& line : lines_of(text)) CHECK(std::regex_match(line, sample));
}

TEST_CASE("[server] SIGTERM lets the request in flight finish, then exits 0") {
    ServedDemo demo;
    // A submission whose body is half sent when the signal comes.
    Poco::Net::HTTPClientSession session("127.0.0.1", demo.server->port());
    Poco::Net::HTTPRequest request("POST", "/api/v1/responses", Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + demo.admin);
    request.setContentType(kJson);
    const std::string body = network_response(test_id(41), "workshop-2", "livorno", "SV0041");
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    std::ostream& out = session.sendRequest(request);
    out << body.substr(0, 40) << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the server is reading it
    demo.server->signal(SIGTERM);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    out << body.substr(40) << std::flush;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::string answer;
    Poco::StreamCopier::copyToString(in, answer);
    CHECK(response.getStatus() == 201);
    CHECK(demo.server->wait() == 0);
    CHECK(demo.server->error_output().find("stopping (SIGTERM)") != std::string::npos);

    // It was stored: a new server on the same database says it is there.
    ServerProcess again(demo.db);
    CHECK(again.post("/api/v1/responses", body, kJson, demo.admin).status == 200);
}
