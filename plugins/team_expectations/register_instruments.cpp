#include "team_expectations/register_instruments.hpp"

#include <memory>

#include "team_expectations/demo_answers.hpp"
#include "team_expectations/team_expectations_instrument.hpp"

namespace sonda::team_expectations {

void register_instruments(PluginContext& plugin) {
    plugin.add_instrument(std::make_unique<TeamExpectationsInstrument>());
}

void register_demo_answers(PluginContext& plugin) {
    plugin.add_demo_answers(std::make_unique<ExpectationsDemoAnswers>());
}

}  // namespace sonda::team_expectations
