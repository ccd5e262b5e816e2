// What the plugin's entry file calls: one register function per kind of
// content, each defined beside the content it registers.
#pragma once

#include "sonda/plugin/plugin_api.hpp"

namespace sonda::network_dimensions {

void register_item_types(PluginContext& plugin);    // network_map_item_type.cpp
void register_instruments(PluginContext& plugin);   // network_dimensions_instrument.cpp
void register_demo_answers(PluginContext& plugin);  // demo_answers.cpp
void register_outputs(PluginContext& plugin);       // report_section.cpp: section, map chart

}  // namespace sonda::network_dimensions
