// Localized names and string lists are stored as JSON text: one column keeps
// every language, and a language added later needs no migration.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "sonda/util/json.hpp"
#include "sonda/util/json_text.hpp"
#include "store_queries.hpp"

namespace sonda::store {

std::string localized_to_json(const LocalizedText& text) {
    Poco::JSON::Object object;
    for (const auto& [language, value] : text.all()) object.set(language, value);
    return json_text(object);
}

LocalizedText localized_from_json(const std::string& json) {
    LocalizedText text;
    const Poco::JSON::Object::Ptr object = parse_json_object(json, Location{"", 0, "$", ""});
    for (const auto& [language, value] : *object) text.set(language, value.toString());
    return text;
}

std::string strings_to_json(const std::vector<std::string>& values) {
    Poco::JSON::Array array;
    for (const std::string& value : values) array.add(value);
    return json_text(array);
}

std::vector<std::string> strings_from_json(const std::string& json) {
    std::vector<std::string> values;
    const Poco::Dynamic::Var parsed = parse_json(json, Location{"", 0, "$", ""});
    const auto array = parsed.extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i) values.push_back(array->get(i).toString());
    return values;
}

}  // namespace sonda::store
