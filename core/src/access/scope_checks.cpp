// What a principal may read and submit, checked in core so that every host
// (the server, later others) asks the same questions.
#include <algorithm>

#include "sonda/access/access_control.hpp"

namespace sonda {

ResponseFilter scoped_filter(const Principal& principal, ResponseFilter filter) {
    if (!principal.reads_responses())
        throw AccessDenied(true, "'" + principal.name + "' may submit responses but not read them");
    if (principal.territories.empty()) return filter;
    if (filter.territories.empty()) {
        filter.territories = principal.territories;
        return filter;
    }
    for (const std::string& territory : filter.territories)
        if (!principal.sees_territory(territory))
            throw AccessDenied(
                true, "'" + principal.name + "' may not read territory '" + territory + "'");
    return filter;
}

void authorize_submission(const Principal& principal, const Response& response) {
    if (principal.submits_to(response.form, response.wave, response.territory)) return;
    std::string scope;
    auto add = [&](const char* what, const std::vector<std::string>& values) {
        if (values.empty()) return;
        std::string list;
        for (const std::string& value : values) list += (list.empty() ? "" : ", ") + value;
        scope += std::string(scope.empty() ? "" : "; ") + what + " " + list;
    };
    add("forms", principal.forms);
    add("waves", principal.waves);
    add("territories", principal.territories);
    throw AccessDenied(true, "'" + principal.name + "' may not submit to form '" + response.form +
                                 "', wave '" + response.wave + "', territory '" +
                                 response.territory + "' (it may submit to " + scope + ")");
}

}  // namespace sonda
