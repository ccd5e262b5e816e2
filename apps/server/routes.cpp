// The API's routes in one table: what docs/server.md lists.
#include "handlers.hpp"
#include "participant_routes.hpp"
#include "router.hpp"

namespace sonda::server {

std::vector<Route> api_routes() {
    const std::string v1 = "/api/v1";
    std::vector<Route> routes = {
        {"GET", "/healthz", get_healthz, false},
        {"GET", v1 + "/healthz", get_healthz, false},
        {"GET", "/metrics", get_metrics},
        {"GET", v1 + "/study", get_study},
        {"GET", v1 + "/forms", get_forms},
        {"GET", v1 + "/forms/{id}", get_form},
        {"POST", v1 + "/responses", post_responses},
        {"GET", v1 + "/responses", get_responses},
        {"POST", v1 + "/responses/{id}/correction", post_correction},
        {"POST", v1 + "/responses/{id}/withdrawal", post_withdrawal},
        {"GET", v1 + "/reports/{form}", get_report},
        {"GET", v1 + "/audit", get_audit},
    };
    for (Route& route : participant_routes()) routes.push_back(std::move(route));
    return routes;
}

}  // namespace sonda::server
