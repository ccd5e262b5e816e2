#include "request_body.hpp"

#include <Poco/String.h>

#include <algorithm>
#include <istream>

#include "problem.hpp"

namespace sonda::server {

namespace {

HttpProblem too_large(std::size_t max_bytes) {
    return HttpProblem(413, "the request body is larger than the server's limit of " +
                                std::to_string(max_bytes) + " bytes");
}

}  // namespace

std::string read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes) {
    if (request.hasContentLength() && request.getContentLength64() >= 0 &&
        static_cast<unsigned long long>(request.getContentLength64()) > max_bytes)
        throw too_large(max_bytes);
    std::istream& in = request.stream();
    std::string body;
    char buffer[16384];
    while (in) {
        in.read(buffer, sizeof buffer);
        const std::size_t got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        if (body.size() + got > max_bytes) throw too_large(max_bytes);
        body.append(buffer, got);
    }
    return body;
}

std::string media_type(const Poco::Net::HTTPServerRequest& request) {
    std::string type = request.getContentType();
    type = type.substr(0, type.find(';'));
    return Poco::toLower(Poco::trim(type));
}

void require_media_type(const Poco::Net::HTTPServerRequest& request,
                        const std::vector<std::string>& accepted) {
    const std::string type = media_type(request);
    if (std::find(accepted.begin(), accepted.end(), type) != accepted.end()) return;
    std::string list;
    for (const std::string& one : accepted) list += (list.empty() ? "" : " or ") + one;
    throw HttpProblem(415, "the body must be " + list + ", not '" +
                               (type.empty() ? std::string("(none)") : type) + "'");
}

}  // namespace sonda::server
