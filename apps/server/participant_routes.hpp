// The participant's web form (docs/participant-form.md): the page a link
// opens (/f/<token>), its script, style and service worker, and the JSON the
// page builds itself from. Kept apart from the API's table (routes.cpp adds
// these) because the page is for people, the API for programs.
#pragma once

#include <vector>

#include "router.hpp"

namespace sonda::server {

std::vector<Route> participant_routes();

}  // namespace sonda::server
