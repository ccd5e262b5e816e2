#include "plugin_guard.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <memory>
#include <typeinfo>

namespace sonda::plugin_guard {

namespace {

// A message from a plugin is quoted on one line and within reason.
constexpr std::size_t kLongestQuoted = 500;

std::string type_name(const std::type_info& type) {
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> demangled(
        abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), std::free);
    return status == 0 && demangled ? demangled.get() : type.name();
}

std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    if (text.size() > kLongestQuoted) text = text.substr(0, kLongestQuoted) + "...";
    return text;
}

}  // namespace

std::string PluginPart::who() const {
    PluginFault fault;
    fault.plugin = plugin;
    fault.version = version;
    fault.kind = kind;
    fault.part = name;
    return fault.who();
}

std::string describe_exception(const std::exception& error) {
    return type_name(typeid(error)) + ": " + one_line(error.what());
}

void throw_failure(const PluginPart& part, const CallSite& site, std::string problem,
                   bool wrong_result) {
    PluginFault fault;
    fault.plugin = part.plugin;
    fault.version = part.version;
    fault.kind = part.kind;
    fault.part = part.name;
    fault.call = site.call;
    if (site.form) {
        fault.form = site.form->id;
        fault.form_version = site.form->version;
    }
    fault.response = std::string(site.response);
    fault.item = std::string(site.item);
    fault.problem = std::move(problem);
    fault.wrong_result = wrong_result;
    throw PluginFailure(Location{}, std::move(fault));
}

}  // namespace sonda::plugin_guard
