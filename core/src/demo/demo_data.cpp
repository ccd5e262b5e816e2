#include "demo_data.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/util/json.hpp"

namespace sonda::demo {

namespace {

Poco::JSON::Object::Ptr read_object(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InvalidInput(Location{file, 0, "", ""}, "cannot read the demo data file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_json_object(text.str(), Location{file, 0, "", ""});
}

// Typed access that names the file and JSON path when the data is not as expected.
class Reader {
  public:
    explicit Reader(std::string file) : m_file(std::move(file)) {}

    Poco::JSON::Array::Ptr array(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                 const std::string& path) const {
        auto found = object ? object->getArray(key) : nullptr;
        if (!found) fail(path + "." + key, "must be an array");
        return found;
    }
    Poco::JSON::Object::Ptr object(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                   const std::string& path) const {
        auto found = object ? object->getObject(key) : nullptr;
        if (!found) fail(path + "." + key, "must be an object");
        return found;
    }
    Poco::JSON::Object::Ptr entry(const Poco::JSON::Array::Ptr& array, std::size_t index,
                                  const std::string& path) const {
        auto found = array->getObject(static_cast<unsigned int>(index));
        if (!found) fail(path + "[" + std::to_string(index) + "]", "must be an object");
        return found;
    }
    std::string string(const Poco::JSON::Object::Ptr& object, const std::string& key,
                       const std::string& path, bool required = true) const {
        if (!object->has(key) || object->isNull(key)) {
            if (required) fail(path + "." + key, "is missing");
            return {};
        }
        const Poco::Dynamic::Var value = object->get(key);
        if (!value.isString()) fail(path + "." + key, "must be a string");
        return value.extract<std::string>();
    }
    std::vector<std::string> strings(const Poco::JSON::Array::Ptr& array,
                                     const std::string& path) const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var value = array->get(static_cast<unsigned int>(i));
            if (!value.isString()) fail(path + "[" + std::to_string(i) + "]", "must be a string");
            out.push_back(value.extract<std::string>());
        }
        return out;
    }
    [[noreturn]] void fail(const std::string& path, const std::string& reason) const {
        throw InvalidInput(Location{m_file, 0, path, ""}, reason);
    }

  private:
    std::string m_file;
};

void read_respondents(const std::string& file, DemoData& data) {
    const Reader reader(file);
    const auto root = read_object(file);
    const auto territories = reader.array(root, "territories", "$");
    for (std::size_t t = 0; t < territories->size(); ++t) {
        const std::string path = "$.territories[" + std::to_string(t) + "]";
        const auto territory = reader.entry(territories, t, "$.territories");
        const std::string territory_id = reader.string(territory, "territory", path);
        const auto respondents = reader.array(territory, "respondents", path);
        for (std::size_t r = 0; r < respondents->size(); ++r) {
            const std::string here = path + ".respondents[" + std::to_string(r) + "]";
            const auto entry = reader.entry(respondents, r, path + ".respondents");
            DemoRespondent respondent;
            respondent.code = reader.string(entry, "code", here);
            respondent.territory = territory_id;
            respondent.role = reader.string(entry, "role", here);
            respondent.waves = reader.strings(reader.array(entry, "waves", here), here + ".waves");
            data.respondents.push_back(std::move(respondent));
        }
    }
}

void read_expectations(const std::string& file, DemoData& data) {
    const Reader reader(file);
    const auto root = read_object(file);
    data.expectations_wave = reader.string(root, "wave", "$");
    // Individual expectations: the report's "Expectations on <service>" lists,
    // which answer the "concerns/expectations" facet of the team matrix.
    const auto individual = reader.array(root, "expectations", "$");
    for (std::size_t i = 0; i < individual->size(); ++i) {
        const std::string path = "$.expectations[" + std::to_string(i) + "]";
        const auto entry = reader.entry(individual, i, "$.expectations");
        const std::string territory = reader.string(entry, "territory", path);
        const std::string role = reader.string(entry, "role", path);
        const std::string service = reader.string(entry, "service", path);
        for (const std::string& text :
             reader.strings(reader.array(entry, "texts", path), path + ".texts"))
            data.expectations.push_back({territory, role, service, "concerns", text});
    }
    // The territorial groups' tables: one list per facet.
    const auto tables = reader.array(root, "involvement", "$");
    for (std::size_t i = 0; i < tables->size(); ++i) {
        const std::string path = "$.involvement[" + std::to_string(i) + "]";
        const auto entry = reader.entry(tables, i, "$.involvement");
        const std::string service = reader.string(entry, "service", path);
        const auto territories =
            reader.strings(reader.array(entry, "territories", path), path + ".territories");
        for (const char* facet : {"ask", "involvement", "tools", "concerns"}) {
            const auto texts = reader.strings(reader.array(entry, facet, path), path + "." + facet);
            for (const std::string& territory : territories)
                for (const std::string& text : texts)
                    data.expectations.push_back({territory, "", service, facet, text});
        }
    }
}

void read_network(const std::string& file, DemoData& data) {
    const Reader reader(file);
    const auto root = read_object(file);
    data.network_wave = reader.string(root, "wave", "$");
    const auto territories = reader.array(root, "territories", "$");
    for (std::size_t t = 0; t < territories->size(); ++t) {
        const std::string path = "$.territories[" + std::to_string(t) + "]";
        const auto entry = reader.entry(territories, t, "$.territories");
        const std::string territory = reader.string(entry, "territory", path);
        const auto dimensions = reader.object(entry, "dimensions", path);
        // Poco keeps object keys sorted; the order of dimensions does not matter here.
        for (const auto& [dimension, ignored] : *dimensions) {
            const std::string here = path + ".dimensions." + dimension;
            const auto facets = reader.object(dimensions, dimension, path + ".dimensions");
            DemoDimensionTexts texts{territory, dimension, {}};
            for (const char* facet : {"strengths", "weaknesses", "objectives"})
                if (facets->has(facet))
                    texts.by_facet[facet] =
                        reader.strings(reader.array(facets, facet, here), here + "." + facet);
            data.dimension_texts.push_back(std::move(texts));
        }
    }
    const auto actors = reader.object(root, "actors", "$");
    for (const auto& [territory, ignored] : *actors) {
        if (territory.rfind('_', 0) == 0) continue;  // "_comment"
        const std::string path = "$.actors." + territory;
        const auto list = reader.array(actors, territory, "$.actors");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string here = path + "[" + std::to_string(i) + "]";
            const auto entry = reader.entry(list, i, path);
            DemoActor actor;
            actor.name = reader.string(entry, "name", here);
            actor.service = reader.string(entry, "service", here, false);
            actor.first_wave = reader.string(entry, "first_wave", here, false);
            if (!entry->has("ring_workshop_1"))
                reader.fail(here + ".ring_workshop_1", "is missing");
            actor.ring_first = entry->getValue<int>("ring_workshop_1");
            data.actors[territory].push_back(std::move(actor));
        }
    }
}

}  // namespace

bool DemoRespondent::answered(const std::string& wave) const {
    return std::find(waves.begin(), waves.end(), wave) != waves.end();
}

DemoData load_demo_data(const std::string& folder) {
    DemoData data;
    read_respondents(folder + "/respondents.json", data);
    read_expectations(folder + "/expectations.json", data);
    read_network(folder + "/network.json", data);
    return data;
}

}  // namespace sonda::demo
