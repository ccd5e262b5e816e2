// A panel module built against another panels API: the host must refuse it
// before calling anything else in it.
#include "sonda/plugin/plugin_api.hpp"

SONDA_PLUGIN_EXPORT int sonda_panels_api_version() { return 999; }
SONDA_PLUGIN_EXPORT const char* sonda_panels_name() { return "test-wrong-api"; }
SONDA_PLUGIN_EXPORT void sonda_panels_register(void*) { __builtin_trap(); }
