// Reading a request's body within the server's limit, whatever its framing:
// a Content-Length over the limit is refused before a byte is read, a chunked
// body as soon as it passes the limit (413 in both cases), so a client cannot
// make the server hold more than the limit.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace sonda::server {

// The body, at most `max_bytes`; HttpProblem 413 beyond.
std::string read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes);

// The request's media type, lower case and without parameters ("application/json").
std::string media_type(const Poco::Net::HTTPServerRequest& request);
// HttpProblem 415 unless the media type is one of `accepted`.
void require_media_type(const Poco::Net::HTTPServerRequest& request,
                        const std::vector<std::string>& accepted);

}  // namespace sonda::server
