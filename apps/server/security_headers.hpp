// The headers every answer carries (OWASP ASVS 4.0.3, V14.4): JSON and
// problem answers may not be framed, run or sniffed into anything else, and
// nothing about the request leaks to another site or stays in a cache.
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

namespace sonda::server {

// With `https`, also Strict-Transport-Security.
void set_security_headers(Poco::Net::HTTPServerResponse& response, bool https);
// An HTML page (the report): its inline <style> and data: images allowed,
// still no script and no framing.
void allow_html_styles(Poco::Net::HTTPServerResponse& response);

}  // namespace sonda::server
