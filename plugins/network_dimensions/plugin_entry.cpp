// The network-dimensions plugin: the four network dimensions and the network
// map of the Community of Practice workshops. Each part lives in its own file;
// this entry only registers them.
#include "messages.hpp"
#include "registration.hpp"
#include "sonda/plugin/plugin_api.hpp"

SONDA_PLUGIN("network-dimensions", SONDA_PLUGIN_VERSION,
             "Network dimensions (sharing, integration, consolidation and development, capacity "
             "building) and the network map") {
    sonda::network_dimensions::add_messages();
    sonda::network_dimensions::register_item_types(plugin);
    sonda::network_dimensions::register_instruments(plugin);
    sonda::network_dimensions::register_demo_answers(plugin);
    sonda::network_dimensions::register_outputs(plugin);
}
