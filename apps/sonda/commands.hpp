// Every top-level command of `sonda`, one file each (command_<name>.cpp).
#pragma once

#include <memory>
#include <vector>

#include "command.hpp"

namespace sonda::cli {

std::unique_ptr<Command> make_init_command();
std::unique_ptr<Command> make_study_command();
std::unique_ptr<Command> make_plugins_command();
std::unique_ptr<Command> make_forms_command();
std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_rescore_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_chart_command();
std::unique_ptr<Command> make_summary_command();
std::unique_ptr<Command> make_demo_command();
std::unique_ptr<Command> make_users_command();
std::unique_ptr<Command> make_links_command();
std::unique_ptr<Command> make_audit_command();

// In the order `sonda --help` lists them.
std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace sonda::cli
