#include "sonda/engine.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>

#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/plugin_failure.hpp"

namespace sonda {

const char* version_string() { return SONDA_VERSION; }

Engine::Engine()
    : m_registry(std::make_unique<Registry>()), m_host(std::make_unique<PluginHost>(*m_registry)) {}

Engine::~Engine() { m_host.reset(); }

void Engine::load_plugins() { m_host->load_default(); }

Project::Project(Engine& engine, const std::string& target, Store::Access access)
    : m_engine(engine), m_target(target), m_store(Store::open(target, access)) {
    reload();
}

void Project::reload() {
    m_validator.reset();
    m_study = m_store->load_study();
    m_forms.clear();
    for (const FormRecord& record : m_store->forms()) {
        // Forms in the database were valid when stored; one whose plugin is
        // not loaded now still loads, so data can be listed and exported.
        m_forms.push_back(load_form_json(
            record.definition_json,
            "form " + record.id + " v" + std::to_string(record.version) + " in the database",
            m_engine.registry(), /*require_plugin=*/false, &m_study));
    }
}

const Form& Project::form(const std::string& id, std::optional<int> version) const {
    const Form* best = nullptr;
    for (const Form& candidate : m_forms) {
        if (candidate.id != id) continue;
        if (version && candidate.version == *version) return candidate;
        if (!version && (!best || candidate.version > best->version)) best = &candidate;
    }
    if (best) return *best;
    throw InvalidInput(Location{}, unknown_form_message(id, version, m_forms));
}

std::string unknown_form_message(const std::string& id, std::optional<int> version,
                                 const std::vector<Form>& known) {
    std::string list;
    for (const Form& form : known)
        list += (list.empty() ? "" : ", ") + form.id + " v" + std::to_string(form.version);
    return i18n::message("definition.form.unknown", id,
                         version ? i18n::message("definition.form.version", *version) : "",
                         list.empty() ? i18n::message("input.list_none") : list);
}

const ResponseValidator& Project::validator() const {
    if (!m_validator)
        m_validator = std::make_unique<ResponseValidator>(m_study, m_forms, m_engine.registry());
    return *m_validator;
}

StoredResponse Project::prepare(const Response& response) const {
    try {
        std::vector<Issue> issues;
        if (!validator().validate(response, issues)) throw InvalidInput(std::move(issues));
        const Form& form = *validator().form(response.form, response.form_version);
        StoredResponse stored;
        stored.response = response;
        // UUIDs compare case-insensitively: one spelling (lower case) is stored,
        // so an upper-case copy of a stored id is that same response.
        stored.response.id = canonical_response_id(response.id);
        stored.canonical_json = stored.response.to_canonical_json();
        stored.scores = instrument(form).score(form, stored.response);
        stored.scorer = scorer(form);
        return stored;
    } catch (const PluginFailure& failure) {
        // An item type's check of one answer knows neither form nor response.
        throw failure.about(response.form, response.form_version,
                            canonical_response_id(response.id));
    }
}

Scorer Project::scorer(const Form& form) const {
    const std::string owner = m_engine.registry().owner_of_instrument(form.plugin);
    if (owner.empty()) return {};
    return Scorer{owner, m_engine.registry().owner_version(owner)};
}

const Instrument& Project::instrument(const Form& form) const {
    const Instrument* found = m_engine.registry().instrument(form.plugin);
    if (!found)
        throw InvalidInput(Location{form.source, 0, "$.plugin", ""},
                           "the plugin '" + form.plugin + "' of form '" + form.id +
                               "' is not loaded (see `sonda plugins`)");
    return *found;
}

}  // namespace sonda
