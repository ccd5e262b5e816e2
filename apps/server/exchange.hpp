// One request as the handlers see it: the HTTP request and response, the
// parts of the path the route named, the query, the client's address, and
// the server's shared parts. The store connection is borrowed from the pool
// the first time a handler asks for it and given back when the request ends.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth_throttle.hpp"
#include "group_commit.hpp"
#include "metrics.hpp"
#include "project_pool.hpp"
#include "server_options.hpp"
#include "sonda/access/principal.hpp"

namespace sonda::server {

// What lives as long as the server.
struct ServerState {
    ServerOptions options;
    ProjectPool& projects;
    Metrics metrics;
    AuthThrottle throttle;
    GroupCommit commits;
    ServerState(ServerOptions options_, ProjectPool& projects_)
        : options(std::move(options_)),
          projects(projects_),
          throttle(options.auth_failures_per_minute),
          commits(static_cast<std::size_t>(options.group_commit), metrics) {}
};

class Exchange {
  public:
    Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
             ServerState& server);

    Poco::Net::HTTPServerRequest& request;
    Poco::Net::HTTPServerResponse& response;
    ServerState& server;
    std::map<std::string, std::string> path;  // {id} of the route -> its value, decoded
    std::string client;                       // the peer's address, without port

    // A query parameter; the last one when repeated.
    std::optional<std::string> query(const std::string& name) const;
    const std::vector<std::pair<std::string, std::string>>& query_parameters() const {
        return m_query;
    }
    Project& project();  // borrowed on first use
    // Who asks: set by the router for every route but the public ones.
    std::optional<Principal> principal;
    const Principal& who() const;
    // AccessDenied(true) with `message` unless `allowed`.
    void require(bool allowed, const std::string& message) const;

    // 200 (or `status`) with a JSON body.
    void send_json(const Poco::JSON::Object& body, int status = 200);
    void send_json(const Poco::JSON::Array& body, int status = 200);
    void send_text(const std::string& body, const std::string& content_type, int status = 200);

  private:
    std::vector<std::pair<std::string, std::string>> m_query;
    std::shared_ptr<Project> m_project;
};

}  // namespace sonda::server
