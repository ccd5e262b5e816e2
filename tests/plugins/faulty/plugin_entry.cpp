// The faulty test plugin's entry (faulty_instrument.hpp).
#include "faulty_instrument.hpp"

SONDA_PLUGIN("faulty", faulty::version(), "Test plugin that fails on purpose") {
    faulty::register_parts(plugin);
}
