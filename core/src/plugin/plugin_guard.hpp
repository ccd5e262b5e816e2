// The one place where the host calls into a plugin's code: call_plugin runs
// the call and turns whatever escapes it into a PluginFailure that names the
// plugin, the call, the form and the response (sonda/plugin/plugin_failure.hpp).
// The guarded instrument and item type (guarded_instrument.hpp,
// guarded_item_type.hpp) route every method through it.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "sonda/model/form.hpp"
#include "sonda/plugin/plugin_failure.hpp"

namespace sonda::plugin_guard {

// Who is called: a plugin's instrument or item type.
struct PluginPart {
    std::string plugin;
    std::string version;
    std::string kind;  // "instrument" or "item type"
    std::string name;  // the instrument's id or the type's name

    std::string who() const;  // PluginFault::who()
};

// What the call is about; parts that do not apply stay empty. Views only: a
// call that succeeds copies nothing (a report calls add() once per
// response); throw_failure copies what it names.
struct CallSite {
    CallSite(const char* call_name, const Form* about = nullptr, std::string_view response_id = {},
             std::string_view item_id = {})
        : call(call_name), form(about), response(response_id), item(item_id) {}
    const char* call;
    const Form* form;
    std::string_view response;
    std::string_view item;
};

// "std::out_of_range: map::at", or the text of a sonda error as it is.
std::string describe_exception(const std::exception& error);

[[noreturn]] void throw_failure(const PluginPart& part, const CallSite& site, std::string problem,
                                bool wrong_result);

// Runs `work`, a call into the plugin; anything it throws becomes a
// PluginFailure. A PluginFailure passes unchanged: it comes from a guarded
// call the plugin made in turn and already names who failed. kPassInvalidInput:
// the call's contract lets it refuse its input with InvalidInput
// (ItemType::parse_cell), which then passes unchanged too.
template <bool kPassInvalidInput = false, typename Work>
auto call_plugin(const PluginPart& part, const CallSite& site, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const PluginFailure&) {
        throw;
    } catch (const InvalidInput& error) {
        if constexpr (kPassInvalidInput) throw;
        throw_failure(part, site, "it threw " + describe_exception(error), false);
    } catch (const std::exception& error) {
        throw_failure(part, site, "it threw " + describe_exception(error), false);
    } catch (...) {
        throw_failure(part, site, "it threw something that is not a std::exception", false);
    }
}

}  // namespace sonda::plugin_guard
