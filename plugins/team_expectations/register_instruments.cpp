#include "team_expectations/register_instruments.hpp"

#include <memory>

#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

void register_instruments(PluginContext& plugin) {
    plugin.add_instrument(std::make_unique<TeamExpectationsInstrument>());
}

}  // namespace sonda::team_expectations
