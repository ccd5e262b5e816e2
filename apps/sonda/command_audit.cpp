// sonda audit verify|list: the audit log's hash chain, checked from the first
// entry, and the entries themselves.
#include <Poco/Util/Option.h>

#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "database_target.hpp"
#include "sonda/access/audit_log.hpp"
#include "sonda/error.hpp"
#include "sonda/store/store.hpp"

namespace sonda::cli {

namespace {

class AuditVerifyCommand : public Command {
  public:
    std::string name() const override { return "audit verify"; }
    std::string summary() const override {
        return "check that no audit entry was changed, removed or reordered";
    }
    std::string usage() const override { return "[--anchor SEQUENCE:HASH] [--db DB]"; }
    std::string details() const override {
        return "Each entry carries the SHA-256 of the one before it and of its own fields. Exit "
               "0 when the chain holds; exit 2 naming the first entry that breaks it. The "
               "newest entry's number and hash are printed: kept outside the database and "
               "given back as --anchor, they also show whether newest entries were removed.";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("anchor", "",
                                             "an entry recorded earlier, as this command "
                                             "printed it: it must still be there")
                              .argument("SEQUENCE:HASH"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        std::optional<AuditAnchor> anchor;
        if (const auto text = value("anchor")) anchor = parse_audit_anchor(*text);
        const auto store =
            Store::open(database_target(value("db"), name()), Store::Access::ReadOnly);
        const AuditVerdict verdict = verify_audit(*store, anchor);
        if (verdict.broken_at) {
            std::cerr << "sonda: the audit log is broken at entry " << *verdict.broken_at << ": "
                      << verdict.reason << " (" << verdict.entries - 1
                      << " entries before it hold)\n";
            return static_cast<int>(ErrorKind::InvalidInput);
        }
        std::cout << "audit log intact: " << verdict.entries << " entries\n";
        if (verdict.entries > 0)
            std::cout << "newest entry: " << verdict.entries << ':' << verdict.newest_hash
                      << " (keep it outside the database; --anchor with it shows later whether "
                         "entries were removed)\n";
        return 0;
    }
};

class AuditListCommand : public Command {
  public:
    std::string name() const override { return "audit list"; }
    std::string summary() const override { return "print the audit log's entries"; }
    std::string usage() const override { return "[--after N] [--format text|ndjson] [--db DB]"; }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        add_format_option(options, "text (default) or ndjson");
        options.addOption(Poco::Util::Option("after", "",
                                             "only the entries after this sequence "
                                             "number")
                              .argument("N"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string format = choice_value("format", {"text", "ndjson"}, "text");
        const long long after = int_value("after").value_or(0);
        const auto store =
            Store::open(database_target(value("db"), name()), Store::Access::ReadOnly);
        store->access().for_each_audit(after, [&](const AuditEntry& entry) {
            if (format == "ndjson") {
                std::cout << audit_entry_json(entry) << '\n';
                return;
            }
            std::ostringstream text;
            text << entry.sequence << "  " << entry.at << "  "
                 << (entry.event.who.empty() ? "(cli)" : entry.event.who) << "  "
                 << entry.event.action << "  " << entry.event.target
                 << (entry.event.detail.empty() ? "" : "  " + entry.event.detail) << "  ["
                 << entry.event.source << "]";
            std::cout << safe_message(text.str()) << '\n';
        });
        return 0;
    }
};

class AuditCommand : public CommandGroup {
  public:
    AuditCommand() {
        add(std::make_unique<AuditVerifyCommand>());
        add(std::make_unique<AuditListCommand>());
    }
    std::string name() const override { return "audit"; }
    std::string summary() const override { return "the audit log of sonda-server"; }
};

}  // namespace

std::unique_ptr<Command> make_audit_command() { return std::make_unique<AuditCommand>(); }

}  // namespace sonda::cli
