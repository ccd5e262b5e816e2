// sonda init: creates (or extends) a database with a study and its forms.
#include <Poco/Util/Option.h>

#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "form_source.hpp"
#include "language_choice.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/store/store.hpp"

namespace sonda::cli {

namespace {

class InitCommand : public Command {
  public:
    std::string name() const override { return "init"; }
    std::string summary() const override {
        return "create a database and load a study file and the forms";
    }
    std::string usage() const override {
        return "--db DB --study FILE [--forms DIR]... [--lang it|en]";
    }
    std::string details() const override {
        return "Loads the study (territories, roles, services, waves) and every form of the form "
               "folders into DB. On a database that already holds a study, new territories, roles, "
               "services, waves and forms are added. Every file is checked before anything is "
               "written.\n\nExample:\n  sonda init --db study.db --study forms/demo/study.json";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("wait", "",
                                             "how long to wait for another writer of the database "
                                             "(seconds; default $SONDA_WAIT, else 600)")
                              .argument("SECONDS"));
        options.addOption(
            Poco::Util::Option("study", "", "the study file (JSON, see docs/study.md)")
                .argument("FILE"));
        options.addOption(Poco::Util::Option("forms", "",
                                             "a folder of form files; repeatable "
                                             "(default: the form path)")
                              .argument("DIR")
                              .repeatable(true));
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const auto study_file = value("study");
        if (!study_file) usage_error("cli.usage.required", "--study FILE");
        const std::string target = database_target(value("db"), name());
        configure_writer_wait(value("wait"));

        Engine engine;
        engine.load_plugins();
        // Read and check everything first: a bad file must leave no database behind.
        // The study file's problems in --lang, else SONDA_LANG (its languages are
        // not known before it is read); then the study's language.
        std::optional<Study> read;
        {
            const i18n::MessageLanguage language(choose_language(value("lang"), nullptr));
            read = load_study_file(*study_file);
        }
        const Study& study = *read;
        const i18n::MessageLanguage language(choose_language(value("lang"), &study));
        const std::vector<Form> forms =
            load_forms(form_folders(values("forms")), engine.registry(), &study);

        auto store = Store::open(target);
        const bool had_study = store->has_study();
        store->save_study(study);
        try {
            for (const Form& form : forms) store->save_form(form_record(form));
        } catch (const ConflictError& error) {
            // A shipped form changed under a database whose responses use it:
            // say what still works.
            throw ConflictError(i18n::message("definition.init.form_conflict", error.what()));
        }

        std::cout << i18n::message(
                         had_study ? "definition.init.updated" : "definition.init.created",
                         printable_target(target), study.id, study.territories.size(),
                         study.roles.size(), study.services.size(), study.waves.size(),
                         forms.size())
                  << '\n';
        for (const Form& form : forms)
            std::cout << i18n::message("definition.init.form", form.id, form.version, form.plugin)
                      << '\n';
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace sonda::cli
