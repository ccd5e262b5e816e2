// What the team-expectations plugin registers; called from plugin_entry.cpp.
#pragma once

#include "sonda/plugin/plugin_api.hpp"

namespace sonda::team_expectations {

void register_instruments(PluginContext& plugin);
void register_demo_answers(PluginContext& plugin);  // its answers in the demo study
void register_outputs(PluginContext& plugin);  // report section and heatmap: report_section.cpp

}  // namespace sonda::team_expectations
