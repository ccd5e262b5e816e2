// sonda report: the change between two waves for one form, or for every form
// that has data, per territory, role or overall, with small cells suppressed.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Util/Option.h>

#include <iostream>
#include <set>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "output_target.hpp"
#include "report_warnings.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/report/report.hpp"
#include "study_filters.hpp"

namespace sonda::cli {

namespace {

class ReportCommand : public Command {
  public:
    std::string name() const override { return "report"; }
    std::string summary() const override { return "report the change between two waves"; }
    std::string usage() const override {
        return "--db DB [--form FORM] [--from WAVE] [--to WAVE] [--by territory|role|none] "
               "[--min-cell K] [--no-suppression] [--format text|json|csv|html] [--out FILE] "
               "[--lang LANG]";
    }
    std::string details() const override {
        return "For each score of the form: n, mean, sd and median per wave, the change with its "
               "95% interval, t and rank tests, effect size and bands, plus what the instrument "
               "adds (ring moves, theme changes, objective transitions). Groups smaller than the "
               "study's min_cell are withheld, and so are those that would let one be worked out "
               "by subtraction from any other report. --territory/--role choose groups, never a "
               "new total: with --by none at most one of each, with --by territory at most one "
               "role, with --by role at most one territory. --min-cell may raise min_cell; below "
               "the study's value it needs --no-suppression, which shows small groups and says so "
               "in a banner. Without --form, every "
               "form that has data is reported one after another (text; json gives an array). "
               "Without --from/--to, the first and the last wave with data. The JSON contract is "
               "in "
               "docs/report.md.\n\nExamples:\n"
               "  sonda report --db demo.db --from workshop-1 --to workshop-2\n"
               "  sonda report --db demo.db --form network-dimensions --from workshop-1 "
               "--to workshop-2 --format html --out report.html";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("form", "", "the form (default: every form with data)")
                              .argument("FORM"));
        options.addOption(
            Poco::Util::Option("form-version", "", "this version of the form").argument("N"));
        options.addOption(Poco::Util::Option("from", "", "the earlier wave").argument("WAVE"));
        options.addOption(Poco::Util::Option("to", "", "the later wave").argument("WAVE"));
        options.addOption(Poco::Util::Option("by", "", "group by territory (default), role or none")
                              .argument("GROUP"));
        options.addOption(Poco::Util::Option("territory", "", "only these territories")
                              .argument("T")
                              .repeatable(true));
        options.addOption(
            Poco::Util::Option("role", "", "only these roles").argument("R").repeatable(true));
        options.addOption(Poco::Util::Option("min-cell", "",
                                             "smallest group shown (default: the "
                                             "study's min_cell, 5)")
                              .argument("K"));
        options.addOption(Poco::Util::Option("no-suppression", "",
                                             "show small groups too (for "
                                             "evaluators holding the raw data)"));
        add_format_option(options, "text (default), json, csv or html");
        add_out_option(options);
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string format = choice_value("format", {"text", "json", "csv", "html"}, "text");
        const std::string by = choice_value("by", {"territory", "role", "none"}, "territory");
        const std::optional<int> min_cell = int_value("min-cell");
        if (min_cell && *min_cell < 1) usage_error("cli.usage.at_least", "min-cell", 1);
        const std::string target = database_target(value("db"), name());
        const OutputGuard guard{database_file(target), {}};
        if (names_file(value("out"))) check_output_path(*value("out"), guard, "--out");

        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::ReadOnly);
        const Study& study = project.study();

        ReportRequest request;
        request.form_version = int_value("form-version");
        request.from_wave = value("from").value_or("");
        request.to_wave = value("to").value_or("");
        request.by = by == "territory" ? GroupBy::Territory
                     : by == "role"    ? GroupBy::Role
                                       : GroupBy::None;
        request.min_cell = min_cell;
        request.suppression = !has("no-suppression");
        request.language = choose_language(value("lang"), &study);
        // What was asked for, and what is refused, is worded in the same language.
        const i18n::MessageLanguage messages(request.language);
        request.territories = values("territory");
        request.roles = values("role");
        std::vector<std::string> waves;
        if (!request.from_wave.empty()) waves.push_back(request.from_wave);
        if (!request.to_wave.empty()) waves.push_back(request.to_wave);
        check_waves(study, waves, "from/--to");
        check_territories(study, request.territories, "territory");
        check_roles(study, request.roles, "role");

        std::vector<std::string> forms;
        if (const auto form = value("form")) {
            forms.push_back(project.form(*form, request.form_version).id);
        } else {
            if (request.form_version)
                usage_error("cli.usage.needs_option", "--form-version", "--form");
            std::set<std::string> seen;
            for (const Form& candidate : project.forms()) {
                if (!seen.insert(candidate.id).second) continue;
                ResponseFilter filter;
                filter.form = candidate.id;
                if (project.store().any_response(filter)) forms.push_back(candidate.id);
            }
            if (forms.empty())
                throw InvalidInput(Location{printable_target(target), 0, "", ""},
                                   "no form has any response yet; import some first");
            if (forms.size() > 1 && (format == "csv" || format == "html")) {
                std::string list;
                for (const std::string& id : forms) list += (list.empty() ? "" : ", ") + id;
                usage_error("cli.usage.one_form_format", format, list);
            }
        }

        std::vector<Report> reports;
        ReportWarnings warnings;
        for (const std::string& form : forms) {
            request.form = form;
            reports.push_back(build_report(project, request));
            warnings.add(reports.back());
        }
        warnings.print();

        OutputTarget out(value("out"), guard);
        std::ostream& stream = out.stream();
        if (format == "json") {
            if (reports.size() == 1 && has("form")) {
                Poco::JSON::Stringifier::stringify(report_to_json(reports.front()), stream, 2);
            } else {
                Poco::JSON::Array list;
                for (const Report& report : reports) list.add(report_to_json(report));
                Poco::JSON::Stringifier::stringify(list, stream, 2);
            }
            stream << '\n';
        } else if (format == "csv") {
            write_report_csv(reports.front(), stream);
        } else if (format == "html") {
            write_report_html(reports.front(), project, request.language, stream);
        } else {
            for (std::size_t i = 0; i < reports.size(); ++i) {
                if (i > 0) stream << '\n' << std::string(78, '=') << "\n\n";
                write_report_text(reports[i], project, request.language, stream);
            }
        }
        out.commit();
        if (out.is_file())
            std::cerr << "sonda: "
                      << i18n::format(request.language, "cli.wrote_report", out.path().c_str())
                      << '\n';
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace sonda::cli
