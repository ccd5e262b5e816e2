#include "sonda/model/response.hpp"

#include <cmath>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/json_text.hpp"

namespace sonda {

std::string canonical_response_id(const std::string& id) {
    std::string out = id;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string Response::to_canonical_json() const {
    // The keys in sorted order, as a Poco::JSON::Object holds them; written
    // straight into one string (json_text.hpp: the same bytes as Poco's).
    std::string out;
    out.reserve(512);
    out += "{\"answers\":";
    if (answers)
        append_json_text(out, answers);
    else
        out += "{}";
    const auto member = [&out](const char* key, const std::string& value) {
        out += key;
        append_json_string(out, value);
    };
    member(",\"form\":", form);
    out += ",\"form_version\":";
    out += std::to_string(form_version);
    member(",\"id\":", id);
    member(",\"respondent\":", respondent);
    member(",\"role\":", role);
    member(",\"territory\":", territory);
    member(",\"wave\":", wave);
    out += '}';
    return out;
}

namespace {
constexpr long long kMaxFormVersion = 1000000;

std::string required_string(const Poco::JSON::Object& object, const std::string& key,
                            std::vector<Issue>& issues) {
    if (!object.has(key)) {
        issues.push_back(
            {Location{"", 0, "$." + key, ""}, i18n::message("input.key_missing", key)});
        return {};
    }
    const Poco::Dynamic::Var value = object.get(key);
    if (!value.isString()) {
        issues.push_back(
            {Location{"", 0, "$." + key, ""}, i18n::message("input.key_not_string", key)});
        return {};
    }
    std::string text = value.extract<std::string>();
    if (text.empty())
        issues.push_back({Location{"", 0, "$." + key, ""}, i18n::message("input.key_empty", key)});
    return text;
}
}  // namespace

Response Response::from_json(const Poco::JSON::Object& object, IdRule id_rule) {
    static const char* const known[] = {"id",        "form", "form_version", "wave",
                                        "territory", "role", "respondent",   "answers"};
    std::vector<Issue> issues;
    for (const auto& [key, value] : object) {
        bool is_known = false;
        for (const char* name : known) is_known = is_known || key == name;
        if (!is_known)
            issues.push_back(
                {Location{"", 0, "$." + key, ""}, i18n::message("input.key_unknown", key)});
    }
    Response response;
    if (id_rule == IdRule::Required || object.has("id"))
        response.id = required_string(object, "id", issues);
    response.form = required_string(object, "form", issues);
    response.wave = required_string(object, "wave", issues);
    response.territory = required_string(object, "territory", issues);
    response.role = required_string(object, "role", issues);
    response.respondent = required_string(object, "respondent", issues);
    if (!object.has("form_version")) {
        issues.push_back({Location{"", 0, "$.form_version", ""},
                          i18n::message("input.key_missing", "form_version")});
    } else {
        const Poco::Dynamic::Var version = object.get("form_version");
        const CheckedInteger number = checked_integer(version, 1, kMaxFormVersion);
        if (!number)
            issues.push_back({Location{"", 0, "$.form_version", ""},
                              i18n::message("input.version_not_positive")});
        else
            response.form_version = static_cast<int>(number.value);
    }
    if (!object.has("answers")) {
        issues.push_back(
            {Location{"", 0, "$.answers", ""}, i18n::message("input.key_missing", "answers")});
    } else {
        response.answers = object.getObject("answers");
        if (!response.answers)
            issues.push_back(
                {Location{"", 0, "$.answers", ""}, i18n::message("input.answers_not_object")});
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return response;
}

double numeric_answer(const Poco::JSON::Object& answers, const std::string& item) {
    if (!answers.has(item)) return std::nan("");
    return numeric_answer(answers.get(item));
}

double numeric_answer(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || !value.isNumeric()) return std::nan("");
    try {
        return value.convert<double>();
    } catch (const Poco::Exception&) {
        return std::nan("");
    }
}

}  // namespace sonda
