// The real `sonda-server` binary for the server tests: started on
// 127.0.0.1:0, its port read from the line it prints when ready, stopped
// with a signal, its exit code and standard error kept. Requests go through
// Poco's HTTPClientSession: a real client on a real socket.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace sonda::test {

struct HttpAnswer {
    int status = 0;
    std::string reason;                          // the status line's phrase
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;
    std::string header(const std::string& name) const;  // "" when absent
};

struct HttpRequest {
    std::string method = "GET";
    std::string path;
    std::string body;
    std::string content_type;
    std::string token;  // sent as Authorization: Bearer <token> when not empty
    bool chunked = false;
    std::map<std::string, std::string> headers;
};

class ServerProcess {
  public:
    // Starts `sonda-server --db DB --listen 127.0.0.1:0` with `extra`
    // arguments and waits (up to 30 s) for its "listening on" line.
    explicit ServerProcess(const std::string& db, const std::vector<std::string>& extra = {});
    ~ServerProcess();  // SIGKILL if still running
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return m_port; }
    HttpAnswer send(const HttpRequest& request) const;
    HttpAnswer get(const std::string& path, const std::string& token = "") const;
    HttpAnswer post(const std::string& path, const std::string& body,
                    const std::string& content_type, const std::string& token = "") const;

    // Sends `signal` and waits for the exit; the exit code, or -1 when killed.
    int stop(int signal);
    void signal(int signal) const;     // without waiting
    int wait();                        // the exit code, or -1 when killed
    std::string error_output() const;  // what it wrote on standard error so far

  private:
    pid_t m_pid = -1;
    unsigned short m_port = 0;
    std::string m_stderr_path;
};

// The sonda CLI (build/bin/sonda) with these arguments; its standard output,
// REQUIREd to exit 0.
std::string run_cli(const std::vector<std::string>& args);

}  // namespace sonda::test
