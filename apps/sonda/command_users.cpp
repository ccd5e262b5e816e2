// sonda users add|list|revoke: the accounts of sonda-server. A token is
// printed once, alone on standard output (so a script can keep it), and
// exists nowhere else afterwards: only its keyed hash is stored.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Util/Option.h>

#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "sonda/access/access_control.hpp"
#include "sonda/util/utc_time.hpp"

namespace sonda::cli {

namespace {

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const std::string& value : values) text += (text.empty() ? "" : ",") + value;
    return text;
}

std::string state_of(const Principal& principal, const std::string& now) {
    if (!principal.revoked_at.empty()) return "revoked " + principal.revoked_at;
    if (!principal.expires_at.empty() && principal.expires_at <= now)
        return "expired " + principal.expires_at;
    return principal.expires_at.empty() ? "active" : "active until " + principal.expires_at;
}

Poco::JSON::Array strings(const std::vector<std::string>& values) {
    Poco::JSON::Array array;
    for (const std::string& value : values) array.add(value);
    return array;
}

class UsersAddCommand : public Command {
  public:
    std::string name() const override { return "users add"; }
    std::string summary() const override { return "make an account and print its token once"; }
    std::string usage() const override {
        return "--name NAME --role admin|evaluator|coordinator|collector [--territory T]... "
               "[--form F]... [--wave W]... [--expires DATE] [--db DB]";
    }
    std::string details() const override {
        return "admin: everything, accounts and links included. evaluator: every territory, "
               "raw export. coordinator: its territories' responses and objectives, and the "
               "protected reports of the whole community (--territory, at least one). "
               "collector: submits only, to its territories (and --form/--wave when given).\n\n"
               "The token is printed alone on standard output and never again: sonda keeps "
               "only a keyed hash of it. Lost tokens are revoked and replaced.\n\nExamples:\n"
               "  sonda users add --db study.db --name anna --role coordinator --territory "
               "empolese\n"
               "  TOKEN=$(sonda users add --db study.db --name tablet1 --role collector "
               "--territory pisa --expires 2026-12-31)";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("name", "", "the account's name").argument("NAME"));
        options.addOption(Poco::Util::Option("role", "",
                                             "admin, evaluator, coordinator or "
                                             "collector")
                              .argument("ROLE"));
        options.addOption(Poco::Util::Option("territory", "",
                                             "a territory it is limited to; "
                                             "repeatable")
                              .argument("T")
                              .repeatable(true));
        options.addOption(Poco::Util::Option("form", "",
                                             "collectors: a form it may submit to; "
                                             "repeatable")
                              .argument("F")
                              .repeatable(true));
        options.addOption(Poco::Util::Option("wave", "",
                                             "collectors: a wave it may submit to; "
                                             "repeatable")
                              .argument("W")
                              .repeatable(true));
        options.addOption(Poco::Util::Option("expires", "",
                                             "a date (the end of that day, UTC) "
                                             "or a UTC time after which the "
                                             "token is refused")
                              .argument("DATE"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        AccountRequest request;
        request.name = value("name").value_or("");
        if (request.name.empty()) usage_error("cli.usage.account_name");
        const std::string role = value("role").value_or("");
        const std::optional<AccessRole> parsed = parse_access_role(role);
        if (!parsed) {
            if (role.empty()) usage_error("cli.usage.role_missing");
            usage_error("cli.usage.role_unknown", role);
        }
        request.role = *parsed;
        request.territories = values("territory");
        request.forms = values("form");
        request.waves = values("wave");
        request.expires_at = value("expires").value_or("");
        const auto store =
            Store::open(database_target(value("db"), name()), Store::Access::Existing);
        const IssuedToken issued = AccessControl(*store).add_account(request);
        std::cout << issued.token << '\n';
        std::cerr << "account '" << issued.principal.name << "' ("
                  << access_role_name(issued.principal.role)
                  << (issued.principal.territories.empty()
                          ? ""
                          : ", territories " + joined(issued.principal.territories))
                  << ") made. Its token is above and is shown only this once: give it to its "
                     "holder now.\n";
        return 0;
    }
};

class UsersListCommand : public Command {
  public:
    std::string name() const override { return "users list"; }
    std::string summary() const override {
        return "list accounts and participant links (never their tokens)";
    }
    std::string usage() const override { return "[--format text|json] [--db DB]"; }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        add_format_option(options, "text (default) or json");
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string format = choice_value("format", {"text", "json"}, "text");
        const auto store =
            Store::open(database_target(value("db"), name()), Store::Access::ReadOnly);
        const std::vector<Principal> principals = AccessControl(*store).principals();
        const std::string now = utc_now();
        if (format == "json") {
            Poco::JSON::Array list;
            for (const Principal& principal : principals) {
                Poco::JSON::Object entry(Poco::JSON_PRESERVE_KEY_ORDER);
                entry.set("name", principal.name);
                entry.set("kind", principal.link ? "link" : "account");
                entry.set("role", std::string(access_role_name(principal.role)));
                entry.set("territories", strings(principal.territories));
                entry.set("forms", strings(principal.forms));
                entry.set("waves", strings(principal.waves));
                entry.set("created_at", principal.created_at);
                entry.set("expires_at", principal.expires_at);
                entry.set("revoked_at", principal.revoked_at);
                entry.set("active", principal.active_at(now));
                list.add(entry);
            }
            list.stringify(std::cout);
            std::cout << '\n';
            return 0;
        }
        auto scope_of = [](const Principal& principal) {
            std::string scope = joined(principal.territories);
            if (!principal.forms.empty()) scope += " " + joined(principal.forms);
            if (!principal.waves.empty()) scope += " " + joined(principal.waves);
            return scope.empty() ? std::string("all territories") : scope;
        };
        std::size_t width = 4, scope_width = 5;
        for (const Principal& principal : principals) {
            width = std::max(width, principal.name.size());
            scope_width = std::max(scope_width, scope_of(principal).size());
        }
        std::cout << std::left << std::setw(static_cast<int>(width) + 2) << "NAME" << std::setw(13)
                  << "ROLE" << std::setw(static_cast<int>(scope_width) + 2) << "SCOPE"
                  << "STATE\n";
        for (const Principal& principal : principals)
            std::cout << std::setw(static_cast<int>(width) + 2) << principal.name << std::setw(13)
                      << access_role_name(principal.role)
                      << std::setw(static_cast<int>(scope_width) + 2) << scope_of(principal)
                      << state_of(principal, now) << '\n';
        if (principals.empty()) std::cout << "(no accounts or links)\n";
        return 0;
    }
};

class UsersRevokeCommand : public Command {
  public:
    std::string name() const override { return "users revoke"; }
    std::string summary() const override {
        return "revoke an account or a participant link at once";
    }
    std::string usage() const override { return "NAME [--db DB]"; }
    std::string details() const override {
        return "The next request with its token is refused, on every server of the database. "
               "The name stays taken and its history stays in the audit log.";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (positional.size() != 1) usage_error("cli.usage.revoke_name");
        const auto store =
            Store::open(database_target(value("db"), name()), Store::Access::Existing);
        if (!AccessControl(*store).revoke(positional.front()))
            throw InvalidInput(Location{}, "no account or link is named '" + positional.front() +
                                               "' (see `sonda users list`)");
        std::cout << "revoked '" << positional.front() << "'\n";
        return 0;
    }
};

class UsersCommand : public CommandGroup {
  public:
    UsersCommand() {
        add(std::make_unique<UsersAddCommand>());
        add(std::make_unique<UsersListCommand>());
        add(std::make_unique<UsersRevokeCommand>());
    }
    std::string name() const override { return "users"; }
    std::string summary() const override { return "accounts of sonda-server"; }
};

}  // namespace

std::unique_ptr<Command> make_users_command() { return std::make_unique<UsersCommand>(); }

}  // namespace sonda::cli
