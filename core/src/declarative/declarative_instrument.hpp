// The instrument of forms that declare their scores in the file itself
// ("plugin": "declarative"): built into the core and registered under the
// owner "core" like the core item types, so such a form needs no plugin
// module at all (docs/instruments/declarative.md).
#pragma once

#include <memory>

#include "sonda/plugin/instrument.hpp"

namespace sonda {

constexpr const char* kDeclarativeInstrumentId = "declarative";

std::unique_ptr<Instrument> make_declarative_instrument();

}  // namespace sonda
