#include "server_application.hpp"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include <csignal>
#include <iostream>
#include <memory>
#include <optional>

#include "client_address.hpp"
#include "exchange.hpp"
#include "project_pool.hpp"
#include "router.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "tls_context.hpp"

namespace sonda::server {

namespace {

using Poco::Util::Option;

// SIGTERM and SIGINT are blocked in every thread (workers inherit the mask)
// and taken by sigwait in the main thread only: a signal can then never land
// in a worker and end the process in the middle of a request.
sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

}  // namespace

ServerApplication::ServerApplication() { setUnixOptions(true); }
ServerApplication::~ServerApplication() = default;

int ServerApplication::run_command_line(int argc, char** argv) {
    try {
        init(argc, argv);
    } catch (const Poco::Util::OptionException& error) {
        std::cerr << "sonda-server: " << error.displayText() << "; see `sonda-server --help`\n";
        return 1;
    } catch (const Error& error) {
        std::cerr << "sonda-server: " << error.what() << '\n';
        return error.exit_code();
    }
    return run();
}

void ServerApplication::defineOptions(Poco::Util::OptionSet& options) {
    Poco::Util::Application::defineOptions(options);
    options.addOption(Option("help", "h", "show the options and exit"));
    options.addOption(Option("version", "V", "print the version and exit"));
    options.addOption(Option("db", "",
                             "the database: a SQLite file or a postgresql:// URL; it "
                             "must exist (sonda init)")
                          .argument("DB"));
    options.addOption(Option("listen", "",
                             "HOST:PORT to listen on (default 127.0.0.1:8080; "
                             "port 0 picks a free one)")
                          .argument("HOST:PORT"));
    options.addOption(
        Option("max-body", "", "largest request body in bytes (default 1048576)").argument("N"));
    options.addOption(Option("threads", "",
                             "workers, each with its own database connection "
                             "(default 16)")
                          .argument("N"));
    options.addOption(Option("max-connections", "",
                             "connections waiting for a worker before new ones are refused "
                             "(default 64)")
                          .argument("N"));
    options.addOption(
        Option("timeout", "", "seconds to receive or send a request (default 30)").argument("S"));
    options.addOption(
        Option("keep-alive", "", "seconds an idle connection is kept (default 2)").argument("S"));
    options.addOption(Option("group-commit", "",
                             "submissions that may share one transaction (default 64; "
                             "1 commits each on its own)")
                          .argument("N"));
    options.addOption(Option("wait", "",
                             "seconds a write waits for another writer before 503 "
                             "(default 15)")
                          .argument("S"));
    options.addOption(Option("tls-cert", "",
                             "serve HTTPS (TLS 1.2+) with this PEM certificate (chain); "
                             "needs --tls-key")
                          .argument("FILE"));
    options.addOption(Option("tls-key", "", "the PEM private key of --tls-cert").argument("FILE"));
    options.addOption(Option("trusted-proxy", "",
                             "a reverse proxy's address whose X-Forwarded-For names the "
                             "client (repeatable)")
                          .argument("ADDRESS")
                          .repeatable(true));
    options.addOption(Option("auth-failures", "",
                             "failed authentications a minute per address before 429 "
                             "(default 10)")
                          .argument("N"));
}

void ServerApplication::handleOption(const std::string& name, const std::string& value) {
    Poco::Util::Application::handleOption(name, value);
    ServerOptions& o = m_options;
    if (name == "help") m_help = true;
    if (name == "version") m_version = true;
    if (name == "db") o.db = value;
    if (name == "listen") parse_listen(value, o);
    if (name == "max-body") o.max_body = parse_limit("--max-body", value, 1, 1LL << 30);
    if (name == "threads") o.threads = static_cast<int>(parse_limit("--threads", value, 1, 256));
    if (name == "max-connections")
        o.max_connections = static_cast<int>(parse_limit("--max-connections", value, 1, 100000));
    if (name == "timeout")
        o.timeout_seconds = static_cast<int>(parse_limit("--timeout", value, 1, 3600));
    if (name == "keep-alive")
        o.keep_alive_seconds = static_cast<int>(parse_limit("--keep-alive", value, 1, 3600));
    if (name == "group-commit")
        o.group_commit = static_cast<int>(parse_limit("--group-commit", value, 1, 10000));
    if (name == "wait")
        o.write_wait_seconds = static_cast<int>(parse_limit("--wait", value, 0, 3600));
    if (name == "tls-cert") o.tls_certificate = value;
    if (name == "tls-key") o.tls_key = value;
    if (name == "trusted-proxy") o.trusted_proxies.push_back(parse_trusted_proxy(value));
    if (name == "auth-failures")
        o.auth_failures_per_minute =
            static_cast<int>(parse_limit("--auth-failures", value, 1, 100000));
}

void ServerApplication::print_help() const {
    Poco::Util::HelpFormatter help(options());
    help.setUnixStyle(true);
    help.setCommand("sonda-server");
    help.setUsage("--db DB [--listen HOST:PORT] [OPTIONS]");
    help.setHeader("The sonda HTTP API over a study's database (docs/server.md).");
    help.format(std::cout);
}

int ServerApplication::main(const std::vector<std::string>& args) {
    try {
        if (m_help) {
            print_help();
            return 0;
        }
        if (m_version) {
            std::cout << "sonda-server " << version_string() << '\n';
            return 0;
        }
        if (!args.empty()) throw UsageError("unexpected argument '" + args.front() + "'");
        if (m_options.db.empty())
            throw UsageError("give the database: --db FILE or --db postgresql://...");
        if (m_options.tls_certificate.empty() != m_options.tls_key.empty())
            throw UsageError("HTTPS needs both --tls-cert and --tls-key (or neither, for HTTP)");
        return serve();
    } catch (const Error& error) {
        std::cerr << "sonda-server: " << error.what() << '\n';
        return error.exit_code();
    } catch (const std::exception& error) {
        std::cerr << "sonda-server: " << error.what() << '\n';
        return 3;
    }
}

int ServerApplication::serve() {
    const sigset_t signals = stop_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    // Before the database: a wrong certificate stops the server at once.
    std::optional<TlsLibrary> tls_library;
    std::unique_ptr<Poco::Net::ServerSocket> listening;
    const Poco::Net::SocketAddress address(m_options.host, m_options.port);
    if (m_options.tls()) {
        tls_library.emplace();
        listening = std::make_unique<Poco::Net::SecureServerSocket>(
            address, m_options.max_connections,
            make_tls_context(m_options.tls_certificate, m_options.tls_key));
    } else {
        listening = std::make_unique<Poco::Net::ServerSocket>(address, m_options.max_connections);
    }
    Poco::Net::ServerSocket& socket = *listening;

    WriterWait wait;
    wait.seconds = m_options.write_wait_seconds;
    wait.notice = [](const std::string& message) {
        std::cerr << "sonda-server: " << message << std::endl;
    };
    set_writer_wait(std::move(wait));
    Engine engine;
    engine.load_plugins();
    ProjectPool projects(engine, m_options.db, m_options.threads);
    ServerState state(m_options, projects);

    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(m_options.threads);
    params->setMaxQueued(m_options.max_connections);
    params->setTimeout(Poco::Timespan(m_options.timeout_seconds, 0));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(m_options.keep_alive_seconds, 0));
    params->setServerName("sonda-server");
    params->setSoftwareVersion("");  // no Server header: nothing to fingerprint
    Poco::ThreadPool workers(1, m_options.threads);
    Poco::Net::HTTPServer server(new Router(state, api_routes()), workers, socket, params);
    server.start();
    std::cout << "listening on " << (m_options.tls() ? "https://" : "http://") << m_options.host
              << ':' << socket.address().port() << std::endl;

    int signal = 0;
    sigwait(&signals, &signal);
    std::cerr << "sonda-server: stopping (" << (signal == SIGTERM ? "SIGTERM" : "SIGINT")
              << "): finishing the requests in flight\n";
    server.stopAll(false);  // no new connections; each open one ends after its request
    workers.joinAll();
    std::cerr << "sonda-server: stopped\n";
    return 0;
}

}  // namespace sonda::server
