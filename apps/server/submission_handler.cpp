// POST /api/v1/responses: 201 when something was stored, 200 when every
// response was there already with the same content (a safe resend), 409 for
// an id stored with other content, 400 with every issue, 403 out of scope,
// 413 too large, 415 another content type.
#include "handlers.hpp"
#include "problem.hpp"
#include "request_body.hpp"
#include "sonda/access/access_control.hpp"
#include "submission.hpp"

namespace sonda::server {

void post_responses(Exchange& exchange) {
    require_media_type(exchange.request, {"application/json", "application/x-ndjson"});
    const Principal& principal = exchange.who();
    SubmissionRequest request;
    request.ndjson = media_type(exchange.request) == "application/x-ndjson";
    request.body = read_body(exchange.request, exchange.server.options.max_body);
    request.admit = [&](const Response& response) { authorize_submission(principal, response); };
    request.audit.who = principal.name;
    request.audit.source = exchange.client;
    Metrics& metrics = exchange.server.metrics;
    SubmissionResult result;
    try {
        result = submit_responses(exchange.project(), exchange.server.commits, request);
    } catch (const InvalidInput&) {
        metrics.record_rejection("invalid");
        throw;
    } catch (const ConflictError&) {
        metrics.record_rejection("conflict");
        throw;
    } catch (const AccessDenied&) {
        metrics.record_rejection("scope");
        throw;
    }
    metrics.record_responses(result.stored, result.unchanged);
    Poco::JSON::Object body;
    body.set("stored", result.stored);
    body.set("unchanged", result.unchanged);
    Poco::JSON::Array ids;
    for (const std::string& id : result.ids) ids.add(id);
    body.set("ids", ids);
    exchange.send_json(body, result.stored > 0 ? 201 : 200);
}

}  // namespace sonda::server
