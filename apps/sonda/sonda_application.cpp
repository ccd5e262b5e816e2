#include "sonda_application.hpp"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include <iostream>

#include "commands.hpp"
#include "error_report.hpp"
#include "installation_report.hpp"
#include "language_choice.hpp"
#include "output_target.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"

namespace sonda::cli {

SondaApplication::SondaApplication() : m_commands(make_commands()) { setUnixOptions(true); }

SondaApplication::~SondaApplication() = default;

int SondaApplication::run_command_line(int argc, char** argv) {
    return report_errors([&] {
        // Poco's Application would read every option on the line, the
        // command's too; it only gets what comes before the command name.
        std::vector<std::string> global{argv[0]};
        int index = 1;
        for (; index < argc; ++index) {
            const std::string arg = argv[index];
            if (!arg.empty() && arg[0] != '-') break;
            global.push_back(arg);
        }
        m_command_args.assign(argv + index, argv + argc);
        m_usage_language = usage_language(std::vector<std::string>(argv + 1, argv + argc));
        try {
            init(global);
        } catch (const Poco::Util::UnknownOptionException& error) {
            usage_error(i18n::message_in(
                m_usage_language, "cli.usage.unknown_option_before_command", error.message()));
        } catch (const Poco::Util::OptionException& error) {
            usage_error(describe_option_error(error, m_usage_language));
        }
        const int code = run();
        // Output that did not reach standard output is a failed command,
        // whatever the command thought (exit code 3).
        check_standard_output();
        return code;
    });
}

void SondaApplication::defineOptions(Poco::Util::OptionSet& options) {
    Poco::Util::Application::defineOptions(options);
    options.addOption(Poco::Util::Option("help", "h", "list the commands and exit"));
    options.addOption(Poco::Util::Option("version", "V", "print the version and exit"));
    options.addOption(Poco::Util::Option(
        "verbose", "",
        "with --version: the plugin API version and the plugin, panel and form folders"));
}

void SondaApplication::handleOption(const std::string& name, const std::string& value) {
    Poco::Util::Application::handleOption(name, value);
    if (name == "help") m_help = true;
    if (name == "version") m_version = true;
    if (name == "verbose") m_verbose = true;
}

void SondaApplication::usage_error(const std::string& message) const {
    throw UsageError(i18n::message_in(m_usage_language, "cli.usage.see_sonda_help", message));
}

int SondaApplication::main(const std::vector<std::string>&) {
    // Poco's run() would log and swallow what main throws: errors are reported here.
    return report_errors([&] {
        if (m_verbose && !m_version)
            throw UsageError(i18n::message_in(m_usage_language, "cli.usage.verbose_version"));
        if (m_version) {
            print_version(std::cout, m_verbose);
            return 0;
        }
        if (m_help) {
            print_help(std::cout);
            return 0;
        }
        if (m_command_args.empty()) {
            print_help(std::cerr);
            usage_error(i18n::message_in(m_usage_language, "cli.usage.no_command"));
        }
        const std::string& wanted = m_command_args.front();
        // A misspelt SONDA_PLUGIN_PATH entry would load nothing without a word.
        // `sonda plugins` lists every folder itself.
        if (wanted != "plugins")
            warn_missing_folders(std::cerr, plugin_search_folders(), "plugin", "SONDA_PLUGIN_PATH");
        for (const auto& command : m_commands)
            if (command->name() == wanted)
                return command->execute(
                    std::vector<std::string>(m_command_args.begin() + 1, m_command_args.end()));
        std::string known;
        for (const auto& command : m_commands)
            known += (known.empty() ? "" : ", ") + command->name();
        usage_error(i18n::message_in(m_usage_language, "cli.usage.unknown_command", wanted, known));
    });
}

void SondaApplication::print_help(std::ostream& out) const {
    out << "usage: sonda [--help] [--version [--verbose]] COMMAND [OPTIONS] [ARGS]\n"
           "sonda "
        << version_string()
        << ": surveys and change evaluation for communities of practice\n\n"
           "Commands:\n";
    for (const auto& command : m_commands) {
        std::string name = command->name();
        name.resize(std::max<std::size_t>(name.size() + 2, 10), ' ');
        out << "  " << name << command->summary() << '\n';
    }
    out << "\nEvery command has its own --help, e.g. `sonda import --help`.\n"
           "--db takes a SQLite file or a postgresql:// URL; SONDA_DB gives the default.\n"
           "Exit codes: 0 ok, 1 usage, 2 invalid input, 3 conflict or storage error.\n";
}

}  // namespace sonda::cli
