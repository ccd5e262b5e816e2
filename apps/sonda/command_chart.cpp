// sonda chart: one chart for slides (change with intervals, territories side
// by side, trend over every wave, star per wave) as PNG, PDF or SVG, with its
// title, n and suppression footnote.
#include <Poco/Util/Option.h>

#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "output_target.hpp"
#include "report_warnings.hpp"
#include "sonda/chart/charts.hpp"
#include "sonda/engine.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/render/file_renderer.hpp"
#include "study_filters.hpp"

namespace sonda::cli {

namespace {

// The format asked for, else the one the file's extension names, else PNG.
std::string chosen_format(const std::optional<std::string>& asked,
                          const std::optional<std::string>& out) {
    if (asked) return *asked;
    if (out && out->size() > 4) {
        const std::string extension = out->substr(out->size() - 4);
        for (const char* known : {".svg", ".pdf", ".png"})
            if (extension == known) return extension.substr(1);
    }
    return "png";
}

class ChartCommand : public Command {
  public:
    std::string name() const override { return "chart"; }
    std::string summary() const override { return "draw a chart for slides (PNG, PDF, SVG)"; }
    std::string usage() const override {
        return "--list | --db DB --form FORM --chart NAME [--territory T] [--from WAVE] "
               "[--to WAVE] [--lang LANG] [--format png|pdf|svg] [--width PX] --out FILE";
    }
    std::string details() const override {
        return "Draws one chart from the same figures as `sonda report`, withholding what the "
               "report withholds, on a 16:9 canvas legible when projected at 1280x720. --list "
               "names the charts. Without --territory the chart is of the whole community. "
               "Without --from/--to: the first and the last wave with data. --width is the PNG's "
               "width in pixels (default 1280); PDF and SVG are vector drawings. Without "
               "--format the extension of --out decides.\n\nExamples:\n"
               "  sonda chart --list\n"
               "  sonda chart --db demo.db --form network-dimensions --chart change "
               "--territory sds_pistoiese --lang it --out pistoia.png\n"
               "  sonda chart --db demo.db --form network-dimensions --chart trend --format pdf "
               "--out trend.pdf";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("list", "", "list the charts"));
        options.addOption(Poco::Util::Option("form", "", "the form").argument("FORM"));
        options.addOption(
            Poco::Util::Option("chart", "", "the chart (see --list)").argument("NAME"));
        options.addOption(
            Poco::Util::Option("territory", "", "one territory (default: everyone)").argument("T"));
        options.addOption(Poco::Util::Option("from", "", "the earlier wave").argument("WAVE"));
        options.addOption(Poco::Util::Option("to", "", "the later wave").argument("WAVE"));
        options.addOption(
            Poco::Util::Option("width", "", "PNG width in pixels (default 1280)").argument("PX"));
        add_format_option(options, "png, pdf or svg (default: from --out, else png)");
        add_out_option(options);
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        if (has("list")) return list();
        for (const char* required : {"form", "chart", "out"})
            if (!has(required)) usage_error("cli.usage.required", std::string("--") + required);
        const std::string format = chosen_format(value("format"), value("out"));
        const auto file_format = render::file_format_named(format);
        if (!file_format) usage_error("cli.usage.chart_format", format);
        const int width = int_value("width").value_or(1280);
        if (width < 16 || width > 16384) usage_error("cli.usage.width", 16, 16384);

        const std::string target = database_target(value("db"), name());
        const OutputGuard guard{database_file(target), {}};
        if (names_file(value("out"))) check_output_path(*value("out"), guard, "--out");
        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::ReadOnly);

        chart::ChartRequest request;
        request.form = project.form(*value("form")).id;
        request.chart = *value("chart");
        request.territory = value("territory").value_or("");
        request.from_wave = value("from").value_or("");
        request.to_wave = value("to").value_or("");
        request.language = choose_language(value("lang"), &project.study());
        // What was asked for, and what is refused, is worded in the same language.
        const i18n::MessageLanguage messages(request.language);
        std::vector<std::string> waves;
        for (const std::string& wave : {request.from_wave, request.to_wave})
            if (!wave.empty()) waves.push_back(wave);
        check_waves(project.study(), waves, "from/--to");
        ReportWarnings warnings;
        request.warn = warnings.sink();
        const chart::Scene scene = chart::build_chart(project, request);
        warnings.print();

        OutputTarget out(value("out"), guard);
        render::write_scene(scene, *file_format, width, out.stream());
        out.commit();
        if (out.is_file())
            std::cerr << "sonda: "
                      << i18n::format(request.language, "cli.wrote_chart", out.path().c_str())
                      << '\n';
        return 0;
    }

  private:
    int list() {
        const std::string language = choose_language(value("lang"), nullptr);
        Engine engine;  // the instruments' charts are the loaded plugins'
        engine.load_plugins();
        for (const chart::ChartInfo& info : chart::list_charts(engine.registry(), language))
            std::cout << "  " << info.name
                      << std::string(14 - std::min<std::size_t>(13, info.name.size()), ' ')
                      << info.description
                      << (info.instrument.empty() ? "" : " [" + info.instrument + "]") << '\n';
        check_standard_output();
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_chart_command() { return std::make_unique<ChartCommand>(); }

}  // namespace sonda::cli
