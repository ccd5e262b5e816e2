// A `sonda` command: its own option set (Poco::Util::OptionSet, parsed by
// Poco's OptionProcessor in Unix style), its own --help, and a run() that gets
// the positional arguments. Commands with sub-commands (`forms list|show|
// validate`, `study show`) are a CommandGroup of such commands. Errors leave a
// command as sonda::Error; the application turns them into messages and exit codes.
#pragma once

#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sonda/i18n/message_language.hpp"

namespace sonda::cli {

// Poco's exception for a wrong option ("Unknown option: x") in sonda's words:
// "unknown option 'x'", "option 'x' needs a value", ... in `language`.
std::string describe_option_error(const Poco::Util::OptionException& error,
                                  const std::string& language);

class Command {
  public:
    virtual ~Command() = default;

    // The full name as typed after `sonda`, e.g. "import" or "forms validate".
    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;            // one line for the command list
    virtual std::string usage() const = 0;              // arguments after the name
    virtual std::string details() const { return {}; }  // what it does, examples

    // Parses `args` (what follows the command name), then runs. Returns the exit code.
    virtual int execute(const std::vector<std::string>& args);
    virtual void print_help(std::ostream& out) const;

  protected:
    virtual void define_options(Poco::Util::OptionSet& options) const = 0;
    virtual int run(const std::vector<std::string>& positional) = 0;

    // Parsed options: the last value given (or "" for a flag), or every value.
    bool has(const std::string& option) const { return m_values.count(option) > 0; }
    std::optional<std::string> value(const std::string& option) const;
    std::vector<std::string> values(const std::string& option) const;
    // An option's value as an integer or single character; UsageError otherwise.
    std::optional<int> int_value(const std::string& option) const;
    std::optional<char> char_value(const std::string& option) const;
    // An option whose value must be one of `allowed`; UsageError listing them otherwise.
    std::string choice_value(const std::string& option, const std::vector<std::string>& allowed,
                             const std::string& fallback) const;

    // UsageError "<name>: <message>; see `sonda <name> --help`", all in the
    // usage language (--lang on the line, else $SONDA_LANG, else English:
    // usage_language() in language_choice.hpp); <message> is the catalogue's
    // `key`, a "cli.usage." one, with `args` filled in.
    template <typename... Args>
    [[noreturn]] void usage_error(std::string_view key, const Args&... args) const;
    // The usage language, from the raw arguments (execute() sets it first).
    void set_usage_language(const std::vector<std::string>& args);

  private:
    [[noreturn]] void usage_error_text(const std::string& message) const;

    std::map<std::string, std::vector<std::string>> m_values;
    std::string m_usage_language = "en";
};

template <typename... Args>
void Command::usage_error(std::string_view key, const Args&... args) const {
    usage_error_text(i18n::message_in(m_usage_language, key, args...));
}

// A command whose first argument names a sub-command.
class CommandGroup : public Command {
  public:
    int execute(const std::vector<std::string>& args) override;
    void print_help(std::ostream& out) const override;
    std::string usage() const override;

  protected:
    void add(std::unique_ptr<Command> command) { m_commands.push_back(std::move(command)); }
    void define_options(Poco::Util::OptionSet& options) const override;
    int run(const std::vector<std::string>& positional) override;

  private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Options several commands share, defined the same way everywhere.
void add_help_option(Poco::Util::OptionSet& options);
void add_db_option(Poco::Util::OptionSet& options);
void add_lang_option(Poco::Util::OptionSet& options);
void add_format_option(Poco::Util::OptionSet& options, const std::string& formats);
void add_out_option(Poco::Util::OptionSet& options);

}  // namespace sonda::cli
