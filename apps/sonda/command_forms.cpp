// sonda forms list|show|validate: the instrument definitions, from a database
// or from the form path, and the check of form files before they are used.
#include <Poco/Util/Option.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.hpp"
#include "database_target.hpp"
#include "form_source.hpp"
#include "language_choice.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::cli {

namespace {

// Forms come from the database when --db is given, else from the form folders.
struct FormSet {
    Engine engine;
    std::unique_ptr<Project> project;
    std::vector<Form> from_files;
    std::optional<Study> study;  // --study, for forms read from files
    const std::vector<Form>& forms() const { return project ? project->forms() : from_files; }
    const Study* study_file(const std::optional<std::string>& path) {
        if (path) study = load_study_file(*path);
        return study ? &*study : nullptr;
    }
    // The forms of the folders, for showing: without --study a list taken
    // from the study stands as a placeholder, and a note says so.
    void load_for_showing(const std::vector<std::string>& folders,
                          const std::optional<std::string>& study_path) {
        from_files = load_forms(folders, engine.registry(), study_file(study_path),
                                WithoutStudy::Placeholder);
        placeholders =
            !study && std::any_of(from_files.begin(), from_files.end(),
                                  [](const Form& form) { return takes_study_lists(form); });
    }
    bool placeholders = false;
};

// The loader skips the instrument's checks of a form shown with a
// placeholder list. When they pass anyway, its scores do not hang on the
// study's services (network-dimensions' do not; team-expectations' do).
bool passes_instrument_checks(const Form& form, const Registry& registry) {
    const Instrument* instrument = registry.instrument(form.plugin);
    if (!instrument) return false;
    std::vector<Issue> issues;
    instrument->check_form(form, issues);
    return issues.empty();
}

void print_placeholder_note(const FormSet& set, const std::string& language) {
    if (!set.placeholders) return;
    std::cout << '\n'
              << i18n::format(language, "forms.placeholder",
                              i18n::tr(language, "definition.study.placeholder").c_str())
              << '\n';
}

void add_study_option(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("study", "",
                                         "the study file whose lists forms may take "
                                         "(\"$study.services\", docs/forms.md)")
                          .argument("FILE"));
}

void add_form_source_options(Poco::Util::OptionSet& options) {
    add_study_option(options);
    options.addOption(Poco::Util::Option("db", "",
                                         "read the forms stored in this database (a SQLite "
                                         "file or a postgresql:// URL)")
                          .argument("DB"));
    options.addOption(Poco::Util::Option("forms", "",
                                         "read the forms of this folder; repeatable "
                                         "(default: the form path)")
                          .argument("DIR")
                          .repeatable(true));
}

std::string scale_text(const Item& item, const std::string& language) {
    const auto say = [&](const char* key) { return i18n::tr(language, key); };
    std::string out;
    if (item.min || item.max) {
        std::ostringstream range;
        range << (item.min ? std::to_string(static_cast<long long>(*item.min)) : "") << ".."
              << (item.max ? std::to_string(static_cast<long long>(*item.max)) : "");
        out = range.str();
    }
    const auto& choices = item.type == "likert" ? item.scale : item.choices;
    for (std::size_t i = 0; i < choices.size(); ++i)
        out += (i ? ", " : (out.empty() ? "" : ": ")) + choices[i].value + " " +
               choices[i].label.get(language);
    if (item.multiple) out += say("forms.show.several");
    if (item.type == "matrix") {
        const auto labels = [&](const std::vector<Choice>& list) {
            std::string text;
            for (const Choice& entry : list)
                text += (text.empty() ? "" : ", ") + entry.label.get(language);
            return text;
        };
        out += i18n::format(language, "forms.show.matrix", labels(item.rows).c_str(),
                            labels(item.columns).c_str(), item.cell_type.c_str());
    }
    return out;
}

std::string number_text(double value, const std::string& language) {
    const i18n::MessageLanguage messages(language);
    return i18n::message_number(value);
}

// The scores the form's instrument makes of it, as every report will show
// them: what an author checks a declarative form against (nothing when the
// instrument is not loaded).
void print_scores(const Form& form, const Registry& registry, const std::string& language) {
    const Instrument* instrument = registry.instrument(form.plugin);
    if (!instrument) return;
    const std::vector<ScoreDefinition> scores = instrument->score_definitions(form);
    std::size_t width = 2;
    for (const ScoreDefinition& score : scores) width = std::max(width, score.name.size());
    const std::string indent(width + 4, ' ');
    const auto say = [&](const char* key) { return i18n::tr(language, key); };
    std::cout << '\n' << i18n::format(language, "forms.show.scores", scores.size()) << '\n';
    for (const ScoreDefinition& score : scores) {
        std::cout << "  " << std::left << std::setw(static_cast<int>(width) + 2) << score.name
                  << score.label.get(language);
        if (score.min || score.max)
            std::cout << ", " << (score.min ? number_text(*score.min, language) : "") << ".."
                      << (score.max ? number_text(*score.max, language) : "");
        std::cout << ", "
                  << say(score.improvement == Improvement::Higher  ? "forms.show.higher"
                         : score.improvement == Improvement::Lower ? "forms.show.lower"
                                                                   : "forms.show.neither")
                  << '\n';
        if (!score.items.empty()) {
            std::cout << indent << say("forms.show.score_items");
            for (const std::string& item : score.items) {
                const bool reversed =
                    std::find(score.reversed_items.begin(), score.reversed_items.end(), item) !=
                    score.reversed_items.end();
                std::cout << (&item == &score.items.front() ? " " : ", ") << item
                          << (reversed ? say("forms.show.reversed") : "");
            }
            std::cout << '\n';
        }
        if (!score.bands.empty()) {
            std::cout << indent << say("forms.show.bands");
            for (const Band& band : score.bands)
                std::cout << (&band == &score.bands.front() ? " " : ", ")
                          << band.label.get(language) << ' ' << number_text(band.from, language)
                          << ".." << number_text(band.to, language);
            std::cout << '\n';
        }
    }
}

class FormsListCommand : public Command {
  public:
    std::string name() const override { return "forms list"; }
    std::string summary() const override { return "list the forms: id, version, plugin, title"; }
    std::string usage() const override { return "[--db DB | --forms DIR...] [--lang LANG]"; }
    std::string details() const override {
        return "With --db lists the forms stored in the database and how many responses each has; "
               "else the forms of the form path (SONDA_FORMS_PATH, else this installation's "
               "share/sonda/forms)."
               "\n\nExamples:\n  sonda forms list\n  sonda forms list --db study.db";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_form_source_options(options);
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        FormSet set;
        set.engine.load_plugins();
        if (const auto db = value("db")) {
            if (has("forms")) usage_error("cli.usage.not_both", "--db", "--forms");
            set.project = std::make_unique<Project>(set.engine, *db, Store::Access::ReadOnly);
        } else {
            set.load_for_showing(form_folders(values("forms")), value("study"));
        }
        const std::string language =
            choose_language(value("lang"), set.project ? &set.project->study()
                                                       : (set.study ? &*set.study : nullptr));
        const auto say = [&](const char* key) { return i18n::tr(language, key); };
        std::size_t id_width = 2, plugin_width = say("forms.list.plugin").size(),
                    items_width = say("forms.list.items").size() + 2,
                    responses_width = say("forms.list.responses").size() + 2;
        for (const Form& form : set.forms()) {
            id_width = std::max(id_width, form.id.size() + 3);
            plugin_width = std::max(plugin_width, form.plugin.size());
        }
        id_width = std::max(id_width, say("forms.list.form").size());
        std::cout << std::left << std::setw(static_cast<int>(id_width) + 2)
                  << say("forms.list.form") << std::setw(static_cast<int>(plugin_width) + 2)
                  << say("forms.list.plugin") << std::setw(static_cast<int>(items_width))
                  << say("forms.list.items");
        if (set.project)
            std::cout << std::setw(static_cast<int>(responses_width))
                      << say("forms.list.responses");
        std::cout << say("forms.list.title") << '\n';
        for (const Form& form : set.forms()) {
            std::cout << std::setw(static_cast<int>(id_width) + 2)
                      << form.id + " v" + std::to_string(form.version)
                      << std::setw(static_cast<int>(plugin_width) + 2) << form.plugin
                      << std::setw(static_cast<int>(items_width)) << form.items.size();
            if (set.project) {
                ResponseFilter filter;
                filter.form = form.id;
                filter.form_version = form.version;
                std::cout << std::setw(static_cast<int>(responses_width))
                          << set.project->store().count_responses(filter);
            }
            std::cout << form.title.get(language) << '\n';
        }
        if (set.forms().empty()) std::cout << say("forms.list.none") << '\n';
        print_placeholder_note(set, language);
        return 0;
    }
};

class FormsShowCommand : public Command {
  public:
    std::string name() const override { return "forms show"; }
    std::string summary() const override { return "print one form's definition"; }
    std::string usage() const override {
        return "FORM [--version N] [--format text|json] [--db DB | --forms DIR...] [--lang LANG]";
    }
    std::string details() const override {
        return "text lists the items with their types, labels and scales, and the scores its "
               "instrument makes of them (items, reversed items, range, bands, which way is "
               "better); json prints the form file as it was loaded (from the database with "
               "--db).\n\nExample:\n"
               "  sonda forms show network-dimensions --format json";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_form_source_options(options);
        options.addOption(
            Poco::Util::Option("version", "", "this version (default: the highest)").argument("N"));
        add_format_option(options, "text (default) or json");
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (positional.size() != 1) usage_error("cli.usage.one_form_id");
        const std::string format = choice_value("format", {"text", "json"}, "text");
        const std::optional<int> version = int_value("version");
        // The form files' and the lookup's problems in --lang, else SONDA_LANG.
        const i18n::MessageLanguage messages(choose_language(value("lang"), nullptr));
        FormSet set;
        set.engine.load_plugins();
        const Form* form = nullptr;
        if (const auto db = value("db")) {
            set.project = std::make_unique<Project>(set.engine, *db, Store::Access::ReadOnly);
            form = &set.project->form(positional.front(), version);
        } else {
            set.load_for_showing(form_folders(values("forms")), value("study"));
            for (const Form& candidate : set.from_files)
                if (candidate.id == positional.front() &&
                    (version ? candidate.version == *version
                             : !form || candidate.version > form->version))
                    form = &candidate;
            if (!form)
                throw InvalidInput(
                    Location{}, unknown_form_message(positional.front(), version, set.from_files));
        }
        if (format == "json") {
            std::string text;
            if (set.project) {
                const auto record = set.project->store().form(form->id, form->version);
                if (record) text = record->definition_json;
            }
            if (text.empty()) text = form_record(*form).definition_json;
            std::cout << text << (text.empty() || text.back() != '\n' ? "\n" : "");
            return 0;
        }
        const std::string language =
            choose_language(value("lang"), set.project ? &set.project->study()
                                                       : (set.study ? &*set.study : nullptr));
        std::cout << i18n::format(language, "forms.show.heading", form->id.c_str(), form->version,
                                  form->plugin.c_str())
                  << '\n'
                  << form->title.get(language) << '\n';
        if (!form->description.empty()) std::cout << form->description.get(language) << '\n';
        std::size_t id_width = 2, type_width = 4;
        for (const Item& item : form->items) {
            id_width = std::max(id_width, item.id.size());
            type_width = std::max(type_width, item.type.size());
        }
        std::cout << '\n' << i18n::format(language, "forms.show.items", form->items.size()) << '\n';
        for (const Item& item : form->items) {
            std::cout << "  " << std::left << std::setw(static_cast<int>(id_width) + 2) << item.id
                      << std::setw(static_cast<int>(type_width) + 2) << item.type
                      << item.label.get(language)
                      << (item.required ? i18n::tr(language, "forms.show.required") : "") << '\n';
            const std::string scale = scale_text(item, language);
            if (!scale.empty())
                std::cout << "  " << std::string(id_width + type_width + 4, ' ') << scale << '\n';
        }
        set.placeholders = set.placeholders && takes_study_lists(*form);
        if (!set.placeholders || passes_instrument_checks(*form, set.engine.registry()))
            print_scores(*form, set.engine.registry(), language);
        print_placeholder_note(set, language);
        return 0;
    }
};

class FormsValidateCommand : public Command {
  public:
    std::string name() const override { return "forms validate"; }
    std::string summary() const override {
        return "check form files: every issue with file, JSON path and reason";
    }
    std::string usage() const override { return "FILE... [--study FILE] [--lang LANG]"; }
    std::string details() const override {
        return "Checks each file as `sonda init` would (with the plugins loaded) and lists every "
               "issue found. A form that takes lists from the study (\"$study.services\") "
               "needs --study FILE. The issues are worded in --lang, else $SONDA_LANG, else "
               "the --study file's first language, else English. Exit code 2 when any file is "
               "invalid.\n\nExample:\n"
               "  sonda forms validate forms/*.json\n"
               "  sonda forms validate --study study.json my-form.json";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_study_option(options);
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (positional.empty()) usage_error("cli.usage.form_files");
        Engine engine;
        engine.load_plugins();
        std::optional<Study> study;
        if (const auto path = value("study")) {
            // The study file's own problems in --lang, else SONDA_LANG (its languages are
            // not known before it is read).
            const i18n::MessageLanguage language(choose_language(value("lang"), nullptr));
            study = load_study_file(*path);
        }
        // Every issue of every file, down to an item type's, in the chosen language.
        const i18n::MessageLanguage language(
            choose_language(value("lang"), study ? &*study : nullptr));
        std::vector<Issue> issues;
        std::size_t invalid = 0;
        for (const std::string& file : positional) {
            try {
                const Form form =
                    load_form_file(file, engine.registry(), true, study ? &*study : nullptr);
                std::cout << file << ": "
                          << i18n::message("definition.validate.ok", form.id, form.version,
                                           form.plugin, form.items.size())
                          << '\n';
            } catch (const InvalidInput& error) {
                ++invalid;
                for (Issue issue : error.issues()) {
                    if (issue.where.file.empty()) issue.where.file = file;
                    issues.push_back(std::move(issue));
                }
            }
        }
        if (invalid == 0) return 0;
        issues.push_back(Issue{
            Location{}, i18n::message("definition.validate.invalid", invalid, positional.size())});
        throw InvalidInput(issues);
    }
};

class FormsCommand : public CommandGroup {
  public:
    FormsCommand() {
        add(std::make_unique<FormsListCommand>());
        add(std::make_unique<FormsShowCommand>());
        add(std::make_unique<FormsValidateCommand>());
    }
    std::string name() const override { return "forms"; }
    std::string summary() const override { return "list, show and validate forms"; }
};

}  // namespace

std::unique_ptr<Command> make_forms_command() { return std::make_unique<FormsCommand>(); }

}  // namespace sonda::cli
