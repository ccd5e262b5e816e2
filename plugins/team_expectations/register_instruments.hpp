// What the team-expectations plugin registers; called from plugin_entry.cpp.
#pragma once

#include "sonda/plugin/plugin_api.hpp"

namespace sonda::team_expectations {

void register_instruments(PluginContext& plugin);

}  // namespace sonda::team_expectations
