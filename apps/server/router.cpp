#include "router.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <chrono>
#include <iostream>

#include "access_log.hpp"
#include "authentication.hpp"
#include "client_address.hpp"
#include "problem.hpp"
#include "security_headers.hpp"

namespace sonda::server {

namespace {

class RoutedRequest : public Poco::Net::HTTPRequestHandler {
  public:
    explicit RoutedRequest(Router& router) : m_router(router) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        m_router.handle(request, response);
    }

  private:
    Router& m_router;
};

std::vector<std::string> segments(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 1;  // paths start with '/'
    while (start <= path.size()) {
        const std::size_t end = path.find('/', start);
        parts.push_back(path.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

bool matches(const std::string& pattern, const std::vector<std::string>& path,
             std::map<std::string, std::string>& captured) {
    const std::vector<std::string> wanted = segments(pattern);
    if (wanted.size() != path.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const std::string& part = wanted[i];
        if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
            if (path[i].empty()) return false;
            found[part.substr(1, part.size() - 2)] = path[i];
        } else if (part != path[i]) {
            return false;
        }
    }
    captured = std::move(found);
    return true;
}

}  // namespace

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new RoutedRequest(*this);
}

const Route* Router::find(const std::string& method, const std::string& path,
                          std::map<std::string, std::string>& captured,
                          std::vector<std::string>& allowed) const {
    const std::vector<std::string> parts = segments(path);
    const Route* chosen = nullptr;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> values;
        if (!matches(route.pattern, parts, values)) continue;
        allowed.push_back(route.method);
        if (route.method == method && !chosen) {
            chosen = &route;
            captured = std::move(values);
        }
    }
    return chosen;
}

void Router::handle(Poco::Net::HTTPServerRequest& request,
                    Poco::Net::HTTPServerResponse& response) {
    const auto started = std::chrono::steady_clock::now();
    set_security_headers(response, m_server.options.tls());
    std::string route_name = "unmatched";
    std::string client = client_address(request, m_server.options.trusted_proxies);
    try {
        Exchange exchange(request, response, m_server);
        std::string path = Poco::URI(request.getURI()).getPath();
        std::vector<std::string> allowed;
        const Route* route = find(request.getMethod(), path, exchange.path, allowed);
        if (!route) {
            if (allowed.empty()) throw HttpProblem(404, "no such resource");
            throw HttpProblem(405, "this resource answers " +
                                       Poco::cat(std::string(", "), allowed.begin(), allowed.end()))
                .with_header("Allow", Poco::cat(std::string(", "), allowed.begin(), allowed.end()));
        }
        route_name = route->pattern;
        if (route->authenticated) exchange.principal = authenticate(exchange);
        route->handler(exchange);
    } catch (...) {
        const HttpProblem problem = problem_of(std::current_exception());
        // A body left unread (too large, or refused before reading) would be
        // taken for the next request on a kept-alive connection: close it.
        if (request.getChunkedTransferEncoding() ||
            (request.hasContentLength() && request.getContentLength64() > 0))
            response.setKeepAlive(false);
        if (!response.sent()) {
            send_problem(response, problem);
        } else {
            std::cerr << "sonda-server: " << route_name
                      << ": failed while answering: " << problem.detail() << '\n';
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const int status = static_cast<int>(response.getStatus());
    m_server.metrics.record_request(route_name, status, seconds);
    log_request(client, request.getMethod(), request.getURI(), status, seconds);
}

}  // namespace sonda::server
