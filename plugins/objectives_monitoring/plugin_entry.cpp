// Entry point of the objectives-monitoring plugin: it only registers its parts.
#include "objectives_monitoring/messages.hpp"
#include "objectives_monitoring/register_parts.hpp"
#include "sonda/plugin/plugin_api.hpp"

SONDA_PLUGIN("objectives-monitoring", SONDA_PLUGIN_VERSION,
             "Longitudinal monitoring of the territories' improvement objectives") {
    sonda::objectives::add_messages();
    sonda::objectives::register_item_types(plugin);
    sonda::objectives::register_instruments(plugin);
    sonda::objectives::register_demo_answers(plugin);
    sonda::objectives::register_report_section(plugin);
}
