// The engine is what every host (CLI, dashboard, later the server) creates
// first: the registry with the core item types, and the plugins loaded into it.
// A Project is one database opened through the engine, with its study and
// forms parsed against the registry.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sonda/forms/response_validator.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"
#include "sonda/plugin/plugin_host.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

const char* version_string();  // "0.1.0"

class Engine {
  public:
    Engine();
    ~Engine();
    void load_plugins();  // PluginHost::default_search_path()
    Registry& registry() { return *m_registry; }
    const Registry& registry() const { return *m_registry; }
    PluginHost& plugins() { return *m_host; }

  private:
    std::unique_ptr<Registry> m_registry;  // declared first: destroyed after the host
    std::unique_ptr<PluginHost> m_host;
};

class Project {
  public:
    // Opens the store (read-only for hosts that only read: no schema is ever
    // created then); loads study and forms.
    Project(Engine& engine, const std::string& target,
            Store::Access access = Store::Access::ReadWrite);

    Engine& engine() { return m_engine; }
    // What it was opened with, so another thread can open its own connection.
    const std::string& target() const { return m_target; }
    const Registry& registry() const { return m_engine.registry(); }
    Store& store() { return *m_store; }
    const Study& study() const { return m_study; }
    const std::vector<Form>& forms() const { return m_forms; }

    // The form with this id at `version`, or its highest version. Throws
    // InvalidInput listing the known forms.
    const Form& form(const std::string& id, std::optional<int> version = std::nullopt) const;
    // The instrument for a form. Throws InvalidInput when its plugin is not loaded.
    const Instrument& instrument(const Form& form) const;
    // The loaded plugin that scores the form, and its version (empty when
    // its plugin is not loaded).
    Scorer scorer(const Form& form) const;

    // The validator for this study and its forms, made once and kept until reload().
    const ResponseValidator& validator() const;

    // Everything a response goes through before it is stored, whoever enters
    // it (import, dashboard, later the server): validation against the study,
    // the form, its item types and its instrument, then the instrument's
    // scores. Throws InvalidInput with every issue found, or PluginFailure
    // naming the response when a plugin failed on it.
    StoredResponse prepare(const Response& response) const;

    void reload();  // after forms or the study changed in the store

  private:
    Engine& m_engine;
    std::string m_target;
    std::unique_ptr<Store> m_store;
    Study m_study;
    std::vector<Form> m_forms;
    mutable std::unique_ptr<ResponseValidator> m_validator;
};

// "unknown form 'x' [version N]; known forms: ...", in the message language.
std::string unknown_form_message(const std::string& id, std::optional<int> version,
                                 const std::vector<Form>& known);

}  // namespace sonda
