// sonda plugins: what the plugin host found, loaded and refused, and why; what
// each plugin registered; and which search folders are not there.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <filesystem>
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "installation_report.hpp"
#include "sonda/engine.hpp"
#include "sonda/util/install_layout.hpp"

namespace sonda::cli {

namespace {

// What one loaded plugin brought: read back from the registry by owner.
struct PluginParts {
    std::vector<std::string> instruments;
    std::vector<std::string> item_types;
    // What shows its instruments' output and answers for them in the demo.
    std::vector<std::string> report_sections, charts, demo_answers;
    std::string panels;  // its panel module file, when one is in a panel folder; "" otherwise
};

PluginParts parts_of(const Registry& registry, const PluginInfo& info) {
    PluginParts parts;
    if (!info.loaded) return parts;
    for (const Instrument* instrument : registry.instruments())
        if (registry.owner_of_instrument(instrument->id()) == info.name)
            parts.instruments.push_back(instrument->id());
    for (const std::string& type : registry.item_type_names())
        if (registry.owner_of_item_type(type) == info.name) parts.item_types.push_back(type);
    for (const std::string& id : parts.instruments) {
        if (registry.report_section(id)) parts.report_sections.push_back(id);
        if (registry.demo_answers(id)) parts.demo_answers.push_back(id);
    }
    for (const InstrumentChart* chart : registry.charts())
        if (registry.owner_of_instrument(chart->instrument()) == info.name)
            parts.charts.push_back(chart->name());
    // The command line never loads panels (they need ImGui); it names the file
    // the dashboard would load, by the name sonda_add_plugin_panels gives it.
    for (const SearchFolder& folder : panel_search_folders()) {
        const std::filesystem::path file = std::filesystem::path(folder.path) / (info.name + ".so");
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error)) {
            parts.panels = file.string();
            break;
        }
    }
    return parts;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
    return text.empty() ? "none" : text;
}

Poco::JSON::Array json_list(const std::vector<std::string>& names) {
    Poco::JSON::Array list;
    for (const std::string& name : names) list.add(name);
    return list;
}

class PluginsCommand : public Command {
  public:
    std::string name() const override { return "plugins"; }
    std::string summary() const override {
        return "list the plugins found: name, version, status, file, what each registers";
    }
    std::string usage() const override { return "[--format text|json]"; }
    std::string details() const override {
        return "Plugins are loaded from this installation's plugin folder (lib/sonda/plugins; "
               "`sonda --version --verbose` shows it) and from the folders in SONDA_PLUGIN_PATH "
               "(':' separated); a search folder that does not exist is warned about on stderr. "
               "A plugin built for another plugin API version, or not safe to load, is refused "
               "with the reason; the others still load. For each loaded plugin the instruments, "
               "item types, report sections, charts and demo answers it registered are listed, and "
               "its dashboard panel module when "
               "one is in a panel folder. Exits with 0 even when some are refused.\n\n"
               "Example:\n  sonda plugins";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_format_option(options, "text (default) or json");
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("cli.usage.unexpected_argument", positional.front());
        const std::string format = choice_value("format", {"text", "json"}, "text");
        warn_missing_folders(std::cerr, plugin_search_folders(), "plugin");
        Engine engine;
        engine.load_plugins();
        if (format == "json")
            print_json(engine);
        else
            print_text(engine);
        return 0;
    }

  private:
    static void print_json(Engine& engine) {
        Poco::JSON::Array list;
        for (const PluginInfo& info : engine.plugins().plugins()) {
            const PluginParts parts = parts_of(engine.registry(), info);
            Poco::JSON::Object entry(Poco::JSON_PRESERVE_KEY_ORDER);
            entry.set("name", info.name);
            entry.set("version", info.version);
            entry.set("description", info.description);
            entry.set("api_version", info.api_version);
            entry.set("file", info.file);
            entry.set("status", info.loaded ? "loaded" : "refused");
            if (!info.loaded) entry.set("error", info.error);
            entry.set("instruments", json_list(parts.instruments));
            entry.set("item_types", json_list(parts.item_types));
            entry.set("report_sections", json_list(parts.report_sections));
            entry.set("charts", json_list(parts.charts));
            entry.set("demo_answers", json_list(parts.demo_answers));
            if (!parts.panels.empty()) entry.set("panels", parts.panels);
            list.add(entry);
        }
        Poco::JSON::Stringifier::stringify(list, std::cout, 2);
        std::cout << '\n';
    }

    static void print_text(Engine& engine) {
        const auto& plugins = engine.plugins().plugins();
        if (plugins.empty()) {
            std::cout << "no plugins found in:";
            for (const SearchFolder& folder : plugin_search_folders())
                std::cout << ' ' << folder.path;
            std::cout << '\n';
            return;
        }
        std::size_t name_width = 4, version_width = 7;
        for (const PluginInfo& info : plugins) {
            name_width = std::max(name_width, info.name.size());
            version_width = std::max(version_width, info.version.size());
        }
        auto row = [&](const std::string& plugin, const std::string& version,
                       const std::string& status, const std::string& file) {
            std::cout << std::left << std::setw(static_cast<int>(name_width) + 2) << plugin
                      << std::setw(static_cast<int>(version_width) + 2) << version << std::setw(9)
                      << status << file << '\n';
        };
        row("NAME", "VERSION", "STATUS", "FILE");
        for (const PluginInfo& info : plugins) {
            row(info.name.empty() ? "?" : info.name, info.version.empty() ? "?" : info.version,
                info.loaded ? "loaded" : "refused", info.file);
            if (!info.loaded) {
                std::cout << "  refused: " << info.error << '\n';
                continue;
            }
            const PluginParts parts = parts_of(engine.registry(), info);
            std::cout << "  instruments: " << joined(parts.instruments) << '\n'
                      << "  item types: " << joined(parts.item_types) << '\n'
                      << "  report sections: " << joined(parts.report_sections) << '\n'
                      << "  charts: " << joined(parts.charts) << '\n'
                      << "  demo answers: " << joined(parts.demo_answers) << '\n';
            if (!parts.panels.empty()) std::cout << "  panels: " << parts.panels << '\n';
        }
    }
};

}  // namespace

std::unique_ptr<Command> make_plugins_command() { return std::make_unique<PluginsCommand>(); }

}  // namespace sonda::cli
