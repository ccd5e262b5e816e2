// Runs the real `sonda` binary for the CLI tests: arguments, environment
// changes and standard input in; exit code, stdout and stderr out. Each test
// works in its own scratch folder under the system's temporary folder.
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace sonda::test {

struct CliResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct CliEnvironment {
    std::string binary;  // the sonda to run; empty: build/bin/sonda
    // Added for the run. Messages in English, whatever the demo study's first
    // language (Italian): a test that wants Italian says --lang it or sets this.
    std::map<std::string, std::string> set{{"SONDA_LANG", "en"}};
    std::vector<std::string> unset{"SONDA_DB", "SONDA_LANG", "SONDA_FORMS_PATH",
                                   "SONDA_PLUGIN_PATH"};
};

CliResult run_sonda(const std::vector<std::string>& args, const CliEnvironment& environment = {},
                    const std::string& input_file = {});
// The same with standard output sent where the shell redirection says
// (">/dev/full", ">&-"): `out` stays empty.
CliResult run_sonda_with_stdout(const std::vector<std::string>& args,
                                const std::string& stdout_redirection);

// A fresh folder removed at the end of the test.
class ScratchFolder {
  public:
    ScratchFolder();
    ~ScratchFolder();
    std::filesystem::path path(const std::string& name) const { return m_path / name; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

  private:
    std::filesystem::path m_path;
};

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
// The text of `path` with each `from` replaced by its `to` (first occurrence);
// throws when a `from` is not there, so a test never edits nothing.
std::string edited_text(const std::string& path,
                        const std::vector<std::pair<std::string, std::string>>& edits);
std::size_t count_lines(const std::string& text);

// The demo study file and the source tree's forms folder.
std::string demo_study_file();
std::string forms_folder();

// A network-dimensions response in the interchange format; `sharing_1` may be
// set out of range to make it invalid.
std::string network_response(const std::string& id, const std::string& wave,
                             const std::string& territory, const std::string& respondent,
                             int sharing_1 = 4);

// A database made by `sonda demo` once per test run (the demo is deterministic).
const std::string& shared_demo_db();

Poco::JSON::Object::Ptr parse_object(const std::string& text);

// What a shell command prints (standard output and error), for the tools
// that check a file from outside: pdfinfo, pdftotext (poppler-utils, which
// script/bootstrap --test installs).
std::string command_output(const std::string& command);

// pdftotext's text with every run of white space made one space: lines break
// where the page does, not where the phrase does.
std::string pdf_text(const std::string& path);

}  // namespace sonda::test
