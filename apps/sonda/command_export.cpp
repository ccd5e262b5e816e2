// sonda export: one form's responses as NDJSON, CSV (long or wide) or the data
// dictionary of the wide CSV.
#include <Poco/Util/Option.h>

#include <iostream>
#include <optional>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "output_target.hpp"
#include "sonda/engine.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/io/exporter.hpp"
#include "study_filters.hpp"

namespace sonda::cli {

namespace {

class ExportCommand : public Command {
  public:
    std::string name() const override { return "export"; }
    std::string summary() const override {
        return "export a form's responses: NDJSON, CSV long or wide, data dictionary";
    }
    std::string usage() const override {
        return "--db DB --form FORM [--format ndjson|csv-long|csv-wide|dictionary] [--out FILE] "
               "[--wave W]... [--territory T]... [--role R]... [--delimiter C] [--decimal C] "
               "[--bom|--no-bom] [--maps FILE]";
    }
    std::string details() const override {
        return "ndjson is the interchange format (one response a line, as `sonda import` reads "
               "it); "
               "csv-long has one row an answer; csv-wide one row a response and one column an "
               "item, described column by column by the dictionary. For Italian spreadsheets use "
               "--delimiter ';' --decimal ',': with ';' the CSV starts with a UTF-8 byte order "
               "mark (--no-bom leaves it out), so that Excel and LibreOffice open it with a double "
               "click and show accented letters rightly; --bom adds it with any delimiter. Every "
               "row carries its response id, also one derived for a row imported without it, so "
               "the file imports back unchanged. With --maps FILE (csv-wide) the network maps go "
               "to FILE, one actor a row, "
               "as `sonda import --maps` reads them. --wave, --territory and --role may be "
               "repeated or "
               "comma-separated.\n\nExamples:\n"
               "  sonda export --db study.db --form network-dimensions --out responses.ndjson\n"
               "  sonda export --db study.db --form network-dimensions --format csv-wide "
               "--delimiter ';' --decimal ',' --out risposte.csv";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("form", "", "the form to export").argument("FORM"));
        options.addOption(Poco::Util::Option("form-version", "", "only this version (default: all)")
                              .argument("N"));
        add_format_option(options, "ndjson (default), csv-long, csv-wide or dictionary");
        add_out_option(options);
        options.addOption(
            Poco::Util::Option("wave", "", "only these waves").argument("W").repeatable(true));
        options.addOption(Poco::Util::Option("territory", "", "only these territories")
                              .argument("T")
                              .repeatable(true));
        options.addOption(
            Poco::Util::Option("role", "", "only these roles").argument("R").repeatable(true));
        options.addOption(
            Poco::Util::Option("delimiter", "", "CSV field separator (default ',')").argument("C"));
        options.addOption(
            Poco::Util::Option("decimal", "", "decimal mark in CSV: '.' (default) or ','")
                .argument("C"));
        options.addOption(Poco::Util::Option("bom", "",
                                             "CSV: start with a UTF-8 byte order mark (default "
                                             "with --delimiter ';')"));
        options.addOption(
            Poco::Util::Option("no-bom", "", "CSV: no byte order mark, whatever the delimiter"));
        options.addOption(Poco::Util::Option("maps", "",
                                             "csv-wide: write the network maps here, one actor a "
                                             "row, and leave their column out of the wide sheet")
                              .argument("FILE"));
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const auto form = value("form");
        if (!form) usage_error("cli.usage.export_form");
        const std::string format =
            choice_value("format", {"ndjson", "csv-long", "csv-wide", "dictionary"}, "ndjson");
        ExportOptions options;
        options.format = format == "ndjson"     ? ExportFormat::Ndjson
                         : format == "csv-long" ? ExportFormat::CsvLong
                         : format == "csv-wide" ? ExportFormat::CsvWide
                                                : ExportFormat::Dictionary;
        options.delimiter = char_value("delimiter").value_or(',');
        options.decimal = char_value("decimal").value_or('.');
        if (options.decimal != '.' && options.decimal != ',') usage_error("cli.usage.decimal");
        if (options.delimiter == options.decimal) usage_error("cli.usage.delimiter_decimal");
        if (has("bom") && has("no-bom")) usage_error("cli.usage.exclusive", "--bom", "--no-bom");
        if (has("bom") && options.format == ExportFormat::Ndjson)
            usage_error("cli.usage.bom_ndjson");
        // Excel set to Italian splits a double-clicked file at ';' and, with
        // the mark, reads it as UTF-8: such a file opens right as it is.
        options.byte_order_mark = options.format != ExportFormat::Ndjson &&
                                  (has("bom") || (options.delimiter == ';' && !has("no-bom")));
        const std::string target = database_target(value("db"), name());
        // Checked before the database is opened: --out may not be the database.
        const OutputGuard guard{database_file(target), {}};
        if (names_file(value("out"))) check_output_path(*value("out"), guard, "--out");
        const auto maps_path = value("maps");
        if (maps_path) {
            if (options.format != ExportFormat::CsvWide) usage_error("cli.usage.maps_csv_wide");
            if (!names_file(maps_path)) usage_error("cli.usage.maps_file");
            if (names_file(value("out")) && *value("out") == *maps_path)
                usage_error("cli.usage.maps_out");
        }
        // The map sheet may replace neither the database nor the wide sheet.
        const OutputGuard maps_guard{database_file(target),
                                     names_file(value("out"))
                                         ? std::vector<std::string>{*value("out")}
                                         : std::vector<std::string>{}};
        if (maps_path) check_output_path(*maps_path, maps_guard, "--maps");

        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::ReadOnly);
        const Form& chosen = project.form(*form, int_value("form-version"));
        options.filter.form = chosen.id;
        options.filter.form_version = int_value("form-version");
        options.filter.waves = values("wave");
        options.filter.territories = values("territory");
        options.filter.roles = values("role");
        options.language = choose_language(value("lang"), &project.study());
        const i18n::MessageLanguage messages(options.language);
        check_waves(project.study(), options.filter.waves, "wave");
        check_territories(project.study(), options.filter.territories, "territory");
        check_roles(project.study(), options.filter.roles, "role");

        OutputTarget out(value("out"), guard);
        std::optional<OutputTarget> maps;
        if (maps_path) {
            maps.emplace(maps_path, maps_guard, "--maps");
            options.maps = &maps->stream();
        }
        const long long written = export_responses(project, out.stream(), options);
        // The map sheet first: a wide sheet without its maps is worse than
        // the other way round.
        if (maps) maps->commit();
        out.commit();
        if (out.is_file())
            std::cerr << "sonda: "
                      << i18n::format_count(options.language, "cli.wrote_export", written,
                                            chosen.id.c_str(), out.path().c_str())
                      << '\n';
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace sonda::cli
