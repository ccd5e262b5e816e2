#include "command.hpp"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include <iostream>

#include "language_choice.hpp"
#include "sonda/error.hpp"

namespace sonda::cli {

namespace {

std::string join(const std::vector<std::string>& words, const std::string& separator) {
    std::string out;
    for (const std::string& word : words) out += (out.empty() ? "" : separator) + word;
    return out;
}

}  // namespace

std::string describe_option_error(const Poco::Util::OptionException& error,
                                  const std::string& language) {
    const std::string& what = error.message();
    const auto say = [&](std::string_view key) { return i18n::message_in(language, key, what); };
    if (dynamic_cast<const Poco::Util::UnknownOptionException*>(&error))
        return say("cli.usage.unknown_option");
    if (dynamic_cast<const Poco::Util::AmbiguousOptionException*>(&error))
        return say("cli.usage.ambiguous_option");
    if (dynamic_cast<const Poco::Util::MissingArgumentException*>(&error))
        return say("cli.usage.needs_value");
    if (dynamic_cast<const Poco::Util::UnexpectedArgumentException*>(&error))
        return say("cli.usage.unexpected_value");
    if (dynamic_cast<const Poco::Util::DuplicateOptionException*>(&error))
        return say("cli.usage.given_twice");
    if (dynamic_cast<const Poco::Util::MissingOptionException*>(&error))
        return say("cli.usage.missing_option");
    return error.displayText();
}

void Command::set_usage_language(const std::vector<std::string>& args) {
    m_usage_language = cli::usage_language(args);
}

int Command::execute(const std::vector<std::string>& args) {
    set_usage_language(args);
    // Until a command chooses the language of its messages (--lang, else
    // $SONDA_LANG, else the study's), what it says is in the usage language:
    // a missing --db, a wrong --wait.
    const i18n::MessageLanguage messages(m_usage_language);
    Poco::Util::OptionSet options;
    define_options(options);
    Poco::Util::OptionProcessor processor(options);
    processor.setUnixStyle(true);
    m_values.clear();
    std::vector<std::string> positional;
    bool after_dashes = false;
    std::string awaiting_value;  // an option whose value is the next argument
    std::string current;         // the argument being read, as the user typed it
    try {
        for (const std::string& arg : args) {
            current = arg;
            // "-" is a file name (standard input), not an option.
            if (after_dashes || (arg == "-" && awaiting_value.empty())) {
                positional.push_back(arg);
                continue;
            }
            if (arg == "--") {
                after_dashes = true;
                continue;
            }
            std::string option_name, option_value;
            if (processor.process(arg, option_name, option_value)) {
                // An empty name: the option's value follows as the next argument.
                awaiting_value = option_name.empty() ? arg : std::string();
                if (!option_name.empty()) m_values[option_name].push_back(option_value);
            } else {
                positional.push_back(arg);
            }
        }
        if (!awaiting_value.empty()) usage_error("cli.usage.needs_value", awaiting_value);
        if (!has("help")) processor.checkRequired();
    } catch (const Poco::Util::UnknownOptionException&) {
        usage_error("cli.usage.unknown_option", current.substr(0, current.find('=')));
    } catch (const Poco::Util::OptionException& error) {
        usage_error_text(describe_option_error(error, m_usage_language));
    }
    if (has("help")) {
        print_help(std::cout);
        return 0;
    }
    return run(positional);
}

void Command::print_help(std::ostream& out) const {
    Poco::Util::OptionSet options;
    define_options(options);
    Poco::Util::HelpFormatter formatter(options);
    formatter.setUnixStyle(true);
    formatter.setCommand("sonda " + name());
    formatter.setUsage(usage());
    formatter.setHeader(summary());
    formatter.setFooter(details());
    formatter.setWidth(100);
    formatter.format(out);
}

std::optional<std::string> Command::value(const std::string& option) const {
    auto found = m_values.find(option);
    if (found == m_values.end() || found->second.empty()) return std::nullopt;
    return found->second.back();
}

std::vector<std::string> Command::values(const std::string& option) const {
    std::vector<std::string> out;
    auto found = m_values.find(option);
    if (found == m_values.end()) return out;
    // Repeated options and comma-separated lists both work: --wave a --wave b, --wave a,b.
    for (const std::string& given : found->second) {
        std::size_t start = 0;
        while (start <= given.size()) {
            const std::size_t end = std::min(given.find(',', start), given.size());
            if (end > start) out.push_back(given.substr(start, end - start));
            start = end + 1;
        }
    }
    return out;
}

std::optional<int> Command::int_value(const std::string& option) const {
    const auto text = value(option);
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        const int parsed = std::stoi(*text, &used);
        if (used == text->size()) return parsed;
    } catch (const std::logic_error&) {
        // reported below
    }
    usage_error("cli.usage.whole_number", option, *text);
}

std::optional<char> Command::char_value(const std::string& option) const {
    const auto text = value(option);
    if (!text) return std::nullopt;
    if (*text == "tab" || *text == "\\t") return '\t';
    if (text->size() != 1) usage_error("cli.usage.single_character", option, *text);
    return (*text)[0];
}

std::string Command::choice_value(const std::string& option,
                                  const std::vector<std::string>& allowed,
                                  const std::string& fallback) const {
    const auto text = value(option);
    if (!text) return fallback;
    for (const std::string& candidate : allowed)
        if (candidate == *text) return candidate;
    usage_error("cli.usage.one_of", option, join(allowed, ", "), *text);
}

void Command::usage_error_text(const std::string& message) const {
    throw UsageError(
        i18n::message_in(m_usage_language, "cli.usage.see_help", name(), message, name()));
}

int CommandGroup::execute(const std::vector<std::string>& args) {
    set_usage_language(args);
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        if (args.empty()) {
            print_help(std::cerr);
            usage_error("cli.usage.which_sub_command");
        }
        print_help(std::cout);
        return 0;
    }
    for (const auto& command : m_commands) {
        const std::string& full = command->name();
        const std::string leaf = full.substr(full.rfind(' ') + 1);
        if (leaf == args.front())
            return command->execute(std::vector<std::string>(args.begin() + 1, args.end()));
    }
    std::vector<std::string> names;
    for (const auto& command : m_commands)
        names.push_back(command->name().substr(name().size() + 1));
    usage_error("cli.usage.unknown_sub_command", args.front(), join(names, ", "));
}

void CommandGroup::print_help(std::ostream& out) const {
    out << "usage: sonda " << name() << ' ' << usage() << "\n" << summary() << "\n\n";
    for (const auto& command : m_commands) {
        std::string leaf = command->name().substr(name().size() + 1);
        leaf.resize(std::max<std::size_t>(leaf.size() + 2, 12), ' ');
        out << "  " << leaf << command->summary() << '\n';
    }
    out << "\nEach sub-command has its own --help, e.g. `sonda " << m_commands.front()->name()
        << " --help`.\n";
}

std::string CommandGroup::usage() const {
    std::vector<std::string> names;
    for (const auto& command : m_commands)
        names.push_back(command->name().substr(name().size() + 1));
    return join(names, "|") + " [OPTIONS]";
}

void CommandGroup::define_options(Poco::Util::OptionSet& options) const {
    add_help_option(options);
}

int CommandGroup::run(const std::vector<std::string>&) { return 0; }

void add_help_option(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("help", "h", "show this help and exit"));
}

void add_db_option(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("db", "",
                                         "the database: a SQLite file or a postgresql:// URL "
                                         "(default: $SONDA_DB)")
                          .argument("DB"));
}

void add_lang_option(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("lang", "",
                                         "language of labels, e.g. it or en (default: "
                                         "$SONDA_LANG, else the study's first language)")
                          .argument("LANG"));
}

void add_format_option(Poco::Util::OptionSet& options, const std::string& formats) {
    options.addOption(Poco::Util::Option("format", "", "format: " + formats).argument("FORMAT"));
}

void add_out_option(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("out", "o",
                                         "write to FILE (replaced only when complete) "
                                         "instead of standard output")
                          .argument("FILE"));
}

}  // namespace sonda::cli
