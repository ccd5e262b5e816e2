// Where a command's data lives: --db, else $SONDA_DB. A SQLite file path or a
// postgresql:// URL, passed to Store::open as given.
#pragma once

#include <optional>
#include <string>

namespace sonda::cli {

// Throws UsageError naming --db and SONDA_DB when neither gives a database,
// worded in i18n::message_language() (a Command's usage language).
std::string database_target(const std::optional<std::string>& given, const std::string& command);

// How long a write waits for another writer of the database (SQLite's write
// lock, PostgreSQL's import lock): `--wait SECONDS` when given, else
// $SONDA_WAIT, else 600 s. Sets the core's writer_wait() with a notice that
// prints "sonda: waiting for another writer (...)" on standard error. Throws
// UsageError for a value that is not a whole number of seconds >= 0, worded
// in i18n::message_language().
void configure_writer_wait(const std::optional<std::string>& wait_option);

// The target as it may be shown: a PostgreSQL password is replaced by "***".
std::string printable_target(const std::string& target);

}  // namespace sonda::cli
