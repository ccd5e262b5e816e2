// Where a command's data lives: --db, else $SONDA_DB. A SQLite file path or a
// postgresql:// URL, passed to Store::open as given.
#pragma once

#include <optional>
#include <string>

namespace sonda::cli {

// Throws UsageError naming --db and SONDA_DB when neither gives a database.
std::string database_target(const std::optional<std::string>& given, const std::string& command);

// The target as it may be shown: a PostgreSQL password is replaced by "***".
std::string printable_target(const std::string& target);

}  // namespace sonda::cli
