// Checks a response against the study (known wave, territory, role), its form
// (known form and version, known items, each answer valid for its item type,
// required items present) and its instrument's own rules. Nothing is created
// implicitly: an unknown id is an issue that lists the valid values.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/model/study.hpp"

namespace sonda {

class Registry;

class ResponseValidator {
  public:
    ResponseValidator(const Study& study, const std::vector<Form>& forms, const Registry& registry);

    // Appends the issues of one response (locations carry item ids; the caller
    // adds file and line). Returns true when there were none.
    bool validate(const Response& response, std::vector<Issue>& issues) const;

    const Form* form(const std::string& id, int version) const;

  private:
    const Study& m_study;
    const Registry& m_registry;
    std::map<std::pair<std::string, int>, const Form*> m_forms;
};

}  // namespace sonda
