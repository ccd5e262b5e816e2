// `sonda-server`: the options, then the server's life. It opens one store
// connection per worker before it listens, prints "listening on
// http://HOST:PORT" on standard output once it accepts connections, and on
// SIGTERM or SIGINT stops accepting, lets the requests in flight finish, and
// exits 0.
#pragma once

#include <Poco/Util/Application.h>

#include <string>
#include <vector>

#include "server_options.hpp"

namespace sonda::server {

class ServerApplication : public Poco::Util::Application {
  public:
    ServerApplication();
    // Options, then the server; errors printed as "sonda-server: ..." with
    // the CLI's exit codes (1 usage, 3 storage).
    int run_command_line(int argc, char** argv);

  protected:
    ~ServerApplication() override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

  private:
    int serve();
    void print_help() const;

    ServerOptions m_options;
    bool m_help = false;
    bool m_version = false;
};

}  // namespace sonda::server
