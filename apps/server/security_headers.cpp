#include "security_headers.hpp"

namespace sonda::server {

void set_security_headers(Poco::Net::HTTPServerResponse& response, bool https) {
    // Browsers that once reached the server over HTTPS never try HTTP again.
    if (https) response.set("Strict-Transport-Security", "max-age=31536000");
    response.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set("Cache-Control", "no-store");
    response.set("X-Frame-Options", "DENY");  // for browsers without frame-ancestors
}

void allow_html_styles(Poco::Net::HTTPServerResponse& response) {
    response.set("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                 "frame-ancestors 'none'");
}

}  // namespace sonda::server
