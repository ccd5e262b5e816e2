// sonda rescore: a form's stored scores computed again by the plugin loaded
// now, all or nothing, after the plugin was fixed or upgraded.
#include <Poco/Util/Option.h>

#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "sonda/engine.hpp"
#include "sonda/io/rescore.hpp"

namespace sonda::cli {

namespace {

std::string scorer_text(const Scorer& scorer) {
    return scorer.recorded() ? "plugin '" + scorer.plugin + "' " + scorer.version
                             : "a plugin version sonda did not record";
}

class RescoreCommand : public Command {
  public:
    std::string name() const override { return "rescore"; }
    std::string summary() const override {
        return "compute a form's stored scores again with the plugin loaded now";
    }
    std::string usage() const override {
        return "--db DB --form FORM [--dry-run] [--wait SECONDS]";
    }
    std::string details() const override {
        return "Scores are computed when responses are imported, by the plugin loaded then. After "
               "the plugin is fixed or upgraded, rescore computes every stored response of the "
               "form again (all its versions, withdrawn responses too), checked first as an "
               "import would, and stores the scores that changed; every score set then records "
               "the plugin and version that computed it, so `sonda report` stops warning about "
               "scores from another version. One transaction: if the plugin fails on any "
               "response, or a stored response no longer passes its checks, nothing changes "
               "(exit code 2, naming the response). --dry-run counts what would change and "
               "stores nothing. Like an import, it waits for other writers (--wait, "
               "$SONDA_WAIT).\n\nExamples:\n"
               "  sonda rescore --db study.db --form network-dimensions --dry-run\n"
               "  sonda rescore --db study.db --form network-dimensions";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(
            Poco::Util::Option("form", "", "the form whose scores to compute").argument("FORM"));
        options.addOption(
            Poco::Util::Option("dry-run", "", "count what would change; store nothing"));
        options.addOption(Poco::Util::Option("wait", "",
                                             "how long to wait for another writer of the database "
                                             "(seconds; default $SONDA_WAIT, else 600)")
                              .argument("SECONDS"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::optional<std::string> form = value("form");
        if (!form || form->empty()) usage_error("cli.usage.rescore_form");
        const std::string target = database_target(value("db"), name());
        configure_writer_wait(value("wait"));
        const bool dry_run = has("dry-run");

        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::Existing);
        const RescoreSummary summary = rescore_form(project, *form, dry_run);
        std::cout << "form '" << *form << "': " << summary.responses
                  << " responses scored again by " << scorer_text(summary.scorer) << ": "
                  << summary.changed_responses << (dry_run ? " would change" : " changed") << " ("
                  << summary.changed_scores << " scores in all)";
        for (std::size_t i = 0; i < summary.replaced.size(); ++i)
            std::cout << (i ? ", " : "; before, some had been computed by ")
                      << scorer_text(summary.replaced[i]);
        std::cout << (dry_run ? " (dry run: nothing stored)\n" : "\n");
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_rescore_command() { return std::make_unique<RescoreCommand>(); }

}  // namespace sonda::cli
