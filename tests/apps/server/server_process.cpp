#include "server_process.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace sonda::test {

namespace fs = std::filesystem;

namespace {

std::string temporary_path(const std::string& what) {
    static std::atomic<int> counter{0};
    return (fs::temp_directory_path() / ("sonda-server-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(counter++) + "." + what))
        .string();
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::string HttpAnswer::header(const std::string& name) const {
    const auto found = headers.find(Poco::toLower(name));
    return found == headers.end() ? std::string() : found->second;
}

ServerProcess::ServerProcess(const std::string& db, const std::vector<std::string>& extra) {
    m_stderr_path = temporary_path("err");
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
    std::vector<std::string> args{std::string(SONDA_BINARY_DIR) + "/bin/sonda-server", "--db", db,
                                  "--listen", "127.0.0.1:0"};
    args.insert(args.end(), extra.begin(), extra.end());
    m_pid = ::fork();
    if (m_pid == 0) {
        ::dup2(out[1], 1);
        ::close(out[0]);
        ::close(out[1]);
        const int err = ::open(m_stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(err, 2);
        std::vector<char*> argv;
        for (std::string& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    // The first line says where it listens; nothing else comes on stdout.
    FILE* stream = ::fdopen(out[0], "r");
    char line[256] = {0};
    const bool got = std::fgets(line, sizeof line, stream) != nullptr;
    std::fclose(stream);
    const std::string text = got ? line : "";
    const std::string prefix = text.rfind("listening on https://", 0) == 0
                                   ? "listening on https://127.0.0.1:"
                                   : "listening on http://127.0.0.1:";
    if (text.rfind(prefix, 0) != 0) {
        stop(SIGKILL);
        throw std::runtime_error("sonda-server did not start: '" + text +
                                 "', stderr: " + error_output());
    }
    m_port = static_cast<unsigned short>(std::stoi(text.substr(prefix.size())));
}

ServerProcess::~ServerProcess() {
    if (m_pid > 0) stop(SIGKILL);
    std::error_code ignored;
    fs::remove(m_stderr_path, ignored);
}

int ServerProcess::stop(int signal) {
    this->signal(signal);
    return wait();
}

void ServerProcess::signal(int signal) const {
    if (m_pid > 0) ::kill(m_pid, signal);
}

int ServerProcess::wait() {
    if (m_pid <= 0) return -1;
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ServerProcess::error_output() const { return slurp(m_stderr_path); }

HttpAnswer ServerProcess::send(const HttpRequest& request) const {
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    session.setTimeout(Poco::Timespan(60, 0));
    Poco::Net::HTTPRequest http(request.method, request.path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!request.token.empty()) http.set("Authorization", "Bearer " + request.token);
    for (const auto& [name, value] : request.headers) http.set(name, value);
    if (!request.content_type.empty()) http.setContentType(request.content_type);
    if (request.chunked)
        http.setChunkedTransferEncoding(true);
    else if (request.method == "POST" || !request.body.empty())
        http.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
    std::ostream& body = session.sendRequest(http);
    body << request.body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpAnswer answer;
    answer.status = static_cast<int>(response.getStatus());
    answer.reason = response.getReason();
    for (const auto& [name, value] : response) answer.headers[Poco::toLower(name)] = value;
    Poco::StreamCopier::copyToString(in, answer.body);
    return answer;
}

HttpAnswer ServerProcess::get(const std::string& path, const std::string& token) const {
    HttpRequest request;
    request.path = path;
    request.token = token;
    return send(request);
}

HttpAnswer ServerProcess::post(const std::string& path, const std::string& body,
                               const std::string& content_type, const std::string& token) const {
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.content_type = content_type;
    request.token = token;
    return send(request);
}

std::string run_cli(const std::vector<std::string>& args) {
    std::string command = std::string(SONDA_BINARY_DIR) + "/bin/sonda";
    for (const std::string& arg : args) {
        command += " '";
        for (const char c : arg) command += c == '\'' ? std::string("'\\''") : std::string(1, c);
        command += "'";
    }
    const std::string out_path = temporary_path("out");
    const std::string err_path = temporary_path("cli-err");
    const int status = std::system((command + " >" + out_path + " 2>" + err_path).c_str());
    const std::string out = slurp(out_path), err = slurp(err_path);
    fs::remove(out_path);
    fs::remove(err_path);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("sonda failed: " + command + "\n" + err);
    return out;
}

}  // namespace sonda::test
