#include "objectives_monitoring/register_parts.hpp"

#include <memory>

#include "objectives_monitoring/demo_answers.hpp"
#include "objectives_monitoring/objective_list_type.hpp"
#include "objectives_monitoring/objectives_instrument.hpp"

namespace sonda::objectives {

void register_item_types(PluginContext& plugin) {
    plugin.add_item_type(std::make_unique<ObjectiveListType>());
}

void register_instruments(PluginContext& plugin) {
    plugin.add_instrument(std::make_unique<ObjectivesInstrument>());
}

void register_demo_answers(PluginContext& plugin) {
    plugin.add_demo_answers(std::make_unique<ObjectivesDemoAnswers>());
}

}  // namespace sonda::objectives
