// The registry keeps every part a plugin registers behind a guard: an object
// of the same interface that forwards each call to the plugin's object through
// call_plugin (plugin_guard.hpp) and checks what comes back (score_checks.hpp),
// so every host, present and future, gets the same protection without a
// try/catch of its own.
#pragma once

#include <memory>
#include <string>

#include "sonda/plugin/demo_answers.hpp"
#include "sonda/plugin/instrument.hpp"
#include "sonda/plugin/instrument_chart.hpp"
#include "sonda/plugin/item_type.hpp"
#include "sonda/plugin/report_section.hpp"

namespace sonda::plugin_guard {

// Reads the part's id (name) through the guard; throws PluginFailure when
// that fails or is empty. `owner` and `version` name the plugin in messages.
std::unique_ptr<Instrument> guard_instrument(std::unique_ptr<Instrument> plugin,
                                             const std::string& owner, const std::string& version);
// The parts that show an instrument or answer for it (guarded_outputs.cpp);
// each reads its instrument (and a chart its name) through the guard.
std::unique_ptr<ReportSection> guard_report_section(std::unique_ptr<ReportSection> plugin,
                                                    const std::string& owner,
                                                    const std::string& version);
std::unique_ptr<InstrumentChart> guard_chart(std::unique_ptr<InstrumentChart> plugin,
                                             const std::string& owner, const std::string& version);
std::unique_ptr<DemoAnswers> guard_demo_answers(std::unique_ptr<DemoAnswers> plugin,
                                                const std::string& owner,
                                                const std::string& version);
std::unique_ptr<ItemType> guard_item_type(std::unique_ptr<ItemType> plugin,
                                          const std::string& owner, const std::string& version);

}  // namespace sonda::plugin_guard
