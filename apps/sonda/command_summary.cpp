// sonda summary: a territory's one- or two-page A4 summary across every
// instrument, as PDF, HTML or PNG, for the territory's own team.
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/Option.h>

#include <ctime>
#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "language_choice.hpp"
#include "output_target.hpp"
#include "report_warnings.hpp"
#include "sonda/engine.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/render/file_renderer.hpp"
#include "sonda/summary/summary.hpp"
#include "study_filters.hpp"

namespace sonda::cli {

namespace {

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

// Pages one under the other with a gap: one PNG for a whole summary.
chart::Scene stacked(const std::vector<chart::Scene>& pages) {
    constexpr double kGap = 12;
    chart::Scene all{pages.front().width, 0, {}};
    for (const chart::Scene& page : pages) {
        if (all.height > 0) {
            all.add(chart::Rect{0, all.height, all.width, kGap, chart::Colour{0xe9, 0xec, 0xef},
                                std::nullopt});
            all.height += kGap;
        }
        all.append(page, {0, all.height});
        all.height += page.height;
    }
    return all;
}

class SummaryCommand : public Command {
  public:
    std::string name() const override { return "summary"; }
    std::string summary() const override {
        return "a territory's one-page summary (PDF, HTML, PNG)";
    }
    std::string usage() const override {
        return "--db DB --territory T|all [--from WAVE] [--to WAVE] [--lang LANG] "
               "[--format pdf|html|png] [--width PX] --out FILE|FOLDER";
    }
    std::string details() const override {
        return "One or two A4 pages for the territory's own team, across every questionnaire "
               "with data: what improved, what held, what worsened, the expectation themes, the "
               "objectives, and what is withheld to protect small groups (exactly what `sonda "
               "report` withholds). Without --from/--to each questionnaire compares its first and "
               "its last wave with data. --territory all writes one file per territory into the "
               "folder --out (created if missing), named <territory>.<format>. PNG pages are "
               "stacked in one picture, --width pixels wide (default 1240: 150 dpi). Without "
               "--format the extension of --out decides, else PDF.\n\nExamples:\n"
               "  sonda summary --db demo.db --territory sds_pistoiese --lang it --out "
               "pistoia.pdf\n"
               "  sonda summary --db demo.db --territory all --format pdf --out summaries/";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("territory", "", "a territory, or all").argument("T"));
        options.addOption(Poco::Util::Option("from", "", "the earlier wave").argument("WAVE"));
        options.addOption(Poco::Util::Option("to", "", "the later wave").argument("WAVE"));
        options.addOption(
            Poco::Util::Option("width", "", "PNG width in pixels (default 1240)").argument("PX"));
        add_format_option(options, "pdf, html or png (default: from --out, else pdf)");
        add_out_option(options);
        add_lang_option(options);
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        for (const char* required : {"territory", "out"})
            if (!has(required)) usage_error("cli.usage.required", std::string("--") + required);
        const std::string format = chosen_format();
        const int width = int_value("width").value_or(1240);
        if (width < 16 || width > 16384) usage_error("cli.usage.width", 16, 16384);

        const std::string target = database_target(value("db"), name());
        Engine engine;
        engine.load_plugins();
        Project project(engine, target, Store::Access::ReadOnly);
        summary::SummaryRequest request;
        request.from_wave = value("from").value_or("");
        request.to_wave = value("to").value_or("");
        request.language = choose_language(value("lang"), &project.study());
        // What was asked for, and what is refused, is worded in the same language.
        const i18n::MessageLanguage messages(request.language);
        request.date = today();
        std::vector<std::string> waves;
        for (const std::string& wave : {request.from_wave, request.to_wave})
            if (!wave.empty()) waves.push_back(wave);
        check_waves(project.study(), waves, "from/--to");

        const std::string territory = *value("territory");
        const OutputGuard guard{database_file(target), {}};
        if (territory != "all") {
            check_territories(project.study(), {territory}, "territory");
            request.territory = territory;
            write_one(project, request, format, width, *value("out"), guard);
            return 0;
        }
        // One file per territory into a folder.
        Poco::File folder(*value("out"));
        if (folder.exists() && !folder.isDirectory())
            usage_error("cli.usage.summary_folder", *value("out"));
        folder.createDirectories();
        for (const Territory& each : project.study().territories) {
            request.territory = each.id;
            Poco::Path path(Poco::Path::forDirectory(*value("out")));
            path.setFileName(each.id + "." + format);
            write_one(project, request, format, width, path.toString(), guard);
        }
        return 0;
    }

  private:
    std::string chosen_format() const {
        const std::optional<std::string> out = value("out");
        std::string format = value("format").value_or("");
        if (format.empty() && out)
            for (const char* known : {"pdf", "html", "png"})
                if (out->size() > 4 && out->substr(out->size() - std::string(known).size() - 1) ==
                                           "." + std::string(known))
                    format = known;
        if (format.empty()) format = "pdf";
        if (format != "pdf" && format != "html" && format != "png")
            usage_error("cli.usage.summary_format", format);
        return format;
    }

    void write_one(Project& project, const summary::SummaryRequest& request,
                   const std::string& format, int width, const std::string& path,
                   const OutputGuard& guard) {
        check_output_path(path, guard, "--out");
        ReportWarnings warnings;
        summary::SummaryRequest asked = request;
        asked.warn = warnings.sink();
        const std::vector<chart::Scene> pages = summary::build_summary(project, asked);
        warnings.print();
        OutputTarget out(path, guard);
        if (format == "pdf") {
            render::write_pdf_pages(pages, out.stream());
        } else if (format == "png") {
            render::write_scene(stacked(pages), render::FileFormat::Png, width, out.stream());
        } else {
            const Territory* territory = project.study().territory(request.territory);
            summary::write_summary_html(pages, territory->name.get(request.language),
                                        request.language, out.stream());
        }
        out.commit();
        std::cerr << "sonda: "
                  << i18n::format(request.language, "cli.wrote_summary", request.territory.c_str(),
                                  out.path().c_str(), pages.size())
                  << '\n';
    }
};

}  // namespace

std::unique_ptr<Command> make_summary_command() { return std::make_unique<SummaryCommand>(); }

}  // namespace sonda::cli
