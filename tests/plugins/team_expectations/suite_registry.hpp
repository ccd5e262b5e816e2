// Registries for the team-expectations suite: the core's item types only (hand
// written forms load unchecked, tests call check_form themselves) and with the
// instrument registered (the shipped form goes through the full loader).
#pragma once

#include "sonda/plugin/plugin_api.hpp"
#include "sonda/plugin/registry.hpp"
#include "team_expectations/register_instruments.hpp"

namespace sonda::test {

inline const Registry& core_registry() {
    static const Registry registry;
    return registry;
}

inline const Registry& team_expectations_registry() {
    static Registry registry;
    static const bool registered = [] {
        PluginContext context(registry, "team-expectations");
        team_expectations::register_instruments(context);
        return true;
    }();
    (void)registered;
    return registry;
}

}  // namespace sonda::test
