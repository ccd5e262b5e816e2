// sonda demo: builds the demo study of the RETICULATE workshops into a database.
#include <Poco/Util/Option.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "form_source.hpp"
#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"

namespace sonda::cli {

namespace {

namespace fs = std::filesystem;

bool is_postgresql(const std::string& target) {
    return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

class DemoCommand : public Command {
  public:
    std::string name() const override { return "demo"; }
    std::string summary() const override {
        return "build the demo study of the RETICULATE workshops (Tuscany, 2023-2024)";
    }
    std::string usage() const override {
        return "--db DB [--force] [--data DIR] [--forms DIR]... [--seed N]";
    }
    std::string details() const override {
        return "Creates the study of the workshop report (four territories, their roles, four "
               "specialised services, the workshops of 2023-12-01 and 2024-03-05 and a follow-up "
               "on 2024-10-15) with responses to the three instruments. Texts are the report's as "
               "written there (forms/demo/*.json); the numbers the report does not give (likert "
               "answers, rings, progress) are generated from a fixed seed, so every run builds the "
               "same data. An existing SQLite file is refused unless --force, which recreates it."
               "\n\nExample:\n  sonda demo --db demo.db --force\n"
               "  sonda report --db demo.db --from workshop-1 --to workshop-2";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("force", "f", "replace an existing SQLite file"));
        options.addOption(Poco::Util::Option("data", "",
                                             "the demo's data folder (default: demo/ "
                                             "in the form path)")
                              .argument("DIR"));
        options.addOption(Poco::Util::Option("forms", "",
                                             "a folder of form files; repeatable "
                                             "(default: the form path)")
                              .argument("DIR")
                              .repeatable(true));
        options.addOption(
            Poco::Util::Option("seed", "", "seed of the generated numbers").argument("N"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string target = database_target(value("db"), name());
        DemoOptions options;
        options.data_folder = value("data").value_or("");
        options.form_folders = form_folders(values("forms"));
        if (const auto seed = int_value("seed")) options.seed = static_cast<std::uint32_t>(*seed);

        Engine engine;
        engine.load_plugins();
        if (options.data_folder.empty()) options.data_folder = default_demo_folder();

        if (!is_postgresql(target) && fs::exists(target)) {
            if (!has("force"))
                throw ConflictError(target +
                                    " exists: the demo builds a new database; use --force to "
                                    "replace it, or give another --db");
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(target + suffix);
        }
        const DemoSummary summary = build_demo_study(engine, target, options);

        for (const auto& [missing, why] : summary.missing_instruments)
            std::cerr << "sonda: demo: the instrument '" << missing << "' is not answered (" << why
                      << "): its responses are left out\n";
        std::cout << "demo study " << summary.study_id << " in " << printable_target(target)
                  << '\n';
        for (const auto& [form, count] : summary.responses_per_form)
            std::cout << "  " << form << ": " << count << " responses\n";
        std::cout << "  respondents per territory and wave:\n";
        for (const auto& [territory, waves] : summary.respondents) {
            std::cout << "    " << territory << ':';
            for (const auto& [wave, count] : waves) std::cout << ' ' << wave << '=' << count;
            std::cout << '\n';
        }
        std::cout << "  " << summary.import.inserted << " responses stored, "
                  << summary.import.unchanged << " already there\n";
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_demo_command() { return std::make_unique<DemoCommand>(); }

}  // namespace sonda::cli
