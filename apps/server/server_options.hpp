// What `sonda-server` is started with: the database, where it listens and the
// limits that keep one client from taking the server (docs/server.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sonda::server {

struct ServerOptions {
    std::string db;                  // SQLite file or postgresql:// URL; must exist
    std::string host = "127.0.0.1";  // --listen HOST:PORT
    unsigned short port = 8080;      // 0: a free port, printed when ready
    std::size_t max_body = 1 << 20;  // bytes of one request body, chunked included
    // A kept-alive connection holds its worker until it idles out, and a
    // phone's browser opens several: at a workshop of 30-100 phones, 4
    // workers and 10 s of keep-alive queued every page load behind idle
    // connections. More workers, shorter idling.
    int threads = 16;                   // workers, each with its own store connection
    int max_connections = 64;           // queued connections beyond the busy workers
    int timeout_seconds = 30;           // receiving or sending one request
    int keep_alive_seconds = 2;         // an idle kept-alive connection
    int auth_failures_per_minute = 10;  // per client address, then 429
    // Submissions written in one transaction at most (group_commit.hpp): with
    // 16 workers a group rarely exceeds them; 1 commits each on its own.
    int group_commit = 64;
    // How long a write waits for another writer (an import, a rescore, another
    // server) before the request is answered 503: a worker is not held for
    // the CLI's ten minutes.
    int write_wait_seconds = 15;
    // --tls-cert and --tls-key, both or neither (tls_context.hpp).
    std::string tls_certificate, tls_key;
    bool tls() const { return !tls_certificate.empty(); }
    // Reverse proxies whose X-Forwarded-For names the client (client_address.hpp).
    std::vector<std::string> trusted_proxies;
};

// Throws UsageError for a value that is not HOST:PORT.
void parse_listen(const std::string& text, ServerOptions& options);
// Throws UsageError naming the option for a value that is not a whole number
// in [minimum, maximum].
long long parse_limit(const std::string& option, const std::string& text, long long minimum,
                      long long maximum);

}  // namespace sonda::server
