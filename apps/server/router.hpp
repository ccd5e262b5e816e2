// Every request goes through the router: it sets the security headers, finds
// the route (404 for an unknown path, 405 with Allow for a known path asked
// with another method), runs the handler, turns what it throws into a
// problem answer, then counts the request (metrics) and logs one line.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <string>
#include <vector>

#include "exchange.hpp"

namespace sonda::server {

struct Route {
    std::string method;   // "GET", "POST"
    std::string pattern;  // "/api/v1/forms/{id}": a {name} segment matches any one segment
    std::function<void(Exchange&)> handler;
    bool authenticated = true;  // false: answers anyone (/healthz)
};

class Router : public Poco::Net::HTTPRequestHandlerFactory {
  public:
    Router(ServerState& server, std::vector<Route> routes)
        : m_server(server), m_routes(std::move(routes)) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest& request) override;

    // The route for the method and path, with its {name} parts in `captured`;
    // null when none. `allowed` gets the methods of the routes of this path.
    const Route* find(const std::string& method, const std::string& path,
                      std::map<std::string, std::string>& captured,
                      std::vector<std::string>& allowed) const;
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

  private:
    ServerState& m_server;
    std::vector<Route> m_routes;
};

// The routes of the API, each pointing at its handler (handlers.hpp).
std::vector<Route> api_routes();

}  // namespace sonda::server
