// Registries for the objectives-monitoring suite: with the objective_list type
// only (hand-written forms load unchecked, tests call check_form themselves)
// and with the instrument too (the shipped form goes through the full loader).
#pragma once

#include "objectives_monitoring/messages.hpp"
#include "objectives_monitoring/register_parts.hpp"
#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"

namespace sonda::test {

// The plugin's words in the catalogue, as the module adds them when it
// registers: the checks word their messages from it.
inline const bool kObjectivesWords = (objectives::add_messages(), true);

inline const Registry& objective_types_registry() {
    static Registry registry;
    static const bool registered = [] {
        PluginContext context(registry, "objectives-monitoring");
        objectives::register_item_types(context);
        return true;
    }();
    (void)registered;
    return registry;
}

inline const Registry& objectives_registry() {
    static Registry registry;
    static const bool registered = [] {
        PluginContext context(registry, "objectives-monitoring");
        objectives::register_item_types(context);
        objectives::register_instruments(context);
        return true;
    }();
    (void)registered;
    return registry;
}

}  // namespace sonda::test
