#include "sonda/access/principal.hpp"

#include <algorithm>
#include <array>

namespace sonda {

namespace {

constexpr std::array<std::pair<AccessRole, std::string_view>, 4> kRoleNames{{
    {AccessRole::Admin, "admin"},
    {AccessRole::Evaluator, "evaluator"},
    {AccessRole::Coordinator, "coordinator"},
    {AccessRole::Collector, "collector"},
}};

bool allows(const std::vector<std::string>& allowed, const std::string& value) {
    return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

std::string_view access_role_name(AccessRole role) {
    for (const auto& [known, name] : kRoleNames)
        if (known == role) return name;
    return "collector";
}

std::optional<AccessRole> parse_access_role(std::string_view name) {
    for (const auto& [role, known] : kRoleNames)
        if (known == name) return role;
    return std::nullopt;
}

bool Principal::sees_territory(const std::string& territory) const {
    return reads_responses() && allows(territories, territory);
}

bool Principal::submits_to(const std::string& form, const std::string& wave,
                           const std::string& territory) const {
    // Everyone who may write may submit within the territories it sees; a
    // collector only to its forms and waves as well.
    return allows(territories, territory) && allows(forms, form) && allows(waves, wave);
}

bool Principal::active_at(const std::string& now) const {
    return revoked_at.empty() && (expires_at.empty() || now < expires_at);
}

}  // namespace sonda
