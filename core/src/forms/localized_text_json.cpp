#include "localized_text_json.hpp"

#include <algorithm>

#include "answer_values.hpp"
#include "identifiers.hpp"
#include "json_path.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"

namespace sonda {

std::optional<LocalizedText> read_localized_text(const Poco::Dynamic::Var& value,
                                                 const std::string& path, DefinitionReader& reader,
                                                 const std::vector<std::string>* languages,
                                                 TextKind kind) {
    if (value.isString()) {
        std::string text = value.extract<std::string>();
        if (trim(text).empty()) {
            reader.issue(path, i18n::message("definition.not_empty"));
            return std::nullopt;
        }
        if (auto problem = control_character_problem(text, kind)) {
            reader.issue(path, std::move(*problem));
            return std::nullopt;
        }
        return LocalizedText(std::move(text));
    }
    Poco::JSON::Object::Ptr object = as_object(value);
    if (!object) {
        reader.issue(path, i18n::message("definition.text_or_languages", json_type_name(value)));
        return std::nullopt;
    }
    if (object->size() == 0) {
        reader.issue(path, i18n::message("definition.no_language_text"));
        return std::nullopt;
    }
    LocalizedText text;
    bool usable = true;
    for (const auto& [language, translation] : *object) {
        const std::string here = json_path_key(path, language);
        if (!is_language_code(language)) {
            reader.issue(here, i18n::message("definition.not_language_code", language));
            usable = false;
        } else if (!translation.isString()) {
            reader.issue(
                here, i18n::message("definition.wrong_type", i18n::message("definition.a_string"),
                                    json_type_name(translation)));
            usable = false;
        } else if (trim(translation.extract<std::string>()).empty()) {
            reader.issue(here, i18n::message("definition.not_empty"));
            usable = false;
        } else if (auto problem =
                       control_character_problem(translation.extract<std::string>(), kind)) {
            reader.issue(here, std::move(*problem));
            usable = false;
        } else {
            text.set(language, translation.extract<std::string>());
        }
    }
    if (languages) {
        for (const std::string& language : *languages)
            if (!object->has(language)) {
                reader.issue(
                    path, i18n::message("definition.no_text_in", language, join_names(*languages)));
                usable = false;
            }
    }
    if (!usable) return std::nullopt;
    return text;
}

std::optional<LocalizedText> read_localized_key(const Poco::JSON::Object& object,
                                                const std::string& key, const std::string& parent,
                                                DefinitionReader& reader,
                                                DefinitionReader::Need need,
                                                const std::vector<std::string>* languages,
                                                TextKind kind) {
    if (object.isNull(key)) {
        if (need == DefinitionReader::Need::Required)
            reader.issue(json_path_key(parent, key), "missing '" + key + "'");
        return std::nullopt;
    }
    return read_localized_text(object.get(key), json_path_key(parent, key), reader, languages,
                               kind);
}

Poco::Dynamic::Var localized_text_to_json(const LocalizedText& text) {
    const auto& all = text.all();
    if (all.size() == 1 && all.begin()->first.empty()) return all.begin()->second;
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    for (const auto& [language, translation] : all)
        object->set(language.empty() ? std::string("und") : language, translation);
    return object;
}

}  // namespace sonda
