// The access log: one line a request on standard error. A participant
// link's token is part of its path (/f/<token>), so the path is logged
// masked; bearer tokens travel in a header that is never logged.
#pragma once

#include <string>

namespace sonda::server {

// The path with the segment after "/f/" replaced by "***", and the query
// left out (a client may put anything there).
std::string masked_path(const std::string& uri);

// `client "METHOD path" status milliseconds`, written as one line.
void log_request(const std::string& client, const std::string& method, const std::string& uri,
                 int status, double seconds);

}  // namespace sonda::server
