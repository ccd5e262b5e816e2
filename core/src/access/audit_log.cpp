#include "sonda/access/audit_log.hpp"

#include <Poco/JSON/Object.h>
#include <sodium.h>

#include <sstream>

#include "sonda/error.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

namespace {

constexpr const char* kFirstHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Each field as "<length>:<bytes>", so no two different entries hash the
// same text however their fields are split.
void add_field(crypto_hash_sha256_state& state, const std::string& field) {
    const std::string length = std::to_string(field.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(length.data()),
                              length.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(field.data()),
                              field.size());
}

}  // namespace

std::string audit_hash(const AuditEntry& entry) {
    if (sodium_init() < 0) throw StorageError("libsodium could not be initialised");
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    for (const std::string* field :
         {&entry.previous_hash, &entry.at, &entry.event.who, &entry.event.action,
          &entry.event.target, &entry.event.detail, &entry.event.source})
        add_field(state, *field);
    add_field(state, std::to_string(entry.sequence));
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, hash);
    char text[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(text, sizeof text, hash, sizeof hash);
    return text;
}

std::string audit_entry_json(const AuditEntry& entry) {
    Poco::JSON::Object line(Poco::JSON_PRESERVE_KEY_ORDER);
    line.set("sequence", entry.sequence);
    line.set("at", entry.at);
    line.set("who", entry.event.who);
    line.set("action", entry.event.action);
    line.set("target", entry.event.target);
    line.set("detail", entry.event.detail);
    line.set("source", entry.event.source);
    line.set("previous_hash", entry.previous_hash);
    line.set("hash", entry.hash);
    std::ostringstream text;
    line.stringify(text);
    return text.str();
}

AuditAnchor parse_audit_anchor(const std::string& text) {
    const std::size_t colon = text.find(':');
    AuditAnchor anchor;
    const std::string sequence = text.substr(0, colon);
    const bool number = !sequence.empty() && sequence.size() <= 18 &&
                        sequence.find_first_not_of("0123456789") == std::string::npos;
    if (number) anchor.sequence = std::stoll(sequence);
    if (colon != std::string::npos) anchor.hash = text.substr(colon + 1);
    const bool hex = anchor.hash.size() == 64 &&
                     anchor.hash.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!number || anchor.sequence < 1 || !hex)
        throw UsageError(
            "--anchor needs an entry as `sonda audit verify` printed it: its "
            "sequence number, a colon and its 64 hexadecimal digits of hash "
            "(SEQUENCE:HASH)");
    return anchor;
}

AuditVerdict verify_audit(Store& store, const std::optional<AuditAnchor>& anchor) {
    AuditVerdict verdict;
    std::string previous = kFirstHash;
    store.access().for_each_audit(0, [&](const AuditEntry& entry) {
        if (verdict.broken_at) return;
        ++verdict.entries;
        auto broken = [&](std::string reason) {
            verdict.broken_at = entry.sequence;
            verdict.reason = std::move(reason);
        };
        if (entry.sequence != verdict.entries)
            broken("entry " + std::to_string(verdict.entries) + " is missing: the next one is " +
                   std::to_string(entry.sequence));
        else if (entry.previous_hash != previous)
            broken("it does not name the hash of the entry before it");
        else if (audit_hash(entry) != entry.hash)
            broken("its content does not match its hash: it was changed after it was written");
        else if (anchor && entry.sequence == anchor->sequence && entry.hash != anchor->hash)
            broken(
                "it is not the entry recorded with this number (its hash differs): the log "
                "was rewritten from here");
        previous = entry.hash;
    });
    if (!verdict.broken_at) verdict.newest_hash = previous == kFirstHash ? "" : previous;
    if (!verdict.broken_at && anchor && verdict.entries < anchor->sequence) {
        verdict.broken_at = verdict.entries + 1;
        verdict.reason = "the log ends at entry " + std::to_string(verdict.entries) +
                         ", but entry " + std::to_string(anchor->sequence) +
                         " was recorded: the newest entries were removed";
    }
    return verdict;
}

}  // namespace sonda
