// Accounts, participant links, their scopes, the token key and the
// hash-chained audit log (sonda/access). Appends to the log are serialised:
// SQLite's BEGIN IMMEDIATE holds the file's write lock; on PostgreSQL the log
// table is locked in a mode that conflicts with itself, so two servers on one
// database never give two entries the same predecessor.
#include <sodium.h>

#include "bulk_insert.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

constexpr const char* kFirstHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

void lock_audit_log(Connection& connection) {
    if (connection.dialect.backend() == Backend::postgresql)
        connection.sql << "LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE";
}

std::string random_hex(std::size_t bytes) {
    if (sodium_init() < 0) throw StorageError("libsodium could not be initialised");
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
    hex.pop_back();
    return hex;
}

void insert_scopes(Connection& connection, const Principal& principal) {
    auto insert = [&](const std::string& kind, const std::vector<std::string>& values) {
        // `kind` is a named string: SOCI runs the statement when the whole
        // expression ends, after a temporary bound in it is gone.
        for (const std::string& value : values)
            connection.sql << "INSERT INTO principal_scopes (principal, kind, value) VALUES "
                              "(:principal, :kind, :value)",
                soci::use(principal.name), soci::use(kind), soci::use(value);
    };
    insert("territory", principal.territories);
    insert("form", principal.forms);
    insert("wave", principal.waves);
}

void read_scopes(Connection& connection, Principal& principal) {
    std::string kind, value;
    soci::statement select =
        (connection.sql.prepare << "SELECT kind, value FROM principal_scopes WHERE principal = "
                                   ":name ORDER BY kind, value",
         soci::use(principal.name), soci::into(kind), soci::into(value));
    select.execute();
    while (select.fetch()) {
        if (kind == "territory") principal.territories.push_back(value);
        if (kind == "form") principal.forms.push_back(value);
        if (kind == "wave") principal.waves.push_back(value);
    }
}

// The columns of principals in the order the selects below name them.
struct PrincipalRow {
    std::string name, kind, role, token_id, token_hash, created_at, created_by, expires_at,
        revoked_at;
    soci::indicator expires = soci::i_null, revoked = soci::i_null;

    PrincipalRecord record() const {
        PrincipalRecord out;
        out.principal.name = name;
        out.principal.link = kind == "link";
        out.principal.role = parse_access_role(role).value_or(AccessRole::Collector);
        out.principal.created_at = created_at;
        out.principal.created_by = created_by;
        if (expires == soci::i_ok) out.principal.expires_at = expires_at;
        if (revoked == soci::i_ok) out.principal.revoked_at = revoked_at;
        out.token_id = token_id;
        out.token_hash = token_hash;
        return out;
    }
};

constexpr const char* kSelectPrincipal =
    "SELECT name, kind, role, token_id, token_hash, created_at, created_by, expires_at, "
    "revoked_at FROM principals";

void bind(soci::statement& statement, PrincipalRow& row);

// A statement reading principals into `row`, with `where` after the select.
std::unique_ptr<soci::statement> select_principals(Connection& connection, PrincipalRow& row,
                                                   const std::string& where,
                                                   const std::string* value) {
    auto statement = std::make_unique<soci::statement>(connection.sql);
    bind(*statement, row);
    if (value) statement->exchange(soci::use(*value));
    statement->alloc();
    statement->prepare(std::string(kSelectPrincipal) + where);
    statement->define_and_bind();
    statement->execute();
    return statement;
}

void bind(soci::statement& statement, PrincipalRow& row) {
    statement.exchange(soci::into(row.name));
    statement.exchange(soci::into(row.kind));
    statement.exchange(soci::into(row.role));
    statement.exchange(soci::into(row.token_id));
    statement.exchange(soci::into(row.token_hash));
    statement.exchange(soci::into(row.created_at));
    statement.exchange(soci::into(row.created_by));
    statement.exchange(soci::into(row.expires_at, row.expires));
    statement.exchange(soci::into(row.revoked_at, row.revoked));
}

// The entry that follows the log's newest one (the log is locked first, so
// no other append comes between).
AuditEntry next_entry(Connection& connection, const AuditEvent& event) {
    lock_audit_log(connection);
    long long last = 0;
    std::string previous = kFirstHash;
    soci::indicator found = soci::i_null;
    connection.sql << "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1",
        soci::into(last, found), soci::into(previous);
    if (!connection.sql.got_data()) previous = kFirstHash;
    AuditEntry entry;
    entry.sequence = last + 1;
    entry.at = utc_now();
    entry.event = event;
    entry.previous_hash = previous;
    entry.hash = audit_hash(entry);
    return entry;
}

AuditEntry append(Connection& connection, const AuditEvent& event) {
    AuditEntry entry = next_entry(connection, event);
    connection.sql << "INSERT INTO audit_log (sequence, at, who, action, target, detail, "
                      "source, previous_hash, hash) VALUES (:sequence, :at, :who, :action, "
                      ":target, :detail, :source, :previous_hash, :hash)",
        soci::use(entry.sequence), soci::use(entry.at), soci::use(entry.event.who),
        soci::use(entry.event.action), soci::use(entry.event.target), soci::use(entry.event.detail),
        soci::use(entry.event.source), soci::use(entry.previous_hash), soci::use(entry.hash);
    return entry;
}

}  // namespace

std::string token_key(Connection& connection) {
    return guarded(connection, "reading the token key", [&] {
        std::string key;
        // A plain read first: the write transaction below would queue every
        // authentication behind the writers (SQLite has one write lock).
        connection.sql << "SELECT value FROM access_settings WHERE name = 'token_key'",
            soci::into(key);
        if (connection.sql.got_data()) return key;
        Transaction transaction(connection);
        connection.sql << "SELECT value FROM access_settings WHERE name = 'token_key'",
            soci::into(key);
        if (!connection.sql.got_data()) {
            key = random_hex(crypto_generichash_KEYBYTES);
            connection.sql << "INSERT INTO access_settings (name, value) VALUES ('token_key', "
                              ":value)",
                soci::use(key);
        }
        transaction.commit();
        return key;
    });
}

void add_principal(Connection& connection, const PrincipalRecord& record, const AuditEvent& event) {
    guarded(connection, "adding an account", [&] {
        Transaction transaction(connection);
        const Principal& principal = record.principal;
        long long taken = 0;
        connection.sql << "SELECT COUNT(*) FROM principals WHERE name = :name",
            soci::use(principal.name), soci::into(taken);
        if (taken > 0)
            throw ConflictError("an account or link named '" + principal.name +
                                "' exists already; names are never reused, so that the audit "
                                "log keeps meaning one principal by each");
        const std::string kind = principal.link ? "link" : "account";
        const std::string role(access_role_name(principal.role));
        soci::indicator expires = principal.expires_at.empty() ? soci::i_null : soci::i_ok;
        connection.sql << "INSERT INTO principals (name, kind, role, token_id, token_hash, "
                          "created_at, created_by, expires_at) VALUES (:name, :kind, :role, "
                          ":token_id, :token_hash, :created_at, :created_by, :expires_at)",
            soci::use(principal.name), soci::use(kind), soci::use(role), soci::use(record.token_id),
            soci::use(record.token_hash), soci::use(principal.created_at),
            soci::use(principal.created_by), soci::use(principal.expires_at, expires);
        insert_scopes(connection, principal);
        append(connection, event);
        transaction.commit();
    });
}

std::optional<PrincipalRecord> find_token(Connection& connection, const std::string& token_id) {
    return guarded(connection, "reading an account", [&]() -> std::optional<PrincipalRecord> {
        PrincipalRow row;
        auto select = select_principals(connection, row, " WHERE token_id = :token_id", &token_id);
        if (!select->fetch()) return std::nullopt;
        PrincipalRecord record = row.record();
        read_scopes(connection, record.principal);
        return record;
    });
}

std::vector<Principal> load_principals(Connection& connection) {
    return guarded(connection, "reading the accounts", [&] {
        std::vector<Principal> principals;
        PrincipalRow row;
        auto select = select_principals(connection, row, " ORDER BY name", nullptr);
        while (select->fetch()) principals.push_back(row.record().principal);
        for (Principal& principal : principals) read_scopes(connection, principal);
        return principals;
    });
}

bool revoke_principal(Connection& connection, const std::string& name, const std::string& at,
                      const AuditEvent& event) {
    return guarded(connection, "revoking an account", [&] {
        Transaction transaction(connection);
        long long known = 0;
        connection.sql << "SELECT COUNT(*) FROM principals WHERE name = :name", soci::use(name),
            soci::into(known);
        if (known == 0) return false;
        connection.sql << "UPDATE principals SET revoked_at = :at WHERE name = :name AND "
                          "revoked_at IS NULL",
            soci::use(at), soci::use(name);
        append(connection, event);
        transaction.commit();
        return true;
    });
}

AuditEntry append_audit(Connection& connection, const AuditEvent& event) {
    return guarded(connection, "appending to the audit log", [&] {
        Transaction transaction(connection);
        AuditEntry entry = append(connection, event);
        transaction.commit();
        return entry;
    });
}

void for_each_audit(Connection& connection, long long after,
                    const std::function<void(const AuditEntry&)>& visit) {
    guarded(connection, "reading the audit log", [&] {
        AuditEntry entry;
        soci::statement select =
            (connection.sql.prepare
                 << "SELECT sequence, at, who, action, target, detail, source, previous_hash, "
                    "hash FROM audit_log WHERE sequence > :after ORDER BY sequence",
             soci::use(after), soci::into(entry.sequence), soci::into(entry.at),
             soci::into(entry.event.who), soci::into(entry.event.action),
             soci::into(entry.event.target), soci::into(entry.event.detail),
             soci::into(entry.event.source), soci::into(entry.previous_hash),
             soci::into(entry.hash));
        select.execute();
        while (select.fetch()) visit(entry);
    });
}

// One lock, one read of the newest entry and one multi-row insert for all:
// a group commit's transaction appends an entry per response it stores.
void append_audit_in_transaction(Connection& connection, const std::vector<AuditEvent>& events) {
    if (events.empty()) return;
    enum Column { sequence, at, who, action, target, detail, source, previous_hash, hash };
    using Type = BulkInsert::Type;
    BulkInsert rows(connection,
                    "INSERT INTO audit_log (sequence, at, who, action, target, detail, source, "
                    "previous_hash, hash)",
                    {{"sequence", Type::integer},
                     {"at", Type::text},
                     {"who", Type::text},
                     {"action", Type::text},
                     {"target", Type::text},
                     {"detail", Type::text},
                     {"source", Type::text},
                     {"previous_hash", Type::text},
                     {"hash", Type::text}});
    AuditEntry entry = next_entry(connection, events.front());
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (i > 0) {
            entry.previous_hash = std::move(entry.hash);
            ++entry.sequence;
            entry.event = events[i];
            entry.hash = audit_hash(entry);
        }
        rows.integer(sequence).push_back(entry.sequence);
        rows.text(at).push_back(entry.at);
        rows.text(who).push_back(entry.event.who);
        rows.text(action).push_back(entry.event.action);
        rows.text(target).push_back(entry.event.target);
        rows.text(detail).push_back(entry.event.detail);
        rows.text(source).push_back(entry.event.source);
        rows.text(previous_hash).push_back(entry.previous_hash);
        rows.text(hash).push_back(entry.hash);
    }
    rows.flush();
}

}  // namespace sonda::store
