// sonda import: responses from NDJSON or CSV files, all-or-nothing by default.
#include <Poco/Util/Option.h>

#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "progress_bar.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/io/importer.hpp"
#include "sonda/io/safe_output.hpp"

namespace sonda::cli {

namespace {

// The problems of a failed import: issues at a line of the file. The import's
// own summary lines ("3 of 9 row(s) invalid", "and 25 more not listed") have
// none; a file-level problem alone (an empty file) counts as one.
long long problems_listed(const std::vector<Issue>& issues) {
    long long count = 0;
    for (const Issue& issue : issues) count += issue.where.line > 0;
    return count > 0 ? count : static_cast<long long>(issues.size());
}

// The closing line of a failed file. --skip-invalid helps only when the
// problems are in rows; a file that is not text, or has a bad header, is
// refused whole either way.
std::string nothing_imported(const std::vector<Issue>& issues) {
    const bool in_rows = std::any_of(issues.begin(), issues.end(),
                                     [](const Issue& issue) { return issue.where.line > 0; });
    return i18n::message_count(in_rows ? "import.nothing_imported_rows" : "import.nothing_imported",
                               problems_listed(issues));
}

// "answers.csv: 9 rows, 7 inserted, 0 unchanged, 2 rejected", --dry-run's wording when nothing is
// stored.
std::string summary_line(const ImportSummary& summary, bool dry_run) {
    return i18n::message_count("input.rows", summary.rows) + ", " +
           i18n::message_count(dry_run ? "import.would_insert" : "import.inserted",
                               summary.inserted) +
           ", " + i18n::message_count("import.unchanged", summary.unchanged) + ", " +
           i18n::message_count("import.rejected", summary.rejected);
}

class ImportCommand : public Command {
  public:
    std::string name() const override { return "import"; }
    std::string summary() const override { return "import responses from NDJSON or CSV"; }
    std::string usage() const override {
        return "--db DB FILE... [--format ndjson|csv] [--skip-invalid --rejected FILE] "
               "[--dry-run] [--wait SECONDS] [--maps FILE] [--lang CODE]";
    }
    std::string details() const override {
        return "Each FILE ('-' for standard input) is imported whole or not at all: any invalid "
               "row "
               "is reported as file, line, item and reason, and nothing of that file is stored "
               "(exit code 2). With --skip-invalid the valid rows are stored and the rejected ones "
               "written to --rejected in the input's format. Importing the same responses again is "
               "a no-op; the same id with different content is a conflict (exit code 3). A row "
               "may leave out its id (no id column, an empty cell, no \"id\" key): it gets one "
               "derived from study, form, wave, territory and respondent, so a sheet imported "
               "again is a no-op too, a changed row a conflict, and one respondent twice in a "
               "file an error. A wide CSV's network maps may come one actor a row in a second "
               "sheet, --maps FILE (docs/csv.md). CSV as "
               "spreadsheets save it: ';' or ',' separated, decimal comma, UTF-8 (with or without "
               "BOM) or Windows-1252. Writers of one database take turns: an import that finds "
               "another one writing says \"waiting for another writer\" on standard error and "
               "waits up to --wait SECONDS (default $SONDA_WAIT, else 600) before giving up "
               "(exit code 3). --dry-run checks every row, against the stored responses too, says "
               "what "
               "would be inserted, unchanged or rejected, and stores nothing.\n\nExamples:\n  "
               "sonda import --db study.db responses.ndjson\n"
               "  sonda import --db study.db answers.csv --dry-run\n"
               "  sonda import --db study.db answers.csv --skip-invalid --rejected rejected.csv";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        add_lang_option(options);
        options.addOption(Poco::Util::Option("wait", "",
                                             "how long to wait for another writer of the database "
                                             "(seconds; default $SONDA_WAIT, else 600)")
                              .argument("SECONDS"));
        add_format_option(options, "ndjson or csv (default: by file extension, then by content)");
        options.addOption(
            Poco::Util::Option("skip-invalid", "", "store the valid rows, reject the others"));
        options.addOption(Poco::Util::Option(
            "dry-run", "", "check every row and say what would be stored; store nothing"));
        options.addOption(
            Poco::Util::Option("rejected", "", "with --skip-invalid: write the rejected rows here")
                .argument("FILE"));
        options.addOption(Poco::Util::Option("maps", "",
                                             "a wide CSV's network maps, one actor a row "
                                             "(docs/csv.md)")
                              .argument("FILE"));
    }

    int run(const std::vector<std::string>& files) override {
        if (files.empty()) usage_error("cli.usage.import_files");
        ImportOptions options;
        const std::string format = choice_value("format", {"ndjson", "csv"}, "");
        options.format = format == "ndjson" ? InputFormat::Ndjson
                         : format == "csv"  ? InputFormat::Csv
                                            : InputFormat::Auto;
        options.skip_invalid = has("skip-invalid");
        options.dry_run = has("dry-run");
        if (const auto rejected = value("rejected")) {
            if (!options.skip_invalid) usage_error("cli.usage.rejected_skip_invalid");
            if (files.size() > 1) usage_error("cli.usage.rejected_one_file");
            if (options.dry_run) usage_error("cli.usage.rejected_dry_run");
            options.rejected_path = *rejected;
        }
        if (const auto maps = value("maps")) {
            if (files.size() > 1) usage_error("cli.usage.maps_one_file");
            options.maps_path = *maps;
        }
        const std::string target = database_target(value("db"), name());
        configure_writer_wait(value("wait"));
        // Before anything is stored: the rejected rows may not replace the
        // database or the file being imported.
        if (!options.rejected_path.empty())
            check_output_path(
                options.rejected_path,
                OutputGuard{database_file(target),
                            options.maps_path.empty()
                                ? files
                                : std::vector<std::string>{files.front(), options.maps_path}},
                "--rejected");

        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::Existing);
        // Every message of this import, down to a cell's, in the chosen language.
        const i18n::MessageLanguage language(choose_language(value("lang"), &project.study()));
        ImportSummary total;
        std::vector<Issue> all_rejected;
        for (const std::string& file : files) {
            ProgressBar bar;
            options.progress = [&bar](const ImportProgress& progress) { bar.update(progress); };
            ImportSummary summary;
            try {
                summary = file == "-" ? import_responses(project, std::cin, "<stdin>", 0, options)
                                      : import_file(project, file, options);
            } catch (const InvalidInput& error) {
                bar.finish();
                std::vector<Issue> issues = error.issues();
                issues.push_back(Issue{Location{file == "-" ? "<stdin>" : file, 0, "", ""},
                                       nothing_imported(issues)});
                throw InvalidInput(issues);
            }
            bar.finish();
            // Rows skipped with --skip-invalid are still reported, one a line.
            for (const Issue& issue : summary.issues)
                std::cerr << "sonda: " << i18n::message("import.rejected_issue", issue.to_string())
                          << '\n';
            std::cout << (file == "-" ? "<stdin>" : file) << ": "
                      << summary_line(summary, options.dry_run);
            if (summary.rejected > 0 && !options.rejected_path.empty())
                std::cout << i18n::message("import.written_to", options.rejected_path);
            if (options.dry_run) std::cout << i18n::message("import.dry_run");
            std::cout << '\n';
            // --skip-invalid that stored nothing because every row was
            // rejected is a failed import, not a success (exit code 2).
            if (summary.rows > 0 && summary.rejected == summary.rows)
                all_rejected.push_back(
                    Issue{Location{file == "-" ? "<stdin>" : file, 0, "", ""},
                          i18n::message_count("import.all_rejected", summary.rows)});
            total.rows += summary.rows;
            total.inserted += summary.inserted;
            total.unchanged += summary.unchanged;
            total.rejected += summary.rejected;
        }
        if (files.size() > 1)
            std::cout << i18n::message("import.total", summary_line(total, options.dry_run))
                      << (options.dry_run ? i18n::message("import.dry_run") : std::string())
                      << '\n';
        if (!all_rejected.empty()) throw InvalidInput(all_rejected);
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace sonda::cli
