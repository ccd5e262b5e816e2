// Reading typed values out of a JSON definition (form file, study file) while
// collecting issues instead of stopping at the first one: a missing key or a
// value of the wrong JSON type becomes an Issue naming the file, the JSON path
// and what was expected, and the caller carries on with the next key.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"

namespace sonda {

class DefinitionReader {
  public:
    enum class Need { Required, Optional };

    DefinitionReader(std::string file, std::vector<Issue>& issues)
        : m_file(std::move(file)), m_issues(issues) {}

    const std::string& file() const { return m_file; }
    std::vector<Issue>& issues() { return m_issues; }
    void issue(const std::string& path, std::string reason);

    // The value of `key` in `object` (at JSON path `parent`), or nothing when it
    // is absent or null (an issue when Required) or of another type (an issue).
    std::optional<std::string> string(const Poco::JSON::Object& object, const std::string& key,
                                      const std::string& parent, Need need);
    std::optional<long long> integer(const Poco::JSON::Object& object, const std::string& key,
                                     const std::string& parent, Need need);
    std::optional<double> number(const Poco::JSON::Object& object, const std::string& key,
                                 const std::string& parent, Need need);
    std::optional<bool> boolean(const Poco::JSON::Object& object, const std::string& key,
                                const std::string& parent, Need need);
    Poco::JSON::Object::Ptr object(const Poco::JSON::Object& object, const std::string& key,
                                   const std::string& parent, Need need);
    Poco::JSON::Array::Ptr array(const Poco::JSON::Object& object, const std::string& key,
                                 const std::string& parent, Need need);

    // Reports every key of `object` not in `known` (for files where a key the
    // core does not read can only be a typo).
    void reject_unknown_keys(const Poco::JSON::Object& object, const std::string& parent,
                             const std::vector<std::string>& known);

  private:
    // The value when present and not null; reports a missing Required key.
    std::optional<Poco::Dynamic::Var> present(const Poco::JSON::Object& object,
                                              const std::string& key, const std::string& parent,
                                              Need need);
    void wrong_type(const std::string& path, const std::string& expected,
                    const Poco::Dynamic::Var& found);

    std::string m_file;
    std::vector<Issue>& m_issues;
};

}  // namespace sonda
