// One JSON data file of the demo (forms/demo/*.json) with typed access that
// names the file and the JSON path when the data is not as expected: the
// core reads respondents.json and story.json with it, and each instrument
// the texts it answers with.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <string>
#include <vector>

namespace sonda::demo {

class DemoFile {
  public:
    // Reads and parses `file`; throws InvalidInput naming it.
    explicit DemoFile(std::string file);

    const std::string& name() const { return m_file; }
    const Poco::JSON::Object::Ptr& root() const { return m_root; }

    // `path` is the JSON path of `object` ("$", "$.territories[0]").
    Poco::JSON::Array::Ptr array(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                 const std::string& path) const;
    Poco::JSON::Object::Ptr object(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                   const std::string& path) const;
    Poco::JSON::Object::Ptr entry(const Poco::JSON::Array::Ptr& array, std::size_t index,
                                  const std::string& path) const;
    // Empty when absent and not required.
    std::string string(const Poco::JSON::Object::Ptr& object, const std::string& key,
                       const std::string& path, bool required = true) const;
    std::vector<std::string> strings(const Poco::JSON::Array::Ptr& array,
                                     const std::string& path) const;
    double number(const Poco::JSON::Object::Ptr& object, const std::string& key,
                  const std::string& path) const;
    int whole_number(const Poco::JSON::Object::Ptr& object, const std::string& key,
                     const std::string& path) const;
    [[noreturn]] void fail(const std::string& path, const std::string& reason) const;

  private:
    std::string m_file;
    Poco::JSON::Object::Ptr m_root;
};

}  // namespace sonda::demo
