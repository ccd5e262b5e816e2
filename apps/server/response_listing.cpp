// GET /api/v1/responses?form=F[&wave=W][&territory=T][&after=CURSOR][&limit=N]:
// the responses the caller may read, one interchange object a line (NDJSON,
// what `sonda import` reads back), in the store's order, a page at a time.
// A page is read whole before it is sent (at most 1000 responses) so that its
// answer can carry the next page's address in a Link header (RFC 8288,
// rel="next"); the body stays pure NDJSON. No Link header: the last page.
#include <Poco/URI.h>

#include "handlers.hpp"
#include "problem.hpp"
#include "response_cursor.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::server {

namespace {

constexpr long long kDefaultPage = 100;
constexpr long long kMaxPage = 1000;

std::string next_link(const Exchange& exchange, const std::string& cursor, long long limit) {
    Poco::URI next("/api/v1/responses");
    for (const auto& [name, value] : exchange.query_parameters())
        if (name != "after" && name != "limit") next.addQueryParameter(name, value);
    next.addQueryParameter("limit", std::to_string(limit));
    next.addQueryParameter("after", cursor);
    return "<" + next.toString() + ">; rel=\"next\"";
}

}  // namespace

void get_responses(Exchange& exchange) {
    const Principal& principal = exchange.who();
    ResponseFilter filter;
    filter.form = exchange.query("form").value_or("");
    if (filter.form.empty()) throw HttpProblem(400, "give the form: ?form=<form id>");
    exchange.project().form(filter.form);  // an unknown one is an error, not an empty list
    for (const auto& [name, value] : exchange.query_parameters()) {
        if (name == "wave")
            filter.waves.push_back(value);
        else if (name == "territory")
            filter.territories.push_back(value);
        else if (name != "form" && name != "after" && name != "limit")
            throw HttpProblem(400, "unknown query parameter '" + name +
                                       "' (known: form, wave, territory, after, limit)");
    }
    const long long limit = exchange.query("limit")
                                ? parse_limit("limit", *exchange.query("limit"), 1, kMaxPage)
                                : kDefaultPage;
    if (const auto after = exchange.query("after")) filter.after = decode_cursor(*after);
    filter = scoped_filter(principal, std::move(filter));
    filter.limit = limit;
    filter.with_scores = false;

    std::string body;
    long long count = 0;
    ResponsePosition last;
    exchange.project().store().for_each_response(filter, [&](const StoredResponse& stored) {
        body += stored.canonical_json;
        body += '\n';
        ++count;
        const Response& r = stored.response;
        last = {r.wave, r.territory, r.respondent, r.id};
    });
    // Reading raw answers is what the audit log must show (who read which
    // form's responses, how many).
    AuditEvent event{principal.name, "responses.read", filter.form,
                     std::to_string(count) + " response(s)", exchange.client};
    exchange.project().store().access().append_audit(event);
    if (count == limit)
        exchange.response.set("Link", next_link(exchange, encode_cursor(last), limit));
    exchange.send_text(body, "application/x-ndjson");
}

}  // namespace sonda::server
