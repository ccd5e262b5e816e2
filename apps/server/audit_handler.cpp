// GET /api/v1/audit?after=SEQUENCE&limit=N (admin): the audit log in
// sequence order, one entry a line (NDJSON), with each entry's hash chain so
// that a copy can be verified elsewhere.

#include "handlers.hpp"
#include "problem.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::server {

namespace {

constexpr long long kDefaultPage = 1000;
constexpr long long kMaxPage = 10000;

// Stops for_each_audit once the page is full.
struct PageFull {};

}  // namespace

void get_audit(Exchange& exchange) {
    exchange.require(exchange.who().reads_audit(), "only an admin reads the audit log");
    const long long after = exchange.query("after")
                                ? parse_limit("after", *exchange.query("after"), 0,
                                              std::numeric_limits<long long>::max())
                                : 0;
    const long long limit = exchange.query("limit")
                                ? parse_limit("limit", *exchange.query("limit"), 1, kMaxPage)
                                : kDefaultPage;
    std::string body;
    long long count = 0, last = after;
    try {
        exchange.project().store().access().for_each_audit(after, [&](const AuditEntry& entry) {
            if (count == limit) throw PageFull{};
            body += audit_entry_json(entry) + "\n";
            last = entry.sequence;
            ++count;
        });
    } catch (const PageFull&) {
        exchange.response.set("Link", "</api/v1/audit?after=" + std::to_string(last) +
                                          "&limit=" + std::to_string(limit) + ">; rel=\"next\"");
    }
    exchange.send_text(body, "application/x-ndjson");
}

}  // namespace sonda::server
