// sonda study show: the study of a database (or of a study file), in order.
#include <Poco/Util/Option.h>

#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/dates.hpp"
#include "sonda/store/store.hpp"

namespace sonda::cli {

namespace {

template <typename Entry>
void print_entries(std::ostream& out, const char* heading, const std::vector<Entry>& entries,
                   const std::string& language) {
    std::size_t width = 0;
    for (const Entry& entry : entries) width = std::max(width, entry.id.size());
    out << i18n::format(language, heading, entries.size()) << '\n';
    for (const Entry& entry : entries)
        out << "  " << std::left << std::setw(static_cast<int>(width) + 2) << entry.id
            << entry.name.get(language) << '\n';
}

void print_study(std::ostream& out, const Study& study, const std::string& language) {
    out << i18n::format(language, "study.show.heading", study.id.c_str());
    if (!study.title.empty()) out << ": " << study.title.get(language);
    std::string languages;
    for (const std::string& code : study.languages)
        languages += (languages.empty() ? "" : ", ") + code;
    out << '\n'
        << i18n::format(language, "study.show.languages", languages.c_str()) << '\n'
        << i18n::format(language, "study.show.min_cell", study.min_cell) << "\n\n";
    print_entries(out, "study.show.territories", study.territories, language);
    print_entries(out, "study.show.roles", study.roles, language);
    print_entries(out, "study.show.services", study.services, language);
    std::size_t width = 0;
    for (const Wave& wave : study.waves) width = std::max(width, wave.id.size());
    out << i18n::format(language, "study.show.waves", study.waves.size()) << '\n';
    // The id and the ISO date as the study file writes them, then the date as people read it.
    for (const Wave& wave : study.waves)
        out << "  " << wave.order << ". " << std::left << std::setw(static_cast<int>(width) + 2)
            << wave.id << wave.date << "  " << wave.label.get(language) << " · "
            << i18n::date_text(wave.date, language) << '\n';
}

class StudyShowCommand : public Command {
  public:
    std::string name() const override { return "study show"; }
    std::string summary() const override {
        return "show the study: territories, roles, services and waves in their order";
    }
    std::string usage() const override {
        return "[--db DB | --study FILE] [--format text|json] [--lang LANG]";
    }
    std::string details() const override {
        return "Reads the study from the database (or from a study file with --study). json prints "
               "it in the study file format.\n\nExample:\n  sonda study show --db study.db "
               "--format json";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(
            Poco::Util::Option("study", "", "read this study file instead of a database")
                .argument("FILE"));
        add_format_option(options, "text (default) or json");
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string format = choice_value("format", {"text", "json"}, "text");
        Study study;
        if (const auto file = value("study")) {
            if (has("db")) usage_error("cli.usage.not_both", "--db", "--study");
            study = load_study_file(*file);
        } else {
            study = Store::open(database_target(value("db"), name()), Store::Access::ReadOnly)
                        ->load_study();
        }
        if (format == "json")
            std::cout << study_to_json(study) << '\n';
        else
            print_study(std::cout, study, choose_language(value("lang"), &study));
        return 0;
    }
};

class StudyCommand : public CommandGroup {
  public:
    StudyCommand() { add(std::make_unique<StudyShowCommand>()); }
    std::string name() const override { return "study"; }
    std::string summary() const override { return "show the study of a database"; }
};

}  // namespace

std::unique_ptr<Command> make_study_command() { return std::make_unique<StudyCommand>(); }

}  // namespace sonda::cli
