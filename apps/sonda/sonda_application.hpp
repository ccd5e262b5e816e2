// The `sonda` application: Poco::Util::Application handles the global options
// (--help, --version [--verbose]) that come before the command; the command named by the
// first other argument parses the rest with its own option set.
#pragma once

#include <Poco/Util/Application.h>

#include <memory>
#include <string>
#include <vector>

#include "command.hpp"

namespace sonda::cli {

class SondaApplication : public Poco::Util::Application {
  public:
    SondaApplication();

    // The whole run: split argv, let Poco process the global options, run the command.
    int run_command_line(int argc, char** argv);

  protected:
    ~SondaApplication() override;  // reference counted, as every Poco application
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& args) override;

  private:
    void print_help(std::ostream& out) const;
    // UsageError "<message>; see `sonda --help`", worded in m_usage_language.
    [[noreturn]] void usage_error(const std::string& message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    std::vector<std::string> m_command_args;  // argv from the command name on
    bool m_help = false;
    bool m_version = false;
    bool m_verbose = false;               // --version --verbose
    std::string m_usage_language = "en";  // of the errors before a command runs
};

}  // namespace sonda::cli
