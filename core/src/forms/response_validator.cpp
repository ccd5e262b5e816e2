#include "sonda/forms/response_validator.hpp"

#include <algorithm>

#include "answer_values.hpp"
#include "identifiers.hpp"
#include "json_path.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

namespace {
constexpr std::size_t kMaxItemsListed = 30;

// A value from the response quoted in a message, cut short and with control
// characters escaped: it may be anything.
std::string quoted(const std::string& text) {
    constexpr std::size_t kLongest = 60;
    return "'" + escape_for_message(text, kLongest) + "'";
}

void add(std::vector<Issue>& issues, const std::string& path, const std::string& item,
         std::string reason) {
    issues.push_back(Issue{Location{"", 0, path, item}, std::move(reason)});
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& entries) {
    std::vector<std::string> ids;
    for (const T& entry : entries) ids.push_back(entry.id);
    return ids;
}
void validate_answers(const Registry& registry, const Form& form, const Response& response,
                      std::vector<Issue>& issues) {
    if (!response.answers) {
        add(issues, "$.answers", "", "missing 'answers'");
        return;
    }
    const Poco::JSON::Object& answers = *response.answers;
    const std::size_t before = issues.size();
    std::size_t matched = 0;
    for (const Item& item : form.items) {
        if (!answers.has(item.id)) {
            if (item.required)
                add(issues, answer_path(item.id), item.id,
                    "required item '" + item.id + "' is not answered");
            continue;
        }
        ++matched;
        const Poco::Dynamic::Var value = answers.get(item.id);
        if (!is_answered(value)) {
            if (item.required)
                add(issues, answer_path(item.id), item.id,
                    "required item '" + item.id + "' is not answered");
            continue;
        }
        const ItemType* type = registry.item_type(item.type);
        if (!type) {
            add(issues, answer_path(item.id), item.id,
                "item type '" + item.type + "' is not loaded; it comes with the plugin of form '" +
                    form.id + "' (see `sonda plugins`)");
            continue;
        }
        const std::size_t first = issues.size();
        type->validate_answer(item, value, issues);
        for (std::size_t i = first; i < issues.size(); ++i) {
            // A plugin's type may leave the location to us.
            if (issues[i].where.item.empty()) issues[i].where.item = item.id;
            if (issues[i].where.path.empty()) issues[i].where.path = answer_path(item.id);
        }
    }
    if (matched < answers.size()) {
        std::vector<std::string> items;
        for (const Item& item : form.items) items.push_back(item.id);
        const std::string listed = items.size() <= kMaxItemsListed
                                       ? "its items are " + join_names(items, kMaxItemsListed)
                                       : "it has " + std::to_string(items.size()) +
                                             " items (see `sonda forms show " + form.id + "`)";
        for (const auto& [key, value] : answers)
            if (!form.item(key))
                add(issues, answer_path(key), key,
                    "unknown item " + quoted(key) + " in form '" + form.id + "' v" +
                        std::to_string(form.version) + "; " + listed);
    }
    if (issues.size() != before) return;  // instruments may rely on valid items
    const Instrument* instrument = registry.instrument(form.plugin);
    if (!instrument) {
        add(issues, "$.form", "",
            "the plugin for form '" + form.id + "' (instrument '" + form.plugin +
                "') is not loaded, so its rules cannot be checked (see `sonda plugins`)");
        return;
    }
    instrument->validate(form, response, issues);
}

}  // namespace

ResponseValidator::ResponseValidator(const Study& study, const std::vector<Form>& forms,
                                     const Registry& registry)
    : m_study(study), m_registry(registry) {
    for (const Form& form : forms) m_forms[{form.id, form.version}] = &form;
}

const Form* ResponseValidator::form(const std::string& id, int version) const {
    auto found = m_forms.find({id, version});
    return found == m_forms.end() ? nullptr : found->second;
}

bool ResponseValidator::validate(const Response& response, std::vector<Issue>& issues) const {
    const std::size_t before = issues.size();
    if (!is_uuid(response.id))
        add(issues, "$.id", "",
            quoted(response.id) +
                " is not a UUID (8-4-4-4-12 hexadecimal digits, such as "
                "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d)");
    // Never echo the code: if it is a name, it must not travel further in messages.
    if (std::optional<std::string> problem = respondent_code_problem(response.respondent))
        add(issues, "$.respondent", "", *problem);
    if (!m_study.wave(response.wave)) {
        std::vector<std::string> waves;
        for (const Wave& wave : m_study.waves) waves.push_back(wave.id + " (" + wave.date + ")");
        add(issues, "$.wave", "",
            "unknown wave " + quoted(response.wave) + "; the study's waves are " +
                join_names(waves));
    }
    if (!m_study.territory(response.territory))
        add(issues, "$.territory", "",
            "unknown territory " + quoted(response.territory) + "; the study's territories are " +
                join_names(ids_of(m_study.territories)));
    if (!m_study.role(response.role))
        add(issues, "$.role", "",
            "unknown role " + quoted(response.role) + "; the study's roles are " +
                join_names(ids_of(m_study.roles)));

    const Form* found = form(response.form, response.form_version);
    if (!found) {
        std::vector<std::string> versions, known;
        for (const auto& [key, candidate] : m_forms) {
            known.push_back(key.first + " v" + std::to_string(key.second));
            if (key.first == response.form) versions.push_back(std::to_string(key.second));
        }
        if (!versions.empty())
            add(issues, "$.form_version", "",
                "form " + quoted(response.form) + " has no version " +
                    std::to_string(response.form_version) + "; its versions are " +
                    join_names(versions));
        else
            add(issues, "$.form", "",
                "unknown form " + quoted(response.form) + "; known forms are " + join_names(known));
    } else {
        validate_answers(m_registry, *found, response, issues);
    }
    return issues.size() == before;
}

}  // namespace sonda
