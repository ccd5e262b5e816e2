#include "sonda/demo/demo_file.hpp"

#include <cmath>
#include <fstream>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/util/json.hpp"

namespace sonda::demo {

DemoFile::DemoFile(std::string file) : m_file(std::move(file)) {
    std::ifstream in(m_file, std::ios::binary);
    if (!in) throw InvalidInput(Location{m_file, 0, "", ""}, "cannot read the demo data file");
    std::ostringstream text;
    text << in.rdbuf();
    m_root = parse_json_object(text.str(), Location{m_file, 0, "", ""});
}

Poco::JSON::Array::Ptr DemoFile::array(const Poco::JSON::Object::Ptr& object,
                                       const std::string& key, const std::string& path) const {
    auto found = object ? object->getArray(key) : nullptr;
    if (!found) fail(path + "." + key, "must be an array");
    return found;
}

Poco::JSON::Object::Ptr DemoFile::object(const Poco::JSON::Object::Ptr& object,
                                         const std::string& key, const std::string& path) const {
    auto found = object ? object->getObject(key) : nullptr;
    if (!found) fail(path + "." + key, "must be an object");
    return found;
}

Poco::JSON::Object::Ptr DemoFile::entry(const Poco::JSON::Array::Ptr& array, std::size_t index,
                                        const std::string& path) const {
    auto found = array->getObject(static_cast<unsigned int>(index));
    if (!found) fail(path + "[" + std::to_string(index) + "]", "must be an object");
    return found;
}

std::string DemoFile::string(const Poco::JSON::Object::Ptr& object, const std::string& key,
                             const std::string& path, bool required) const {
    if (!object->has(key) || object->isNull(key)) {
        if (required) fail(path + "." + key, "is missing");
        return {};
    }
    const Poco::Dynamic::Var value = object->get(key);
    if (!value.isString()) fail(path + "." + key, "must be a string");
    return value.extract<std::string>();
}

std::vector<std::string> DemoFile::strings(const Poco::JSON::Array::Ptr& array,
                                           const std::string& path) const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var value = array->get(static_cast<unsigned int>(i));
        if (!value.isString()) fail(path + "[" + std::to_string(i) + "]", "must be a string");
        out.push_back(value.extract<std::string>());
    }
    return out;
}

double DemoFile::number(const Poco::JSON::Object::Ptr& object, const std::string& key,
                        const std::string& path) const {
    if (!object->has(key) || object->isNull(key)) fail(path + "." + key, "is missing");
    const Poco::Dynamic::Var value = object->get(key);
    if (!value.isNumeric() || value.isBoolean()) fail(path + "." + key, "must be a number");
    return value.convert<double>();
}

int DemoFile::whole_number(const Poco::JSON::Object::Ptr& object, const std::string& key,
                           const std::string& path) const {
    const double value = number(object, key, path);
    if (!(std::fabs(value) <= 1e6) || std::trunc(value) != value)
        fail(path + "." + key, "must be a whole number (at most a million)");
    return static_cast<int>(value);
}

void DemoFile::fail(const std::string& path, const std::string& reason) const {
    throw InvalidInput(Location{m_file, 0, path, ""}, reason);
}

}  // namespace sonda::demo
