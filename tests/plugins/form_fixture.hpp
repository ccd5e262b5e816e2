// Builds a Form from form JSON for the plugin suites, reading only the generic
// keys the instruments use, so the instruments' tests do not depend on the form
// loader's checks (the loader has its own suite; the shipped form files are
// also loaded through it where the suites say so).
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <fstream>
#include <sstream>
#include <string>

#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

namespace sonda::test {

inline LocalizedText fixture_label(const Poco::Dynamic::Var& value) {
    LocalizedText label;
    if (value.isString()) return LocalizedText(value.extract<std::string>());
    if (value.type() == typeid(Poco::JSON::Object::Ptr))
        for (const auto& [language, text] : *value.extract<Poco::JSON::Object::Ptr>())
            label.set(language, text.toString());
    return label;
}

inline std::vector<Choice> fixture_choices(const Poco::JSON::Array::Ptr& array) {
    std::vector<Choice> out;
    if (!array) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto object = array->getObject(static_cast<unsigned>(i));
        out.push_back(
            Choice{object->getValue<std::string>("value"), fixture_label(object->get("label"))});
    }
    return out;
}

inline Form form_from_json(const std::string& text, const std::string& source = "test") {
    const auto root = parse_json_object(text, Location{source, 0, "", ""});
    Form form;
    form.id = root->optValue<std::string>("id", "");
    form.version = root->optValue<int>("version", 1);
    form.plugin = root->optValue<std::string>("plugin", "");
    form.title = fixture_label(root->get("title"));
    form.definition = root;
    form.source = source;
    const auto items = root->getArray("items");
    for (std::size_t i = 0; items && i < items->size(); ++i) {
        const auto object = items->getObject(static_cast<unsigned>(i));
        Item item;
        item.id = object->getValue<std::string>("id");
        item.type = object->getValue<std::string>("type");
        item.label = fixture_label(object->get("label"));
        if (object->has("min")) item.min = object->getValue<double>("min");
        if (object->has("max")) item.max = object->getValue<double>("max");
        item.rows = fixture_choices(object->getArray("rows"));
        item.columns = fixture_choices(object->getArray("columns"));
        item.cell_type = object->optValue<std::string>("cell_type", "");
        item.max_entries = object->optValue<std::size_t>("max_entries", 50);
        item.definition = object;
        form.items.push_back(std::move(item));
    }
    return form;
}

inline std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline Form shipped_form(const std::string& name) {
    const std::string path = std::string(SONDA_SOURCE_DIR) + "/forms/" + name;
    return form_from_json(read_text_file(path), path);
}

inline Response response_from_json(const std::string& text) {
    Response response = Response::from_json(*parse_json_object(text, Location{}));
    return response;
}

}  // namespace sonda::test
