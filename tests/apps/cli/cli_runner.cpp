#include "cli_runner.hpp"

#include <Poco/JSON/Parser.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace sonda::test {

namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

namespace {

CliResult run(const std::vector<std::string>& args, const CliEnvironment& environment,
              const std::string& input_file, const std::string& stdout_redirection) {
    static std::atomic<int> counter{0};
    const fs::path base =
        fs::temp_directory_path() /
        ("sonda-cli-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::string command = "env";
    for (const std::string& name : environment.unset) command += " -u " + name;
    for (const auto& [name, value] : environment.set) command += " " + quoted(name + "=" + value);
    command +=
        " " + quoted(environment.binary.empty() ? std::string(SONDA_BINARY_DIR) + "/bin/sonda"
                                                : environment.binary);
    for (const std::string& arg : args) command += " " + quoted(arg);
    command += " <" + (input_file.empty() ? std::string("/dev/null") : quoted(input_file));
    command += (stdout_redirection.empty() ? " >" + quoted(base.string() + ".out")
                                           : " " + stdout_redirection) +
               " 2>" + quoted(base.string() + ".err");
    const int status = std::system(command.c_str());
    CliResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(base.string() + ".out");
    result.err = read_file(base.string() + ".err");
    fs::remove(base.string() + ".out");
    fs::remove(base.string() + ".err");
    return result;
}

}  // namespace

CliResult run_sonda(const std::vector<std::string>& args, const CliEnvironment& environment,
                    const std::string& input_file) {
    return run(args, environment, input_file, "");
}

CliResult run_sonda_with_stdout(const std::vector<std::string>& args,
                                const std::string& stdout_redirection) {
    return run(args, {}, "", stdout_redirection);
}

ScratchFolder::ScratchFolder() {
    static std::atomic<int> counter{0};
    m_path = fs::temp_directory_path() /
             ("sonda-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(m_path);
    fs::create_directories(m_path);
}

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;  // a leftover temporary folder must not fail a test
    fs::remove_all(m_path, ignored);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::string edited_text(const std::string& path,
                        const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = read_file(path);
    for (const auto& [from, to] : edits) {
        const std::size_t at = text.find(from);
        if (at == std::string::npos)
            throw std::runtime_error("edited_text: '" + from + "' is not in " + path);
        text.replace(at, from.size(), to);
    }
    return text;
}

std::size_t count_lines(const std::string& text) {
    std::size_t lines = 0;
    for (const char c : text) lines += c == '\n';
    return lines;
}

std::string demo_study_file() { return std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json"; }
std::string forms_folder() { return std::string(SONDA_SOURCE_DIR) + "/forms"; }

std::string network_response(const std::string& id, const std::string& wave,
                             const std::string& territory, const std::string& respondent,
                             int sharing_1) {
    return "{\"id\":\"" + id + "\",\"form\":\"network-dimensions\",\"form_version\":1,\"wave\":\"" +
           wave + "\",\"territory\":\"" + territory +
           "\",\"role\":\"social_service\",\"respondent\":\"" + respondent +
           "\",\"answers\":{\"sharing_1\":" + std::to_string(sharing_1) +
           ",\"sharing_2\":3,\"sharing_3\":4,\"integration_1\":2,\"integration_2\":3,"
           "\"integration_3\":3,\"sharing_strengths\":[\"Presence of first access desks\"]}}";
}

const std::string& shared_demo_db() {
    static const std::string path = [] {
        const fs::path file =
            fs::temp_directory_path() / ("sonda-cli-demo-" + std::to_string(::getpid()) + ".db");
        const CliResult result = run_sonda({"demo", "--db", file.string(), "--force"});
        if (result.exit_code != 0)
            throw std::runtime_error("sonda demo failed (" + std::to_string(result.exit_code) +
                                     "): " + result.err);
        std::atexit([] {
            std::error_code ignored;
            const std::string base = (fs::temp_directory_path() /
                                      ("sonda-cli-demo-" + std::to_string(::getpid()) + ".db"))
                                         .string();
            for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(base + suffix, ignored);
        });
        return file.string();
    }();
    return path;
}

Poco::JSON::Object::Ptr parse_object(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string command_output(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
    std::string out;
    char buffer[4096];
    while (pipe && fgets(buffer, sizeof buffer, pipe.get())) out += buffer;
    return out;
}

std::string pdf_text(const std::string& path) {
    const std::string text = command_output("pdftotext -layout '" + path + "' -");
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

}  // namespace sonda::test
