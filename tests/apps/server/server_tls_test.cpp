// sonda-server over HTTPS (--tls-cert, --tls-key) against the real binary: a
// certificate made by the openssl CLI for this test, a client that trusts
// exactly it, TLS 1.1 refused by the server, plain HTTP on the TLS port
// refused without harm, and a wrong certificate or key stopping the server
// before it listens.
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/StreamCopier.h>
#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "server_fixture.hpp"

using namespace sonda::test;

namespace {

// Runs a shell command; its exit code and what it printed (stdout and stderr).
std::pair<int, std::string> shell(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run: " + command);
    std::array<char, 4096> buffer;
    while (std::fgets(buffer.data(), buffer.size(), pipe)) output += buffer.data();
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// A self-signed certificate for 127.0.0.1, its key, and a key of nothing.
struct Certificates {
    std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("sonda-tls-test-" + std::to_string(::getpid()));
    std::string certificate = (folder / "cert.pem").string();
    std::string key = (folder / "key.pem").string();
    std::string other_key = (folder / "other.pem").string();
    Certificates() {
        std::filesystem::create_directories(folder);
        const auto made = shell(
            "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "
            "/CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout " +
            key + " -out " + certificate);
        if (made.first != 0) throw std::runtime_error("openssl req failed: " + made.second);
        if (shell("openssl genrsa -out " + other_key + " 2048").first != 0)
            throw std::runtime_error("openssl genrsa failed");
    }
    ~Certificates() {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
};

struct Ssl {
    Ssl() { Poco::Net::initializeSSL(); }
    ~Ssl() { Poco::Net::uninitializeSSL(); }
};

HttpAnswer https_get(unsigned short port, const std::string& path, const std::string& trusted) {
    Poco::Net::Context::Ptr context = new Poco::Net::Context(
        Poco::Net::Context::TLS_CLIENT_USE, "", "", trusted, Poco::Net::Context::VERIFY_STRICT);
    Poco::Net::HTTPSClientSession session("127.0.0.1", port, context);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpAnswer answer;
    answer.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) answer.headers[Poco::toLower(name)] = value;
    Poco::StreamCopier::copyToString(in, answer.body);
    return answer;
}

}  // namespace

TEST_CASE("[server] HTTPS: TLS 1.2+, HSTS, and plain HTTP or TLS 1.1 refused without harm") {
    Ssl ssl;
    Certificates files;
    ServedDemo demo({"--tls-cert", files.certificate, "--tls-key", files.key});
    const unsigned short port = demo.server->port();

    const HttpAnswer health = https_get(port, "/healthz", files.certificate);
    CHECK(health.status == 200);
    CHECK(health.header("Strict-Transport-Security") == "max-age=31536000");

    // Plain HTTP to the TLS port: the client fails, the server goes on.
    CHECK_THROWS(demo.server->get("/healthz"));

    const std::string connect = " -connect 127.0.0.1:" + std::to_string(port) + " </dev/null";
    const auto old = shell("openssl s_client -tls1_1 -cipher DEFAULT:@SECLEVEL=0" + connect);
    INFO(old.second);
    CHECK(old.first != 0);
    // Refused by the server (its alert), not by this client's own policy.
    CHECK(old.second.find("alert protocol version") != std::string::npos);
    const auto current = shell("openssl s_client -tls1_2" + connect);
    CHECK(current.second.find("Protocol  : TLSv1.2") != std::string::npos);

    CHECK(https_get(port, "/healthz", files.certificate).status == 200);
    // An HTTP answer over TLS says nothing of HSTS to an HTTP server:
    // without --tls-cert there is no such header.
    ServedDemo plain;
    CHECK(plain.server->get("/healthz").header("Strict-Transport-Security").empty());
}

TEST_CASE("[server] a wrong certificate or key stops the server before it listens") {
    Certificates files;
    ServedDemo demo;
    const std::string server = std::string(SONDA_BINARY_DIR) + "/bin/sonda-server";
    const std::string base = server + " --db " + demo.db + " --listen 127.0.0.1:0";
    struct Case {
        std::string arguments, message;
    };
    const std::vector<Case> cases{
        {" --tls-cert " + files.certificate,
         "HTTPS needs both --tls-cert and --tls-key (or neither, for HTTP)"},
        {" --tls-cert " + files.certificate + " --tls-key " + files.other_key,
         "--tls-key " + files.other_key + " does not belong to the certificate in " +
             files.certificate},
        {" --tls-cert " + files.certificate + "-missing --tls-key " + files.key,
         "--tls-cert " + files.certificate + "-missing: no such file"},
        {" --tls-cert " + files.key + " --tls-key " + files.certificate,
         "not a PEM certificate and private key that OpenSSL can read"},
    };
    for (const Case& one : cases) {
        const auto result = shell(base + one.arguments);
        INFO(one.arguments << "\n" << result.second);
        CHECK(result.first == 1);
        CHECK(result.second.find(one.message) != std::string::npos);
        CHECK(result.second.find("listening") == std::string::npos);
    }
}
