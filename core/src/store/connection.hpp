// One open database: the SOCI session, its dialect and the target as shown in
// messages (password removed). Also the two helpers every query file uses: a
// transaction that nests (store calls made while a ResponseWriter is open run
// inside the writer's transaction) and the translation of SOCI's exceptions
// into StorageError carrying the target and what was being done.
#pragma once

#include <soci/soci.h>

#include <memory>
#include <string>
#include <utility>

#include "dialect.hpp"
#include "sonda/error.hpp"
#include "sonda/store/store.hpp"

namespace sonda::store {

struct Connection {
    Connection(Backend backend, std::string shown_target)
        : dialect(backend), target(std::move(shown_target)) {}

    soci::session sql;
    Dialect dialect;
    std::string target;  // password removed
    int transaction_depth = 0;
};

// "postgresql://user:secret@host/db?password=x" -> "postgresql://user:***@host/db?password=***".
std::string redact_target(const std::string& target);

// Opens the session and sets the connection up (SQLite pragmas, PostgreSQL
// encoding). Throws StorageError naming the target and the reason. Read-only
// never creates anything: a missing SQLite file is an error, the file is
// opened with SQLite's read-only flag, and a PostgreSQL session defaults to
// read-only transactions.
// `must_exist`: a read-write SQLite connection refuses a file that is not
// there instead of creating it (Store::Access::Existing).
std::unique_ptr<Connection> connect(const std::string& target, bool read_only = false,
                                    bool must_exist = false);

// Runs `work` and turns a soci_error into StorageError("<target>: <doing>: <reason>").
// sonda errors pass through unchanged.
template <typename Work>
auto guarded(Connection& connection, const char* doing, Work&& work) {
    try {
        return work();
    } catch (const soci::soci_error& error) {
        throw StorageError("database " + connection.target + ": " + doing + ": " +
                           error.get_error_message());
    }
}

// A transaction that is the outermost one or joins the one already open. The
// outermost rolls back when destroyed uncommitted.
class Transaction {
  public:
    Transaction(Connection& connection, const char* begin_sql = nullptr);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();
    bool outermost() const { return m_outermost; }

  private:
    Connection& m_connection;
    bool m_outermost = false;
    bool m_open = false;
};

// PostgreSQL: takes the import's lock on the responses table for the rest of
// the transaction, waiting for another import as writer_wait() says; see
// docs/store.md. SQLite needs none: BEGIN IMMEDIATE already serialises writers.
void lock_responses_for_import(Connection& connection);

std::string utc_now();

// SQLite's page cache for a connection: large for imports (ids arrive in
// random order into several B-trees), small while a scan reads a table once.
inline constexpr const char* kSqliteWriteCache = "PRAGMA cache_size=-65536";  // 64 MiB
inline constexpr const char* kSqliteScanCache =
    "PRAGMA cache_size=-2048";  // 2 MiB  // ISO 8601, seconds, "Z"

}  // namespace sonda::store
