// sonda links create: a participant link for one form, wave and territory,
// to hand out at a workshop (printed, or as a QR code). Whoever holds it can
// only submit answers there; it reads nothing. Revoke it with
// `sonda users revoke link-...`.
#include <Poco/Util/Option.h>

#include <iostream>

#include "commands.hpp"
#include "database_target.hpp"
#include "output_target.hpp"
#include "qr_code.hpp"
#include "sonda/access/access_control.hpp"

namespace sonda::cli {

namespace {

QrFormat qr_format(const std::string& path) {
    auto ends_with = [&](const std::string& suffix) {
        return path.size() >= suffix.size() &&
               path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".svg") || ends_with(".SVG")) return QrFormat::Svg;
    return QrFormat::Png;
}

class LinksCreateCommand : public Command {
  public:
    std::string name() const override { return "links create"; }
    std::string summary() const override {
        return "make a participant link for one form, wave and territory";
    }
    std::string usage() const override {
        return "--form F --wave W --territory T [--expires DATE] [--base-url URL] "
               "[--qr FILE.png|FILE.svg] [--db DB]";
    }
    std::string details() const override {
        return "Prints the link (<base-url>/f/<token>) alone on standard output, once: only a "
               "keyed hash of its token is stored. With --qr also writes it as a QR code (SVG "
               "when the file name ends in .svg, else PNG). The link's name, for `sonda users "
               "list` and `sonda users revoke`, is printed on standard error.\n\nExample:\n"
               "  sonda links create --db study.db --form network-dimensions --wave w2 "
               "--territory empolese --expires 2026-12-15 --base-url https://sonda.example.org "
               "--qr empolese.png";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_db_option(options);
        options.addOption(Poco::Util::Option("form", "", "the form").argument("F"));
        options.addOption(Poco::Util::Option("wave", "", "the wave").argument("W"));
        options.addOption(Poco::Util::Option("territory", "", "the territory").argument("T"));
        options.addOption(Poco::Util::Option("expires", "",
                                             "a date (the end of that day, UTC) "
                                             "or a UTC time after which the "
                                             "link is refused")
                              .argument("DATE"));
        options.addOption(Poco::Util::Option("base-url", "",
                                             "the server's address as "
                                             "participants reach it")
                              .argument("URL"));
        options.addOption(
            Poco::Util::Option("qr", "", "also write the link as a QR code").argument("FILE"));
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        LinkRequest request;
        for (const char* option : {"form", "wave", "territory"})
            if (value(option).value_or("").empty()) usage_error("cli.usage.link_option", option);
        request.form = *value("form");
        request.wave = *value("wave");
        request.territory = *value("territory");
        request.expires_at = value("expires").value_or("");
        std::string base = value("base-url").value_or("");
        while (!base.empty() && base.back() == '/') base.pop_back();
        const std::string target = database_target(value("db"), name());
        const std::optional<std::string> qr = value("qr");
        const OutputGuard guard{database_file(target), {}};
        if (qr) check_output_path(*qr, guard, "--qr");
        const auto store = Store::open(target, Store::Access::Existing);
        const IssuedToken issued = AccessControl(*store).create_link(request);
        const std::string link = base + "/f/" + issued.token;
        std::cout << link << '\n';
        std::cerr << "link '" << issued.principal.name << "' made for form " << request.form
                  << ", wave " << request.wave << ", territory " << request.territory
                  << ". It is shown only this once.\n";
        if (qr) {
            OutputTarget out(qr, guard, "--qr");
            write_qr_code(out.stream(), link, qr_format(*qr));
            out.commit();
        }
        return 0;
    }
};

class LinksCommand : public CommandGroup {
  public:
    LinksCommand() { add(std::make_unique<LinksCreateCommand>()); }
    std::string name() const override { return "links"; }
    std::string summary() const override { return "participant links of sonda-server"; }
};

}  // namespace

std::unique_ptr<Command> make_links_command() { return std::make_unique<LinksCommand>(); }

}  // namespace sonda::cli
