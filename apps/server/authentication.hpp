// Who is asking: the bearer token of the Authorization header, checked by
// core's AccessControl. A wrong token costs the client's address one of its
// allowed failures (auth_throttle.hpp) and leaves an "auth.failed" entry in
// the audit log with the address, never the token.
#pragma once

#include "exchange.hpp"
#include "sonda/access/principal.hpp"

namespace sonda::server {

// Throws HttpProblem 401 (with WWW-Authenticate: Bearer) for a missing or
// refused token, 429 (with Retry-After) while the address is throttled.
Principal authenticate(Exchange& exchange);
// A refused token or link: one failure for the address's throttle and an
// "auth.failed" audit entry with the address and `detail`, never the token.
void record_failed_authentication(Exchange& exchange, const std::string& detail);

}  // namespace sonda::server
