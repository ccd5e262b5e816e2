// What sonda loads: the one file with SONDA_PLUGIN. It only registers; the
// instrument lives in collaboration_factors.cpp, its report section in
// report_section.cpp. SONDA_PLUGIN_NAME and
// SONDA_PLUGIN_VERSION come from sonda_add_plugin(NAME ... VERSION ...).
#include "collaboration_factors.hpp"
#include "report_section.hpp"
#include "sonda/plugin/plugin_api.hpp"

SONDA_PLUGIN(SONDA_PLUGIN_NAME, SONDA_PLUGIN_VERSION,
             "Collaboration factors: trust, shared goals, communication and resources") {
    collaboration_factors::add_messages();
    plugin.add_instrument(std::make_unique<collaboration_factors::CollaborationFactors>());
    // How its extras read in `sonda report`: after the instrument it shows.
    plugin.add_report_section(std::make_unique<collaboration_factors::FactorSection>());
}
