// What a plugin's entry file includes. A plugin is one shared library exporting
// C functions; the host reads sonda_plugin_api_version() before it calls
// anything else and refuses a plugin built against another API version.
//
//   SONDA_PLUGIN("my-instrument", "1.0.0", "What it measures") {
//       register_item_types(plugin);
//       register_instruments(plugin);
//   }
//
// The body receives `plugin`, a sonda::PluginContext&.
#pragma once

#include <memory>
#include <string>

#include "sonda/plugin/demo_answers.hpp"
#include "sonda/plugin/instrument.hpp"
#include "sonda/plugin/instrument_chart.hpp"
#include "sonda/plugin/item_type.hpp"
#include "sonda/plugin/report_section.hpp"

// Bump on any change to Instrument, ItemType, PluginContext or the model
// types they pass: plugins are C++ and share the core's ABI.
#define SONDA_PLUGIN_API_VERSION 4

namespace sonda {

class Registry;

// What a plugin may do while it registers: add its parts, tagged with its name.
class PluginContext {
  public:
    PluginContext(Registry& registry, std::string plugin_name)
        : m_registry(registry), m_plugin(std::move(plugin_name)) {}
    void add_item_type(std::unique_ptr<ItemType> type);
    void add_instrument(std::unique_ptr<Instrument> instrument);
    // What shows the output of an instrument this plugin added, and its
    // answers in the demo study; one of each per instrument (charts: any
    // number, each name once).
    void add_report_section(std::unique_ptr<ReportSection> section);
    void add_chart(std::unique_ptr<InstrumentChart> chart);
    void add_demo_answers(std::unique_ptr<DemoAnswers> answers);
    const std::string& plugin_name() const { return m_plugin; }

  private:
    Registry& m_registry;
    std::string m_plugin;
};

}  // namespace sonda

#define SONDA_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))

// Global namespace on purpose: the host looks these symbols up by name.
#define SONDA_PLUGIN(name, version, description)                                            \
    SONDA_PLUGIN_EXPORT int sonda_plugin_api_version() { return SONDA_PLUGIN_API_VERSION; } \
    SONDA_PLUGIN_EXPORT const char* sonda_plugin_name() { return name; }                    \
    SONDA_PLUGIN_EXPORT const char* sonda_plugin_version() { return version; }              \
    SONDA_PLUGIN_EXPORT const char* sonda_plugin_description() { return description; }      \
    static void sonda_plugin_setup(::sonda::PluginContext& plugin);                         \
    SONDA_PLUGIN_EXPORT void sonda_plugin_register(::sonda::PluginContext* plugin) {        \
        sonda_plugin_setup(*plugin);                                                        \
    }                                                                                       \
    static void sonda_plugin_setup([[maybe_unused]] ::sonda::PluginContext& plugin)
