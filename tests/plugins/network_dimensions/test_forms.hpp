// Small forms and responses for the network-dimensions unit tests, written as
// JSON the way a form file is. The instrument is tested on the Form it is
// handed; tests/plugins/network_dimensions/form_file_test.cpp loads the
// shipped form through the real core loader.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>

#include "messages.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

namespace sonda::test {

// The plugin's words in the catalogue, as the module adds them when it
// registers: the checks word their messages from it.
inline const bool kNetworkWords = (network_dimensions::add_messages(), true);

// The three bands of the shipped form, as a form file's "bands" key.
inline const char* kBands = R"("bands": [
    {"id": "concern", "label": {"it": "Criticità", "en": "Concern"}, "from": 1, "to": 2.5},
    {"id": "borderline", "label": {"it": "Da consolidare", "en": "Borderline"}, "from": 2.5, "to": 3.5},
    {"id": "strength", "label": {"it": "Punto di forza", "en": "Strength"}, "from": 3.5, "to": 5}])";

inline Item item_from_json(const Poco::JSON::Object::Ptr& object) {
    Item item;
    item.definition = object;
    item.id = object->optValue<std::string>("id", "");
    item.type = object->optValue<std::string>("type", "");
    if (object->has("min")) item.min = object->getValue<double>("min");
    if (object->has("max")) item.max = object->getValue<double>("max");
    return item;
}

inline Item make_item(const std::string& json) {
    return item_from_json(parse_json_object(json, Location{"test item", 0, "", ""}));
}

// {"bands": [...]?, "items": [...]}: the rest of a form file is the core's business.
inline Form make_form(const std::string& json) {
    Form form;
    form.id = "network-dimensions";
    form.version = 1;
    form.plugin = "network-dimensions";
    form.source = "test-form.json";
    form.definition = parse_json_object(json, Location{form.source, 0, "", ""});
    const Poco::JSON::Array::Ptr items = form.definition->getArray("items");
    for (std::size_t i = 0; items && i < items->size(); ++i)
        form.items.push_back(item_from_json(items->getObject(static_cast<unsigned int>(i))));
    return form;
}

inline Response make_response(const std::string& respondent, const std::string& answers) {
    Response response;
    response.id = "r-" + respondent;
    response.form = "network-dimensions";
    response.form_version = 1;
    response.wave = "w1";
    response.territory = "t1";
    response.role = "social_service";
    response.respondent = respondent;
    response.answers = parse_json_object(answers, Location{"test response", 0, "", ""});
    return response;
}

}  // namespace sonda::test
