// What sonda loads: the one file with SONDA_PLUGIN. It only registers; the
// instrument lives in collaboration_factors.cpp. SONDA_PLUGIN_NAME and
// SONDA_PLUGIN_VERSION come from sonda_add_plugin(NAME ... VERSION ...).
#include "collaboration_factors.hpp"
#include "sonda/plugin/plugin_api.hpp"

SONDA_PLUGIN(SONDA_PLUGIN_NAME, SONDA_PLUGIN_VERSION,
             "Collaboration factors: trust, shared goals, communication and resources") {
    plugin.add_instrument(std::make_unique<collaboration_factors::CollaborationFactors>());
}
