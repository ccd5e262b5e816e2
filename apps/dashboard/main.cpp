// sonda-dashboard: opens a sonda database and shows the change between two
// waves. With --screenshot it renders one view in a real window, writes a PNG
// and exits (run it under `xvfb-run -a` on a machine without a display).
#include <Poco/AutoPtr.h>
#include <Poco/Environment.h>
#include <Poco/Util/Application.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

#include "dashboard_app.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/gui/panel_host.hpp"
#include "sonda/gui/panel_registry.hpp"

namespace {

// The exit codes every sonda host uses (Poco's own EXIT_USAGE is 64).
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;

using Poco::Util::Option;
using Poco::Util::OptionSet;

class DashboardApplication : public Poco::Util::Application {
  protected:
    void defineOptions(OptionSet& options) override {
        options.addOption(Option("help", "h", "show this help")
                              .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                  this, &DashboardApplication::on_help)));
        options.addOption(Option("version", "", "print the version")
                              .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                  this, &DashboardApplication::on_version)));
        auto value = [&](const char* name, const char* arg, const char* text) {
            options.addOption(Option(name, "", text)
                                  .argument(arg)
                                  .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                      this, &DashboardApplication::on_value)));
        };
        value("db", "DB", "database file or postgresql:// URL (default: $SONDA_DB)");
        value("screenshot", "FILE", "render the view into FILE (PNG) and exit");
        value("export-dir", "DIR", "folder where Export PNG writes (default: the current one)");
        value("size", "WxH", "window size, e.g. 1440x900");
        value("view", "NAME", "panel to show: overview or a plugin panel id");
        value("form", "FORM", "form to show (default: the first form with data)");
        value("from", "WAVE", "wave to compare from (default: the first with data)");
        value("to", "WAVE", "wave to compare to (default: the last with data)");
        value("lang", "CODE", "language of the labels (it, en)");
        value("full-limit", "N",
              "alpha and instrument details only up to N responses (default: no limit)");
        value("min-cell", "K",
              "smallest group shown (default: the study's min_cell; lower only with "
              "--no-suppression)");
        for (const auto& [name, arg, text] :
             {std::tuple{"territory", "T", "show only territory T (repeat, or T1,T2)"},
              std::tuple{"role", "R", "show only role R (repeat, or R1,R2)"}})
            options.addOption(Option(name, "", text)
                                  .argument(arg)
                                  .repeatable(true)
                                  .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                      this, &DashboardApplication::on_list)));
        options.addOption(
            Option("no-suppression", "",
                   "start with small groups shown (raw data holders only; a banner says so)")
                .callback(Poco::Util::OptionCallback<DashboardApplication>(
                    this, &DashboardApplication::on_value)));
        for (const auto& [name, text] :
             {std::pair{"presentation", "start in presentation mode: no sidebar, larger text"},
              std::pair{"screenshot-panel", "with --screenshot: the panel only, no sidebar"}})
            options.addOption(Option(name, "", text)
                                  .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                      this, &DashboardApplication::on_value)));
        options.addOption(Option("list-views", "", "print the panel ids for --view and exit")
                              .callback(Poco::Util::OptionCallback<DashboardApplication>(
                                  this, &DashboardApplication::on_value)));
    }

    void on_help(const std::string&, const std::string&) {
        Poco::Util::HelpFormatter help(options());
        help.setCommand("sonda-dashboard");
        help.setUsage("--db DB [--screenshot FILE [--size WxH] [--view NAME]]");
        help.setHeader("Shows the change between two workshops of a sonda study.");
        help.format(std::cout);
        m_exit_early = true;
        stopOptionsProcessing();
    }
    void on_version(const std::string&, const std::string&) {
        std::cout << "sonda-dashboard " << sonda::version_string() << '\n';
        m_exit_early = true;
        stopOptionsProcessing();
    }
    void on_value(const std::string& name, const std::string& value) { m_values[name] = value; }
    // Repeated or comma-separated, as in `sonda report`.
    void on_list(const std::string& name, const std::string& value) {
        std::stringstream ids(value);
        for (std::string id; std::getline(ids, id, ',');)
            if (!id.empty()) m_lists[name].push_back(id);
    }

    int main(const std::vector<std::string>& arguments) override {
        if (m_exit_early) return kExitOk;
        if (!arguments.empty()) {
            std::cerr << "sonda-dashboard: unexpected argument '" << arguments.front()
                      << "' (see --help)\n";
            return kExitUsage;
        }
        std::string db =
            m_values.count("db") ? m_values["db"] : Poco::Environment::get("SONDA_DB", "");
        if (db.empty()) {
            std::cerr << "sonda-dashboard: no database: pass --db FILE or set SONDA_DB\n";
            return kExitUsage;
        }
        sonda::dashboard::DashboardOptions options;
        options.screenshot = m_values["screenshot"];
        options.screenshot_panel = m_values.count("screenshot-panel") > 0;
        options.presentation = m_values.count("presentation") > 0;
        if (m_values.count("export-dir")) options.export_folder = m_values["export-dir"];
        options.view = m_values["view"];
        options.form = m_values["form"];
        options.from_wave = m_values["from"];
        options.to_wave = m_values["to"];
        options.language = m_values["lang"];
        if (m_values.count("size")) {
            const std::string& size = m_values["size"];
            if (std::sscanf(size.c_str(), "%dx%d", &options.width, &options.height) != 2 ||
                options.width < 320 || options.height < 240 || options.width > 8192 ||
                options.height > 8192) {
                std::cerr
                    << "sonda-dashboard: --size must be WxH between 320x240 and 8192x8192, not '"
                    << size << "'\n";
                return kExitUsage;
            }
        }
        if (m_values.count("full-limit")) {
            const std::string& limit = m_values["full-limit"];
            char* end = nullptr;
            options.full_report_limit = std::strtoll(limit.c_str(), &end, 10);
            if (limit.empty() || *end != '\0' || options.full_report_limit < 0) {
                std::cerr << "sonda-dashboard: --full-limit must be a number of responses (0 or "
                             "more), not '"
                          << limit << "'\n";
                return kExitUsage;
            }
        }
        options.territories = m_lists["territory"];
        options.roles = m_lists["role"];
        options.show_small_groups = m_values.count("no-suppression") > 0;
        if (m_values.count("min-cell")) {
            const std::string& k = m_values["min-cell"];
            char* end = nullptr;
            const long value = std::strtol(k.c_str(), &end, 10);
            if (k.empty() || *end != '\0' || value < 1 || value > 1000000) {
                std::cerr << "sonda-dashboard: --min-cell must be a number of respondents (1 or "
                             "more), not '"
                          << k << "'\n";
                return kExitUsage;
            }
            options.min_cell = static_cast<int>(value);
        }
        if (m_values.count("list-views")) {
            sonda::Engine engine;
            engine.load_plugins();
            IMGUI_CHECKVERSION();
            ImGui::CreateContext();
            {
                sonda::gui::PanelRegistry panels;
                sonda::gui::PanelHost panel_host(panels);
                panel_host.load_default();
                std::cout << "overview\ntrend\n";
                for (const sonda::gui::Panel* panel : panels.all())
                    std::cout << panel->id() << '\n';
                std::cout << "entry\n";
            }
            ImGui::DestroyContext();
            return kExitOk;
        }
        try {
            sonda::Engine engine;
            engine.load_plugins();
            for (const sonda::PluginInfo& plugin : engine.plugins().plugins())
                if (!plugin.loaded)
                    std::cerr << "sonda-dashboard: warning: " << plugin.error << '\n';
            sonda::Project project(engine, db, sonda::Store::Access::Existing);

            // One ImGui context for the app and every panel module: they all use
            // the ImGui inside libsonda_gui.so.
            IMGUI_CHECKVERSION();
            ImGui::CreateContext();
            int status = kExitOk;
            {
                sonda::gui::PanelRegistry panels;
                sonda::gui::PanelHost panel_host(panels);
                panel_host.load_default();
                for (const sonda::PluginInfo& module : panel_host.modules())
                    if (!module.loaded)
                        std::cerr << "sonda-dashboard: warning: " << module.error << '\n';
                sonda::dashboard::DashboardApp app(project, panels, options);
                status = app.run();
                if (!options.screenshot.empty())
                    std::cout << "wrote " << options.screenshot << '\n';
            }
            ImGui::DestroyContext();
            return status;
        } catch (const sonda::Error& error) {
            std::cerr << "sonda-dashboard: " << error.what() << '\n';
            return error.exit_code();
        } catch (const std::invalid_argument& error) {
            std::cerr << "sonda-dashboard: " << error.what() << '\n';
            return kExitUsage;
        } catch (const std::exception& error) {
            std::cerr << "sonda-dashboard: " << error.what() << '\n';
            return 3;
        }
    }

  private:
    bool m_exit_early = false;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_lists;
};

}  // namespace

int main(int argc, char** argv) {
    Poco::AutoPtr<DashboardApplication> app = new DashboardApplication;
    try {
        app->init(argc, argv);
    } catch (const Poco::Exception& error) {  // unknown option, missing argument
        std::cerr << "sonda-dashboard: " << error.displayText() << " (see --help)\n";
        return kExitUsage;
    }
    return app->run();
}
