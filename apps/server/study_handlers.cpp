// The study and its forms, as stored: what a client needs to build a
// questionnaire and to know the territories, roles and waves it may name.
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "handlers.hpp"
#include "problem.hpp"
#include "server_options.hpp"
#include "sonda/forms/study_loader.hpp"

namespace sonda::server {

namespace {

Poco::JSON::Object localized(const LocalizedText& text) {
    Poco::JSON::Object object;
    for (const auto& [language, value] : text.all()) object.set(language, value);
    return object;
}

}  // namespace

void get_study(Exchange& exchange) {
    exchange.send_text(study_to_json(exchange.project().study()) + "\n", "application/json");
}

void get_forms(Exchange& exchange) {
    Poco::JSON::Array list;
    for (const Form& form : exchange.project().forms()) {
        Poco::JSON::Object entry;
        entry.set("id", form.id);
        entry.set("version", form.version);
        entry.set("plugin", form.plugin);
        entry.set("title", localized(form.title));
        entry.set("items", static_cast<int>(form.items.size()));
        list.add(entry);
    }
    exchange.send_json(list);
}

void get_form(Exchange& exchange) {
    std::optional<int> version;
    if (const auto given = exchange.query("version"))
        version = static_cast<int>(parse_limit("version", *given, 1, 1000000));
    const std::string& id = exchange.path.at("id");
    for (const Form& form : exchange.project().forms()) {
        if (form.id != id || (version && form.version != *version)) continue;
        // project().form gives the highest version; the definition is the file as loaded.
        const Form& chosen = exchange.project().form(id, version);
        std::ostringstream text;
        Poco::JSON::Stringifier::stringify(chosen.definition, text);
        text << '\n';
        exchange.send_text(text.str(), "application/json");
        return;
    }
    throw HttpProblem(
        404, "no form '" + id + "'" + (version ? " at version " + std::to_string(*version) : ""));
}

}  // namespace sonda::server
