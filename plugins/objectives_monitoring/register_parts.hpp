// What the objectives-monitoring plugin registers; called from plugin_entry.cpp.
#pragma once

#include "sonda/plugin/plugin_api.hpp"

namespace sonda::objectives {

void register_item_types(PluginContext& plugin);      // objective_list
void register_instruments(PluginContext& plugin);     // objectives-monitoring
void register_demo_answers(PluginContext& plugin);    // its answers in the demo study
void register_report_section(PluginContext& plugin);  // report_section.cpp

}  // namespace sonda::objectives
