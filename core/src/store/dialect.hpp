// The few places where SQLite and PostgreSQL differ, kept in one small type so
// the rest of the store is one code path: how a write transaction begins, how
// concurrent migrations are serialised, a couple of column types in the schema
// and how many rows a single INSERT carries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sonda::store {

enum class Backend { sqlite, postgresql };

class Dialect {
  public:
    explicit Dialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    const char* name() const { return m_backend == Backend::sqlite ? "sqlite3" : "postgresql"; }

    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers wait
    // on the busy timeout instead of failing when a read upgrades to a write.
    const char* begin() const { return m_backend == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN"; }

    // Serialises migrations of servers starting together on one PostgreSQL;
    // released at commit. SQLite needs none: BEGIN IMMEDIATE already serialises.
    const char* migration_lock() const;

    // Replaces the schema tokens {key} (text compared and ordered bytewise, so
    // both backends order ids alike), {serial_pk} and {without_rowid}.
    std::string schema(std::string_view statement) const;

    // SQLite runs a prepared INSERT with vector binding in-process at full
    // speed; SOCI's PostgreSQL backend would send those rows one by one, so
    // there the rows go as multi-row VALUES of this many rows per statement.
    bool multi_row_values() const { return m_backend == Backend::postgresql; }

  private:
    Backend m_backend;
};

}  // namespace sonda::store
