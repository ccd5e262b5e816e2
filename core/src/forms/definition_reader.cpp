#include "definition_reader.hpp"

#include <algorithm>
#include <cmath>

#include "answer_values.hpp"
#include "json_path.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/checked_integer.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda {

void DefinitionReader::issue(const std::string& path, std::string reason) {
    m_issues.push_back(Issue{Location{m_file, 0, path, ""}, std::move(reason)});
}

std::optional<Poco::Dynamic::Var> DefinitionReader::present(const Poco::JSON::Object& object,
                                                            const std::string& key,
                                                            const std::string& parent, Need need) {
    if (object.isNull(key)) {
        if (need == Need::Required)
            issue(json_path_key(parent, key), i18n::message("definition.missing_key", key));
        return std::nullopt;
    }
    return object.get(key);
}

void DefinitionReader::wrong_type(const std::string& path, const std::string& expected,
                                  const Poco::Dynamic::Var& found) {
    issue(path, i18n::message("definition.wrong_type", expected, json_type_name(found)));
}

std::optional<std::string> DefinitionReader::string(const Poco::JSON::Object& object,
                                                    const std::string& key,
                                                    const std::string& parent, Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return std::nullopt;
    if (!value->isString()) {
        wrong_type(json_path_key(parent, key), i18n::message("definition.a_string"), *value);
        return std::nullopt;
    }
    // Strings of a definition are ids, codes, types and dates: one line each.
    if (auto problem =
            control_character_problem(value->extract<std::string>(), TextKind::SingleLine)) {
        issue(json_path_key(parent, key), std::move(*problem));
        return std::nullopt;
    }
    return value->extract<std::string>();
}

std::optional<long long> DefinitionReader::integer(const Poco::JSON::Object& object,
                                                   const std::string& key,
                                                   const std::string& parent, Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return std::nullopt;
    // Whole numbers beyond +-2^53 are refused here; callers check their own range.
    std::optional<long long> whole = integral_value(*value);
    if (!whole) {
        if (number_value(*value) && std::trunc(*number_value(*value)) == *number_value(*value))
            issue(json_path_key(parent, key),
                  integer_problem_reason(*value, -kLargestExactInteger, kLargestExactInteger));
        else
            wrong_type(json_path_key(parent, key), i18n::message("definition.an_integer"), *value);
    }
    return whole;
}

std::optional<double> DefinitionReader::number(const Poco::JSON::Object& object,
                                               const std::string& key, const std::string& parent,
                                               Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return std::nullopt;
    std::optional<double> result = number_value(*value);
    if (!result)
        wrong_type(json_path_key(parent, key), i18n::message("definition.a_number"), *value);
    return result;
}

std::optional<bool> DefinitionReader::boolean(const Poco::JSON::Object& object,
                                              const std::string& key, const std::string& parent,
                                              Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return std::nullopt;
    if (!value->isBoolean()) {
        wrong_type(json_path_key(parent, key), i18n::message("definition.true_or_false"), *value);
        return std::nullopt;
    }
    return value->extract<bool>();
}

Poco::JSON::Object::Ptr DefinitionReader::object(const Poco::JSON::Object& object,
                                                 const std::string& key, const std::string& parent,
                                                 Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return nullptr;
    Poco::JSON::Object::Ptr result = as_object(*value);
    if (!result)
        wrong_type(json_path_key(parent, key), i18n::message("definition.an_object"), *value);
    return result;
}

Poco::JSON::Array::Ptr DefinitionReader::array(const Poco::JSON::Object& object,
                                               const std::string& key, const std::string& parent,
                                               Need need) {
    const std::optional<Poco::Dynamic::Var> value = present(object, key, parent, need);
    if (!value) return nullptr;
    Poco::JSON::Array::Ptr result = as_array(*value);
    if (!result)
        wrong_type(json_path_key(parent, key), i18n::message("definition.an_array"), *value);
    return result;
}

void DefinitionReader::reject_unknown_keys(const Poco::JSON::Object& object,
                                           const std::string& parent,
                                           const std::vector<std::string>& known) {
    for (const auto& [key, value] : object) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string expected;
        for (const std::string& name : known) expected += (expected.empty() ? "" : ", ") + name;
        issue(json_path_key(parent, key), i18n::message("definition.unknown_key", key, expected));
    }
}

}  // namespace sonda
