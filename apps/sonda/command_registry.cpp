#include "commands.hpp"

namespace sonda::cli {

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_init_command());
    commands.push_back(make_study_command());
    commands.push_back(make_plugins_command());
    commands.push_back(make_forms_command());
    commands.push_back(make_import_command());
    commands.push_back(make_rescore_command());
    commands.push_back(make_export_command());
    commands.push_back(make_report_command());
    commands.push_back(make_chart_command());
    commands.push_back(make_summary_command());
    commands.push_back(make_demo_command());
    commands.push_back(make_users_command());
    commands.push_back(make_links_command());
    commands.push_back(make_audit_command());
    return commands;
}

}  // namespace sonda::cli
