#include "authentication.hpp"

#include <Poco/String.h>

#include "problem.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::server {

namespace {

HttpProblem unauthorized(const std::string& detail, const std::string& challenge) {
    return HttpProblem(401, detail).with_header("WWW-Authenticate", challenge);
}

}  // namespace

Principal authenticate(Exchange& exchange) {
    if (const int wait = exchange.server.throttle.retry_after(exchange.client); wait > 0)
        throw HttpProblem(429,
                          "too many failed authentications from this address; try again "
                          "in " +
                              std::to_string(wait) + " s")
            .with_header("Retry-After", std::to_string(wait));
    const std::string header = exchange.request.get("Authorization", "");
    const std::string scheme = "bearer ";
    if (header.size() <= scheme.size() ||
        Poco::icompare(header.substr(0, scheme.size()), scheme) != 0)
        throw unauthorized("this resource needs an Authorization: Bearer <token> header", "Bearer");
    const std::string token = Poco::trim(header.substr(scheme.size()));
    Store& store = exchange.project().store();
    try {
        return AccessControl(store).authenticate(token);
    } catch (const AccessDenied& denied) {
        record_failed_authentication(exchange, "bearer token refused");
        throw unauthorized(denied.what(), "Bearer error=\"invalid_token\"");
    }
}

void record_failed_authentication(Exchange& exchange, const std::string& detail) {
    exchange.server.throttle.record_failure(exchange.client);
    AuditEvent event;
    event.action = "auth.failed";
    event.detail = detail;
    event.source = exchange.client;
    exchange.project().store().access().append_audit(event);
}

}  // namespace sonda::server
