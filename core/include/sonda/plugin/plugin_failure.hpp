// What a host sees when a plugin fails. The registry hands out every part a
// plugin registered wrapped (core/src/plugin/guarded_*.cpp): each call
// into a plugin runs inside one guard that turns an exception, or a result of
// the wrong shape (too few scores, NaN, a score outside its declared range),
// into a PluginFailure naming the plugin, its version, the call, the form and
// the response. Hosts decide what a failure costs: an import rejects the row
// (with --skip-invalid) or stops, a report leaves that plugin's additions out
// and says so, rescore changes nothing.
#pragma once

#include <string>

#include "sonda/error.hpp"

namespace sonda {

// One failed call into a plugin, in parts, so that a host can word it for
// where it goes: whole on standard error, without the response on a page
// that may be published.
struct PluginFault {
    std::string plugin;   // the module's name ("core" for sonda's own parts)
    std::string version;  // the module's version
    // "instrument", "item type", "report section", "chart", "demo answers",
    // or "sheet" (an item type's long rows)
    std::string kind;
    std::string part;  // the instrument's id, the item type's or the chart's name
    std::string call;  // "score()", "add()", ...
    std::string form;  // "" when the call is about no form
    int form_version = 0;
    std::string response;  // the response's id, or how it can be found; "" when none
    std::string item;      // the item, for an item type's call
    // What went wrong: "threw std::runtime_error: boom", or what was wrong
    // with the result.
    std::string problem;
    bool wrong_result = false;  // false: it threw

    // "plugin 'faulty' 0.1.0 (instrument 'faulty')", or "sonda's built-in
    // item type 'likert'" for the core's own parts.
    std::string who() const;
    // Everything: who, which call, on which form and response, and why.
    std::string message() const;
};

// An InvalidInput (exit code 2) with one issue whose reason is
// fault().message(); hosts add the file and line of the input they read.
class PluginFailure : public InvalidInput {
  public:
    PluginFailure(Location where, PluginFault fault);
    const PluginFault& fault() const { return m_fault; }
    const Location& where() const { return issues().front().where; }

    // The same failure about `response` of `form`, where the call that
    // failed could not know them (an item type's answer check); parts
    // already known are kept.
    PluginFailure about(const std::string& form, int form_version,
                        const std::string& response) const;

  private:
    PluginFault m_fault;
};

}  // namespace sonda
