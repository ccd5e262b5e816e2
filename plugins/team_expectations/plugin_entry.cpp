// Entry point of the team-expectations plugin: it only registers its parts.
#include "sonda/plugin/plugin_api.hpp"
#include "team_expectations/messages.hpp"
#include "team_expectations/register_instruments.hpp"

SONDA_PLUGIN("team-expectations", SONDA_PLUGIN_VERSION,
             "Expectations towards the specialised services, coded into themes") {
    sonda::team_expectations::add_messages();
    sonda::team_expectations::register_instruments(plugin);
    sonda::team_expectations::register_demo_answers(plugin);
    sonda::team_expectations::register_outputs(plugin);
}
