// Who is asking: a named account or a participant link, its role and the
// territories, forms and waves it is limited to. Every read and write of
// sonda-server goes through a Principal; the checks live here, in core, so
// that no host can forget one (docs/server.md has the table of roles).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sonda {

// admin: everything, accounts and links included. evaluator: every
// territory, raw export (audited). coordinator: its territories' responses
// (improvement goals included), and the protected reports of the whole
// community.
// collector: submits to the forms, waves and territories it was given and
// reads nothing.
enum class AccessRole { Admin, Evaluator, Coordinator, Collector };

std::string_view access_role_name(AccessRole role);                  // "admin", ...
std::optional<AccessRole> parse_access_role(std::string_view name);  // nullopt when unknown

struct Principal {
    std::string name;  // an account's name, or "link-<token id>" for a participant link
    AccessRole role = AccessRole::Collector;
    bool link = false;  // a participant link (/f/<token>), always a collector
    // Empty means every one. A coordinator and a collector always name at
    // least one territory; admins and evaluators none.
    std::vector<std::string> territories;
    std::vector<std::string> forms;  // collectors: the forms they may submit to
    std::vector<std::string> waves;  // collectors: the waves they may submit to
    std::string created_at;          // ISO 8601 UTC
    std::string created_by;          // the account that made it ("" from the CLI)
    std::string expires_at;          // ISO 8601 UTC; empty: never
    std::string revoked_at;          // ISO 8601 UTC; empty: active

    bool manages_access() const { return role == AccessRole::Admin; }
    bool reads_responses() const { return role != AccessRole::Collector; }
    bool reads_audit() const { return role == AccessRole::Admin; }
    bool reads_reports() const { return role != AccessRole::Collector; }
    bool sees_territory(const std::string& territory) const;
    bool submits_to(const std::string& form, const std::string& wave,
                    const std::string& territory) const;
    // Whether it was active at `now` (ISO 8601 UTC): not revoked, not expired.
    bool active_at(const std::string& now) const;
};

}  // namespace sonda
