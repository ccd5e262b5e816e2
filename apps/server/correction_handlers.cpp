// POST /api/v1/responses/{id}/correction {"reason": "...", "response": {...}}
// and /withdrawal {"reason": "..."}: the store's history keeps the old
// content with the reason. Only a principal that reads the response's
// territory may change it; to anyone else the id answers 404 exactly as an
// unknown one, so ids of other territories cannot be probed.
#include "handlers.hpp"
#include "problem.hpp"
#include "request_body.hpp"
#include "sonda/access/access_control.hpp"
#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

namespace sonda::server {

namespace {

constexpr std::size_t kMaxReason = 2000;

struct ChangeRequest {
    std::string id;  // canonical, from the path
    std::string reason;
    Poco::JSON::Object::Ptr body;
    StoredResponse current;
};

// The body, the reason, and the response as stored, or 404.
ChangeRequest read_change(Exchange& exchange, const char* verb) {
    require_media_type(exchange.request, {"application/json"});
    const Principal& principal = exchange.who();
    ChangeRequest change;
    change.id = canonical_response_id(exchange.path.at("id"));
    const std::string text = read_body(exchange.request, exchange.server.options.max_body);
    change.body = parse_json_object(text, Location{});
    const Poco::Dynamic::Var reason = change.body->get("reason");
    if (!reason.isString() || reason.extract<std::string>().empty())
        throw InvalidInput(Location{"", 0, "$.reason", ""},
                           std::string("say why the response is ") + verb +
                               ": \"reason\" must be a text that is not empty");
    change.reason = reason.extract<std::string>();
    if (change.reason.size() > kMaxReason)
        throw InvalidInput(Location{"", 0, "$.reason", ""},
                           "the reason is longer than " + std::to_string(kMaxReason) + " bytes");
    bool found = false;
    exchange.project().store().read_responses({change.id}, [&](const StoredResponse& stored) {
        change.current = stored;
        found = true;
    });
    if (!found || !principal.reads_responses() ||
        !principal.sees_territory(change.current.response.territory))
        throw HttpProblem(404, "no response " + change.id);
    return change;
}

// Written by the store in the change's own transaction.
AuditEvent audit(Exchange& exchange, const char* action, const ChangeRequest& change) {
    return AuditEvent{exchange.who().name, action, change.id, change.reason, exchange.client};
}

}  // namespace

void post_correction(Exchange& exchange) {
    const ChangeRequest change = read_change(exchange, "corrected");
    const Poco::JSON::Object::Ptr given = object_of(change.body->get("response"));
    if (!given)
        throw InvalidInput(Location{"", 0, "$.response", ""},
                           "\"response\" must be the corrected response, an interchange object");
    Response response = Response::from_json(*given, Response::IdRule::Optional);
    if (response.id.empty()) response.id = change.id;
    if (canonical_response_id(response.id) != change.id)
        throw InvalidInput(Location{"", 0, "$.response.id", ""},
                           "the corrected response must keep its id " + change.id);
    // Moving a response into a territory the caller does not read would
    // hand it to others; authorize like a read of both territories.
    exchange.require(exchange.who().sees_territory(response.territory),
                     "a correction may not move a response out of your territories");
    const StoredResponse prepared = exchange.project().prepare(response);
    exchange.project().store().replace_response(prepared, change.reason,
                                                audit(exchange, "response.correct", change));
    Poco::JSON::Object body;
    body.set("id", change.id);
    body.set("corrected", true);
    exchange.send_json(body);
}

void post_withdrawal(Exchange& exchange) {
    const ChangeRequest change = read_change(exchange, "withdrawn");
    exchange.project().store().withdraw_response(change.id, change.reason,
                                                 audit(exchange, "response.withdraw", change));
    Poco::JSON::Object body;
    body.set("id", change.id);
    body.set("withdrawn", true);
    exchange.send_json(body);
}

}  // namespace sonda::server
