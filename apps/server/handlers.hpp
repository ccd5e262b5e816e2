// The handlers of the API's resources, one file each: what the router calls
// for a route (router.hpp, api_routes). Each reads its request from the
// Exchange and sends its answer, or throws (problem.hpp).
#pragma once

#include "exchange.hpp"

namespace sonda::server {

// health_handlers.cpp
void get_healthz(Exchange& exchange);
void get_metrics(Exchange& exchange);
// study_handlers.cpp
void get_study(Exchange& exchange);
void get_forms(Exchange& exchange);
void get_form(Exchange& exchange);
// submission_handler.cpp
void post_responses(Exchange& exchange);
// response_listing.cpp
void get_responses(Exchange& exchange);
// correction_handlers.cpp
void post_correction(Exchange& exchange);
void post_withdrawal(Exchange& exchange);
// report_handler.cpp
void get_report(Exchange& exchange);
// audit_handler.cpp
void get_audit(Exchange& exchange);

}  // namespace sonda::server
