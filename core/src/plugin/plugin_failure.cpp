#include "sonda/plugin/plugin_failure.hpp"

namespace sonda {

std::string PluginFault::who() const {
    if (plugin == "core") return "sonda's built-in " + kind + " '" + part + "'";
    return "plugin '" + plugin + "' " + version + " (" + kind + " '" + part + "')";
}

std::string PluginFault::message() const {
    std::string text = who() + (wrong_result ? " returned a wrong result from " : " failed in ");
    text += call;
    if (!response.empty()) text += " on response " + response;
    if (!form.empty()) {
        text += response.empty() ? " on form '" : " of form '";
        text += form + "'";
        if (form_version > 0) text += " v" + std::to_string(form_version);
    }
    if (!item.empty()) text += ", item '" + item + "'";
    return text + ": " + problem;
}

PluginFailure::PluginFailure(Location where, PluginFault fault)
    : InvalidInput(std::move(where), fault.message()), m_fault(std::move(fault)) {}

PluginFailure PluginFailure::about(const std::string& form, int form_version,
                                   const std::string& response) const {
    PluginFault fault = m_fault;
    if (fault.form.empty()) {
        fault.form = form;
        fault.form_version = form_version;
    }
    if (fault.response.empty()) fault.response = response;
    return PluginFailure(where(), std::move(fault));
}

}  // namespace sonda
