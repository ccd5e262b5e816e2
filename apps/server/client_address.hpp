// Who a request comes from, for throttling, the audit log and the access log.
// Behind a reverse proxy (TLS termination, a load balancer) every request
// comes from the proxy: throttled by that address, ten mistyped links would
// lock a whole workshop out. A proxy named with --trusted-proxy is believed
// about the client it forwards (X-Forwarded-For); nobody else is, since any
// client can send the header.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <string>
#include <vector>

namespace sonda::server {

// The peer's address; when the peer is a trusted proxy, the rightmost
// address of X-Forwarded-For that is not itself a trusted proxy (the one the
// first trusted hop saw). A malformed header falls back to the peer.
std::string client_address(const Poco::Net::HTTPServerRequest& request,
                           const std::vector<std::string>& trusted_proxies);

// Throws UsageError for a value that is not an IPv4 or IPv6 address.
std::string parse_trusted_proxy(const std::string& text);

}  // namespace sonda::server
