// sonda plugins: what the plugin host found, loaded and refused, and why.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "sonda/engine.hpp"

namespace sonda::cli {

namespace {

class PluginsCommand : public Command {
  public:
    std::string name() const override { return "plugins"; }
    std::string summary() const override {
        return "list the instrument plugins found: name, version, file, status";
    }
    std::string usage() const override { return "[--format text|json]"; }
    std::string details() const override {
        return "Plugins are loaded from build/plugins beside the executable and from the folders "
               "in SONDA_PLUGIN_PATH (':' separated). A plugin built for another plugin API "
               "version "
               "is refused with the reason; the others still load. Exits with 0 even when some "
               "are refused.\n\nExample:\n  sonda plugins";
    }

  protected:
    void define_options(Poco::Util::OptionSet& options) const override {
        add_help_option(options);
        add_format_option(options, "text (default) or json");
    }

    int run(const std::vector<std::string>& positional) override {
        if (!positional.empty()) usage_error("unexpected argument '" + positional.front() + "'");
        const std::string format = choice_value("format", {"text", "json"}, "text");
        Engine engine;
        engine.load_plugins();
        const auto& plugins = engine.plugins().plugins();
        if (format == "json") {
            Poco::JSON::Array list;
            for (const PluginInfo& info : plugins) {
                Poco::JSON::Object entry(Poco::JSON_PRESERVE_KEY_ORDER);
                entry.set("name", info.name);
                entry.set("version", info.version);
                entry.set("description", info.description);
                entry.set("api_version", info.api_version);
                entry.set("file", info.file);
                entry.set("status", info.loaded ? "loaded" : "refused");
                if (!info.loaded) entry.set("error", info.error);
                list.add(entry);
            }
            Poco::JSON::Stringifier::stringify(list, std::cout, 2);
            std::cout << '\n';
            return 0;
        }
        if (plugins.empty()) {
            std::cout << "no plugins found in:";
            for (const std::string& folder : PluginHost::default_search_path())
                std::cout << ' ' << folder;
            std::cout << '\n';
            return 0;
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
            if (!info.loaded) std::cout << "  refused: " << info.error << '\n';
        }
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_plugins_command() { return std::make_unique<PluginsCommand>(); }

}  // namespace sonda::cli
