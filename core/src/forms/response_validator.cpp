#include "sonda/forms/response_validator.hpp"

#include <algorithm>

#include "answer_values.hpp"
#include "identifiers.hpp"
#include "json_path.hpp"
#include "sonda/i18n/message_language.hpp"
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
        add(issues, "$.answers", "", i18n::message("input.answers_missing"));
        return;
    }
    const Poco::JSON::Object& answers = *response.answers;
    const std::size_t before = issues.size();
    std::size_t matched = 0;
    for (const Item& item : form.items) {
        if (!answers.has(item.id)) {
            if (item.required)
                add(issues, answer_path(item.id), item.id,
                    i18n::message("input.required_unanswered", item.id));
            continue;
        }
        ++matched;
        const Poco::Dynamic::Var value = answers.get(item.id);
        if (!is_answered(value)) {
            if (item.required)
                add(issues, answer_path(item.id), item.id,
                    i18n::message("input.required_unanswered", item.id));
            continue;
        }
        const ItemType* type = registry.item_type(item.type);
        if (!type) {
            add(issues, answer_path(item.id), item.id,
                i18n::message("input.item_type_not_loaded", item.type, form.id));
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
        const std::string listed =
            items.size() <= kMaxItemsListed
                ? i18n::message("input.items_are", join_names(items, kMaxItemsListed))
                : i18n::message("input.items_many", items.size(), form.id);
        for (const auto& [key, value] : answers)
            if (!form.item(key))
                add(issues, answer_path(key), key,
                    i18n::message("input.unknown_item", quoted(key), form.id, form.version,
                                  listed));
    }
    if (issues.size() != before) return;  // instruments may rely on valid items
    const Instrument* instrument = registry.instrument(form.plugin);
    if (!instrument) {
        add(issues, "$.form", "",
            i18n::message("input.instrument_not_loaded", form.id, form.plugin));
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
        add(issues, "$.id", "", i18n::message("input.not_uuid", quoted(response.id)));
    // Never echo the code: if it is a name, it must not travel further in messages.
    if (std::optional<std::string> problem = respondent_code_problem(response.respondent))
        add(issues, "$.respondent", "", *problem);
    if (!m_study.wave(response.wave)) {
        std::vector<std::string> waves;
        for (const Wave& wave : m_study.waves) waves.push_back(wave.id + " (" + wave.date + ")");
        add(issues, "$.wave", "",
            i18n::message("input.unknown_wave", quoted(response.wave), join_names(waves)));
    }
    if (!m_study.territory(response.territory))
        add(issues, "$.territory", "",
            i18n::message("input.unknown_territory", quoted(response.territory),
                          join_names(ids_of(m_study.territories))));
    if (!m_study.role(response.role))
        add(issues, "$.role", "",
            i18n::message("input.unknown_role", quoted(response.role),
                          join_names(ids_of(m_study.roles))));

    const Form* found = form(response.form, response.form_version);
    if (!found) {
        std::vector<std::string> versions, known;
        for (const auto& [key, candidate] : m_forms) {
            known.push_back(key.first + " v" + std::to_string(key.second));
            if (key.first == response.form) versions.push_back(std::to_string(key.second));
        }
        if (!versions.empty())
            add(issues, "$.form_version", "",
                i18n::message("input.unknown_form_version", quoted(response.form),
                              response.form_version, join_names(versions)));
        else
            add(issues, "$.form", "",
                i18n::message("input.unknown_form", quoted(response.form), join_names(known)));
    } else {
        validate_answers(m_registry, *found, response, issues);
    }
    return issues.size() == before;
}

}  // namespace sonda
