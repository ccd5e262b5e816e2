// /healthz answers without authentication so a load balancer can ask it: it
// checks that a store connection answers, and says nothing else.
#include "handlers.hpp"
#include "problem.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::server {

void get_healthz(Exchange& exchange) {
    try {
        exchange.project().store().schema_version();
    } catch (const std::exception& error) {
        throw HttpProblem(503, "the database does not answer");
    }
    Poco::JSON::Object body;
    body.set("status", "ok");
    exchange.send_json(body);
}

// Admin only: request counts by route tell who uses what, and when.
void get_metrics(Exchange& exchange) {
    exchange.require(exchange.who().manages_access(), "only an admin reads the metrics");
    exchange.send_text(exchange.server.metrics.prometheus_text(),
                       "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace sonda::server
