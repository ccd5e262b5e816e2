#include "database_target.hpp"

#include <Poco/Environment.h>

#include <regex>

#include "sonda/error.hpp"

namespace sonda::cli {

std::string database_target(const std::optional<std::string>& given, const std::string& command) {
    if (given && !given->empty()) return *given;
    const std::string from_environment = Poco::Environment::get("SONDA_DB", "");
    if (!from_environment.empty()) return from_environment;
    throw UsageError(command +
                     ": no database given: pass --db FILE (SQLite) or --db postgresql://..., "
                     "or set SONDA_DB; see `sonda " +
                     command + " --help`");
}

std::string printable_target(const std::string& target) {
    // postgresql://user:secret@host/db and password=secret in the query string.
    static const std::regex url_password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    static const std::regex query_password(R"(([?&]password=)[^&]*)");
    std::string out = std::regex_replace(target, url_password, "$1:***@");
    return std::regex_replace(out, query_password, "$1***");
}

}  // namespace sonda::cli
