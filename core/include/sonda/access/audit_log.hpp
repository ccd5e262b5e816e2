// The audit log: every write, correction, withdrawal, export, report,
// account and link change and failed authentication, append-only. Each entry
// carries the SHA-256 of the previous entry's hash and its own fields, so a
// changed, removed or reordered entry breaks the chain (`sonda audit verify`).
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace sonda {

class Store;

// What happened, as the host tells it.
struct AuditEvent {
    std::string who;     // principal name; "" for the CLI run by the database's owner
    std::string action;  // "response.submit", "user.add", "auth.failed", ...
    std::string target;  // what it acted on: a response id, a user name, a form
    std::string detail;  // a short text or JSON; never a token
    std::string source;  // where from: "cli", or the client's address
};

struct AuditEntry {
    long long sequence = 0;  // 1, 2, 3, ... with no gap
    std::string at;          // ISO 8601 UTC
    AuditEvent event;
    std::string previous_hash;  // hex; 64 zeros for the first entry
    std::string hash;           // hex SHA-256 over previous_hash and the fields above
};

// The hash an entry must carry (its own `hash` field ignored).
std::string audit_hash(const AuditEntry& entry);
// The entry as one line of JSON (no newline), as `sonda audit list --format
// ndjson` and the server's GET /audit write it.
std::string audit_entry_json(const AuditEntry& entry);

struct AuditVerdict {
    long long entries = 0;
    // The first entry whose hash or sequence does not follow from the one
    // before it; empty when the chain holds.
    std::optional<long long> broken_at;
    std::string reason;
    std::string newest_hash;  // of the last entry read (empty for an empty log)
};

// An entry recorded outside the database (its sequence and hash, as `sonda
// audit verify` prints them): the chain alone cannot show that its newest
// entries were removed, since what is left is whole; a recorded entry can.
struct AuditAnchor {
    long long sequence = 0;
    std::string hash;
};
// Parses "SEQUENCE:HASH"; throws UsageError saying what is expected.
AuditAnchor parse_audit_anchor(const std::string& text);

// With `anchor`, the log must still hold that entry with that hash: one
// removed is reported at its sequence as broken, like a changed one.
AuditVerdict verify_audit(Store& store, const std::optional<AuditAnchor>& anchor = std::nullopt);

}  // namespace sonda
