// The participant's web form: GET /f/<token> (the page shell; the link is
// checked here, in the path, since a browser opening a link sends no
// Authorization header), GET /api/v1/participant (what the page needs,
// authorised by the same token as a Bearer), and the page's files. The
// page's script builds the questionnaire from the form definition.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>

#include "authentication.hpp"
#include "participant_routes.hpp"
#include "previous_objectives.hpp"
#include "problem.hpp"
#include "sonda/access/access_control.hpp"
#include "sonda/report/html_writer.hpp"
#include "web_assets.hpp"

namespace sonda::server {

namespace {

// No inline script or style anywhere: the page's files come from this server.
constexpr const char* kPagePolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// The few words of the page the server writes itself; the rest is in the
// script's catalogues (web/i18n.js).
const std::map<std::string, std::map<std::string, std::string>> kWords = {
    {"it",
     {{"invalid_title", "Link non valido"},
      {"invalid_text",
       "Questo link non è valido. Chiedete un nuovo link a chi vi ha invitato a rispondere."},
      {"loading", "Caricamento del questionario..."},
      {"noscript", "Per rispondere serve JavaScript attivo nel browser."}}},
    {"en",
     {{"invalid_title", "Link not valid"},
      {"invalid_text",
       "This link is not valid. Ask the person who invited you to answer for a new link."},
      {"loading", "Loading the questionnaire..."},
      {"noscript", "Answering needs JavaScript enabled in the browser."}}},
};

// The study's first language the page has words for; Italian otherwise.
std::string page_language(Exchange& exchange) {
    for (const std::string& language : exchange.project().study().languages)
        if (kWords.count(language)) return language;
    return "it";
}

const std::string& word(const std::string& language, const std::string& key) {
    return kWords.at(language).at(key);
}

// Poco gives a kept-alive connection its worker until it times out, and a
// browser keeps several open: the page's answers close theirs, so that one
// phone loading the page does not hold every worker (docs/participant-form.md).
void close_after(Exchange& exchange) { exchange.response.setKeepAlive(false); }

void send_page(Exchange& exchange, const std::string& html, int status) {
    close_after(exchange);
    exchange.response.set("Content-Security-Policy", kPagePolicy);
    exchange.response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    exchange.send_text(html, "text/html; charset=utf-8", status);
}

// The link the path names, when it is an active participant link. A refused
// token counts against the address and is audited as for a Bearer token.
std::optional<Principal> participant_link(Exchange& exchange, const std::string& token) {
    if (const int wait = exchange.server.throttle.retry_after(exchange.client); wait > 0)
        throw HttpProblem(429, "too many failed authentications from this address; try again in " +
                                   std::to_string(wait) + " s")
            .with_header("Retry-After", std::to_string(wait));
    Store& store = exchange.project().store();
    try {
        Principal principal = AccessControl(store).authenticate(token);
        if (principal.link && principal.forms.size() == 1 && principal.waves.size() == 1 &&
            principal.territories.size() == 1)
            return principal;
    } catch (const AccessDenied&) {
        record_failed_authentication(exchange, "participant link refused");
    }
    return std::nullopt;
}

void get_participant_page(Exchange& exchange) {
    const std::string language = page_language(exchange);
    const std::optional<Principal> link = participant_link(exchange, exchange.path.at("token"));
    if (!link) {
        send_page(exchange,
                  "<!doctype html>\n<html lang=\"" + language +
                      "\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                      "<link rel=\"icon\" href=\"data:,\"><title>" +
                      word(language, "invalid_title") +
                      "</title><link rel=\"stylesheet\" href=\"/static/participant.css\"></head>"
                      "<body><main class=\"invalid\"><h1>" +
                      word(language, "invalid_title") + "</h1><p>" +
                      word(language, "invalid_text") + "</p></main></body></html>\n",
                  404);
        return;
    }
    const Form& form = exchange.project().form(link->forms.front());
    send_page(exchange,
              "<!doctype html>\n<html lang=\"" + language +
                  "\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<link rel=\"icon\" href=\"data:,\"><title>" +
                  report_detail::html_escape(form.title.get(language)) +
                  "</title><link rel=\"stylesheet\" href=\"/static/participant.css\">"
                  "<script type=\"module\" src=\"/static/main.js\"></script></head>"
                  "<body><main id=\"app\" aria-live=\"polite\"><p class=\"loading\">" +
                  word(language, "loading") + "</p><noscript><p>" + word(language, "noscript") +
                  "</p></noscript></main></body></html>\n",
              200);
}

Poco::JSON::Object localized(const LocalizedText& text) {
    Poco::JSON::Object object;
    for (const auto& [language, value] : text.all()) object.set(language, value);
    return object;
}

template <typename Entries>
Poco::JSON::Array value_labels(const Entries& entries) {
    Poco::JSON::Array list;
    for (const auto& entry : entries) {
        Poco::JSON::Object value;
        value.set("value", entry.id);
        value.set("label", localized(entry.name));
        list.add(value);
    }
    return list;
}

// The study's self-generated code recipe (docs/study.md): the page asks one
// field per part and sends only the code, the parts one after the other.
Poco::JSON::Object code_recipe(const RespondentCodeRecipe& recipe) {
    Poco::JSON::Array parts;
    for (const CodePart& part : recipe.parts) {
        Poco::JSON::Object entry;
        entry.set("id", part.id);
        entry.set("label", localized(part.label));
        entry.set(part.digits ? "digits" : "letters", part.length);
        parts.add(entry);
    }
    Poco::JSON::Object out;
    out.set("parts", parts);
    return out;
}

// The link's territory's objectives at the latest earlier wave that lists
// any, for the page to pre-fill (docs/access.md): read, so audited.
void add_previous_objectives(Exchange& exchange, const Principal& who, const Form& form,
                             Poco::JSON::Object& body) {
    const Study& study = exchange.project().study();
    Poco::JSON::Object::Ptr previous = previous_objectives(
        exchange.project().store(), study, form, who.waves.front(), who.territories.front());
    if (!previous) return;
    const std::string wave = previous->getValue<std::string>("wave");
    if (const Wave* found = study.wave(wave)) previous->set("wave_label", localized(found->label));
    std::size_t count = 0;
    Poco::JSON::Object::Ptr items = previous->getObject("items");
    for (const auto& [item, list] : *items) count += list.extract<Poco::JSON::Array::Ptr>()->size();
    body.set("previous_objectives", previous);
    exchange.project().store().access().append_audit(
        AuditEvent{who.name, "objectives.read", form.id,
                   "territory " + who.territories.front() + ", wave " + wave + ": " +
                       std::to_string(count) + " objective(s)",
                   exchange.client});
}

// What the page needs, for the link that asks: its form, wave and territory
// with the study's words for them, the roles to choose from, the services
// a form may take its lists from ("$study.services") and the code recipe.
void get_participant(Exchange& exchange) {
    const Principal& who = exchange.who();
    exchange.require(who.link, "this resource answers a participant link only");
    const Study& study = exchange.project().study();
    const Form& form = exchange.project().form(who.forms.front());
    Poco::JSON::Object body;
    Poco::JSON::Object link;
    link.set("form", form.id);
    link.set("form_version", form.version);
    link.set("wave", who.waves.front());
    link.set("territory", who.territories.front());
    link.set("expires_at", who.expires_at);
    body.set("link", link);
    Poco::JSON::Array languages;
    for (const std::string& language : study.languages) languages.add(language);
    body.set("languages", languages);
    body.set("study_title", localized(study.title));
    if (const Wave* wave = study.wave(who.waves.front()))
        body.set("wave_label", localized(wave->label));
    if (const Territory* territory = study.territory(who.territories.front()))
        body.set("territory_label", localized(territory->name));
    body.set("roles", value_labels(study.roles));
    body.set("services", value_labels(study.services));
    if (study.respondent_code.declared())
        body.set("respondent_code", code_recipe(study.respondent_code));
    body.set("form", form.definition);
    add_previous_objectives(exchange, who, form, body);
    close_after(exchange);
    exchange.send_json(body);
}

void send_asset(Exchange& exchange, const std::string& name) {
    const WebAsset* asset = find_web_asset(name);
    if (!asset) throw HttpProblem(404, "no such file");
    close_after(exchange);
    exchange.response.set("Content-Security-Policy", kPagePolicy);
    // Revalidated on each load: the service worker keeps the offline copy.
    exchange.response.set("Cache-Control", "no-cache");
    exchange.send_text(std::string(asset->content), content_type_of(name));
}

}  // namespace

std::vector<Route> participant_routes() {
    return {
        {"GET", "/f/{token}", get_participant_page, false},
        {"GET", "/api/v1/participant", get_participant},
        {"GET", "/static/{name}",
         [](Exchange& exchange) {
             const std::string& name = exchange.path.at("name");
             if (name == "sw.js") throw HttpProblem(404, "no such file");  // only at /sw.js
             send_asset(exchange, name);
         },
         false},
        {"GET", "/sw.js", [](Exchange& exchange) { send_asset(exchange, "sw.js"); }, false},
    };
}

}  // namespace sonda::server
