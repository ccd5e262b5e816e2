#include "connection.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string_view>
#include <thread>
#include <vector>

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/utc_time.hpp"
#include "store_queries.hpp"

namespace sonda::store {

namespace {

bool is_postgresql(const std::string& target) {
    return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

// Replaces the value after each `key=` (up to a separator) by ***.
void redact_parameter(std::string& text, const std::string& key, const char* separators) {
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
        const bool starts_word =
            at == 0 || text[at - 1] == '?' || text[at - 1] == '&' || text[at - 1] == ' ';
        if (!starts_word) continue;
        const std::size_t value = at + key.size();
        std::size_t end = text.find_first_of(separators, value);
        if (end == std::string::npos) end = text.size();
        text.replace(value, end - value, "***");
    }
}

// SQLite's connection string is "db=... timeout=..."; a path without '=' is
// taken whole (spaces included), one with '=' needs quoting.
std::string sqlite_connect_string(const std::string& path) {
    if (path.find('=') == std::string::npos) return path;
    return "db=\"" + path + "\"";
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view text, const std::string& shown) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0)
            throw StorageError("cannot open database " + shown +
                               ": bad percent-encoding in the URL");
        out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
        i += 2;
    }
    return out;
}

// One libpq keyword=value pair that survives SOCI 4.0.3's connection-string
// tokenizer, which splits on white space, honours only "double quotes" and
// re-joins pairs without them: the value is quoted for libpq ('...'), and
// wrapped in double quotes for SOCI when it holds white space.
std::string keyword(const std::string& key, const std::string& value, const std::string& shown) {
    std::string quoted = "'";
    bool has_space = false;
    for (char c : value) {
        if (c == '\\' || c == '\'') quoted += '\\';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') has_space = true;
        quoted += c;
    }
    quoted += "'";
    if (has_space && value.find('"') != std::string::npos)
        throw StorageError(
            "cannot open database " + shown + ": the value of '" + key +
            "' holds both white space and a double quote, which SOCI cannot pass on");
    return key + "=" + (has_space ? "\"" + quoted + "\"" : quoted);
}

// SOCI 4.0.3's PostgreSQL factory mangles URIs (it expects keyword=value
// pairs), so postgresql://user:password@host:port/db?param=value is turned
// into libpq keywords here.
std::string postgresql_keywords(const std::string& uri, const std::string& shown) {
    std::string_view rest(uri);
    rest.remove_prefix(rest.find("://") + 3);
    std::vector<std::pair<std::string, std::string>> pairs;
    std::string_view query;
    if (const std::size_t mark = rest.find('?'); mark != std::string_view::npos) {
        query = rest.substr(mark + 1);
        rest = rest.substr(0, mark);
    }
    std::string_view authority = rest, database;
    if (const std::size_t slash = rest.find('/'); slash != std::string_view::npos) {
        authority = rest.substr(0, slash);
        database = rest.substr(slash + 1);
    }
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view userinfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
        const std::size_t colon = userinfo.find(':');
        pairs.emplace_back("user", percent_decode(userinfo.substr(0, colon), shown));
        if (colon != std::string_view::npos)
            pairs.emplace_back("password", percent_decode(userinfo.substr(colon + 1), shown));
    }
    // host[:port][,host[:port]...]; IPv6 hosts come in [brackets].
    std::string hosts, ports;
    bool any_port = false;
    while (!authority.empty()) {
        std::size_t comma = authority.find(',');
        if (comma == std::string_view::npos) comma = authority.size();
        std::string_view spec = authority.substr(0, comma);
        authority.remove_prefix(std::min(comma + 1, authority.size()));
        std::string_view host = spec, port;
        const std::size_t bracket = spec.rfind(']');
        const std::size_t colon = spec.rfind(':');
        if (colon != std::string_view::npos &&
            (bracket == std::string_view::npos || colon > bracket)) {
            host = spec.substr(0, colon);
            port = spec.substr(colon + 1);
            any_port = true;
        }
        if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
            host = host.substr(1, host.size() - 2);
        hosts += (hosts.empty() ? "" : ",") + percent_decode(host, shown);
        ports +=
            (ports.empty() && hosts.find(',') == std::string::npos ? "" : ",") + std::string(port);
    }
    if (!hosts.empty()) pairs.emplace_back("host", hosts);
    if (any_port) pairs.emplace_back("port", ports);
    if (!database.empty()) pairs.emplace_back("dbname", percent_decode(database, shown));
    while (!query.empty()) {
        std::size_t amp = query.find('&');
        if (amp == std::string_view::npos) amp = query.size();
        const std::string_view parameter = query.substr(0, amp);
        query.remove_prefix(std::min(amp + 1, query.size()));
        const std::size_t equals = parameter.find('=');
        if (equals == std::string_view::npos)
            throw StorageError("cannot open database " + shown + ": URL parameter '" +
                               std::string(parameter) + "' has no value");
        pairs.emplace_back(percent_decode(parameter.substr(0, equals), shown),
                           percent_decode(parameter.substr(equals + 1), shown));
    }
    std::string keywords;
    for (const auto& [key, value] : pairs)
        keywords += (keywords.empty() ? "" : " ") + keyword(key, value, shown);
    return keywords;
}

// A reader's SQLite connection: SOCI 4.0.3's sqlite3 backend takes
// "readonly" (SQLITE_OPEN_READONLY, without SQLITE_OPEN_CREATE), so a missing
// or empty file is never given a schema. The file must exist; its journal
// mode is left as the writers set it.
void open_sqlite_read_only(Connection& connection, const std::string& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw StorageError("cannot open database " + connection.target +
                           ": no such file (commands that only read never create a database; "
                           "create it with `sonda init` or `sonda demo`)");
    if (path.find('"') == std::string::npos) {
        connection.sql.open(*soci::factory_sqlite3(), "db=\"" + path + "\" readonly=true");
    } else {
        // SOCI cannot quote a path holding '"': a read-write open of the
        // existing file, refusing every write from the first statement on.
        connection.sql.open(*soci::factory_sqlite3(), path);
        connection.sql << "PRAGMA query_only=ON";
    }
    connection.sql << "PRAGMA busy_timeout=10000";
    connection.sql << "PRAGMA foreign_keys=ON";
    connection.sql << kSqliteWriteCache;
    connection.sql << "PRAGMA temp_store=MEMORY";
}

WriterWait& wait_setting() {
    static WriterWait setting;
    return setting;
}

bool sqlite_busy(const soci::soci_error& error) {
    if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&error))
        if ((sqlite->result() & 0xff) == SQLITE_BUSY || (sqlite->result() & 0xff) == SQLITE_LOCKED)
            return true;
    return error.get_error_message().find("database is locked") != std::string::npos;
}

// A silent first wait: another writer's commit usually ends within it.
constexpr int kQuietWaitMs = 1000;

// In the message language of the operation that waits (an import's --lang);
// `what` is the key of what is held.
std::string waiting_message(const Connection& connection, const char* what, int seconds) {
    return i18n::message("store.waiting", i18n::message(what), connection.target, seconds);
}

[[noreturn]] void waited_too_long(const Connection& connection, const char* what, int seconds) {
    throw StorageError(
        i18n::message("store.waited_too_long", connection.target, i18n::message(what), seconds));
}

// SQLite's BEGIN IMMEDIATE takes the file's write lock; the busy timeout
// decides how long it waits for another writer. Waits once briefly and
// silently, then says so and waits for the rest of the configured time.
void begin_sqlite_write(Connection& connection, const std::string& begin) {
    const WriterWait& wait = writer_wait();
    const long long total_ms = std::max(0, wait.seconds) * 1000LL;
    auto attempt = [&](long long timeout_ms) {
        connection.sql << "PRAGMA busy_timeout=" + std::to_string(timeout_ms);
        try {
            connection.sql << begin;
            return true;
        } catch (const soci::soci_error& error) {
            if (!sqlite_busy(error)) throw;
            return false;
        }
    };
    bool begun = false;
    try {
        begun = attempt(std::min<long long>(kQuietWaitMs, total_ms));
        if (!begun && total_ms > kQuietWaitMs) {
            if (wait.notice)
                wait.notice(waiting_message(connection, "store.write_lock", wait.seconds));
            begun = attempt(total_ms - kQuietWaitMs);
        }
        connection.sql << "PRAGMA busy_timeout=10000";
    } catch (const soci::soci_error& error) {
        throw StorageError("database " + connection.target +
                           ": starting a transaction: " + error.get_error_message());
    }
    if (!begun) waited_too_long(connection, "store.write_lock", wait.seconds);
}

}  // namespace

void lock_responses_for_import(Connection& connection) {
    if (connection.dialect.backend() != Backend::postgresql) return;
    const WriterWait& wait = writer_wait();
    // SHARE ROW EXCLUSIVE conflicts with itself and with every write of the
    // table, not with readers: one import at a time, and it sees every row
    // committed before it (READ COMMITTED takes a fresh snapshot per
    // statement).
    auto lock_not_available = [](const soci::soci_error& error) {
        const auto* postgresql = dynamic_cast<const soci::postgresql_soci_error*>(&error);
        return postgresql && postgresql->sqlstate() == "55P03";
    };
    // One attempt inside a savepoint, so that a lock timeout leaves the
    // transaction usable for the next one. lock_timeout 0 would mean "wait
    // for ever" to PostgreSQL: no wait at all is NOWAIT.
    auto attempt = [&](long long timeout_ms) {
        connection.sql << "SAVEPOINT sonda_import_lock";
        try {
            if (timeout_ms <= 0) {
                connection.sql << "LOCK TABLE responses IN SHARE ROW EXCLUSIVE MODE NOWAIT";
            } else {
                connection.sql << "SET LOCAL lock_timeout = '" + std::to_string(timeout_ms) + "ms'";
                connection.sql << "LOCK TABLE responses IN SHARE ROW EXCLUSIVE MODE";
                connection.sql << "SET LOCAL lock_timeout = DEFAULT";
            }
            connection.sql << "RELEASE SAVEPOINT sonda_import_lock";
            return true;
        } catch (const soci::soci_error& error) {
            if (!lock_not_available(error)) throw;
        }
        connection.sql << "ROLLBACK TO SAVEPOINT sonda_import_lock";
        connection.sql << "RELEASE SAVEPOINT sonda_import_lock";
        return false;
    };
    guarded(connection, "locking the responses table for the import", [&] {
        const long long total_ms = std::max(0, wait.seconds) * 1000LL;
        if (attempt(std::min<long long>(kQuietWaitMs, total_ms))) return;
        if (total_ms > kQuietWaitMs) {
            if (wait.notice)
                wait.notice(waiting_message(connection, "store.responses_table", wait.seconds));
            if (attempt(total_ms - kQuietWaitMs)) return;
        }
        waited_too_long(connection, "store.responses_table", wait.seconds);
    });
}

std::string redact_target(const std::string& target) {
    std::string shown = target;
    if (is_postgresql(shown)) {
        // userinfo: scheme://user:password@host
        const std::size_t scheme_end = shown.find("://") + 3;
        const std::size_t at = shown.find('@', scheme_end);
        const std::size_t path = shown.find('/', scheme_end);
        if (at != std::string::npos && (path == std::string::npos || at < path)) {
            const std::size_t colon = shown.find(':', scheme_end);
            if (colon != std::string::npos && colon < at)
                shown.replace(colon + 1, at - colon - 1, "***");
        }
        redact_parameter(shown, "password=", "&");
    } else {
        redact_parameter(shown, "password=", " ");
    }
    return shown;
}

namespace {

// Switching a file to WAL needs an exclusive lock, which another process
// opening the same new file may hold for a moment; SQLite answers that
// "database is locked" at once, without its busy handler (1 open in about 50
// of 4 processes at once failed so). Retried for as long as the handler
// would have waited.
void switch_to_wal(Connection& connection) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(10000);
    for (;;) {
        try {
            connection.sql << "PRAGMA journal_mode=WAL";
            return;
        } catch (const soci::soci_error& error) {
            if (!sqlite_busy(error) || std::chrono::steady_clock::now() > deadline) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

std::unique_ptr<Connection> connect(const std::string& target, bool read_only, bool must_exist) {
    if (target.empty())
        throw StorageError(
            "no database given: pass --db with a file path or a postgresql:// URL, or set "
            "SONDA_DB");
    const Backend backend = is_postgresql(target) ? Backend::postgresql : Backend::sqlite;
    auto connection = std::make_unique<Connection>(backend, redact_target(target));
    try {
        if (backend == Backend::sqlite) {
            const std::filesystem::path path(target);
            if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path()))
                throw StorageError("cannot open database " + connection->target + ": folder " +
                                   path.parent_path().string() + " does not exist");
            if (std::filesystem::is_directory(path))
                throw StorageError("cannot open database " + connection->target +
                                   ": it is a folder");
            if (read_only) {
                open_sqlite_read_only(*connection, target);
                return connection;
            }
            std::error_code error;
            if (must_exist && !std::filesystem::exists(path, error))
                throw StorageError("cannot open database " + connection->target +
                                   ": no such file (only `sonda init` and `sonda demo` create a "
                                   "database: check the path, or create it with one of them)");
            connection->sql.open(*soci::factory_sqlite3(), sqlite_connect_string(target));
            connection->sql << "PRAGMA busy_timeout=10000";
            // Before anything that writes: another program's file stays as it was.
            refuse_foreign_tables(*connection);
            // WAL lets readers (the dashboard) work while an import writes.
            // FULL syncs the WAL at every commit: a stored response (a 201 of
            // sonda-server, an "imported" of the CLI) survives a power cut,
            // not only a crash. NORMAL could lose the last commits then. It
            // costs one fsync a commit, which group commit shares (docs/server.md).
            switch_to_wal(*connection);
            connection->sql << "PRAGMA synchronous=FULL";
            connection->sql << "PRAGMA foreign_keys=ON";
            // Imports insert ids in random (UUID) order into several B-trees:
            // a 64 MiB page cache keeps them off the file until commit.
            connection->sql << kSqliteWriteCache;
            connection->sql << "PRAGMA temp_store=MEMORY";
        } else {
            connection->sql.open(*soci::factory_postgresql(),
                                 postgresql_keywords(target, connection->target));
            connection->sql << "SET client_encoding TO 'UTF8'";
            connection->sql << "SET client_min_messages TO WARNING";
            if (read_only) connection->sql << "SET default_transaction_read_only = on";
        }
    } catch (const soci::soci_error& error) {
        throw StorageError("cannot open database " + connection->target + ": " +
                           error.get_error_message());
    }
    return connection;
}

Transaction::Transaction(Connection& connection, const char* begin_sql) : m_connection(connection) {
    if (connection.transaction_depth == 0) {
        const std::string begin = begin_sql ? begin_sql : connection.dialect.begin();
        if (connection.dialect.backend() == Backend::sqlite && begin == "BEGIN IMMEDIATE")
            begin_sqlite_write(connection, begin);
        else
            guarded(connection, "starting a transaction", [&] { connection.sql << begin; });
        m_outermost = true;
    }
    ++connection.transaction_depth;
    m_open = true;
}

Transaction::~Transaction() {
    if (!m_open) return;
    try {
        rollback();
    } catch (const std::exception&) {
        // A failed rollback in a destructor (the connection is gone) leaves
        // nothing to undo: the server drops the transaction with the session.
    }
}

void Transaction::commit() {
    if (!m_open)
        throw StorageError("database " + m_connection.target + ": transaction already finished");
    m_open = false;
    --m_connection.transaction_depth;
    if (m_outermost) guarded(m_connection, "committing", [&] { m_connection.sql << "COMMIT"; });
}

void Transaction::rollback() {
    if (!m_open) return;
    m_open = false;
    --m_connection.transaction_depth;
    if (m_outermost) guarded(m_connection, "rolling back", [&] { m_connection.sql << "ROLLBACK"; });
}

std::string utc_now() { return sonda::utc_now(); }

}  // namespace sonda::store

namespace sonda {

void set_writer_wait(WriterWait wait) { store::wait_setting() = std::move(wait); }
const WriterWait& writer_wait() { return store::wait_setting(); }

}  // namespace sonda
