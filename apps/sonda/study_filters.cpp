#include "study_filters.hpp"

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::cli {

namespace {

template <typename Entry, typename Find>
void check(const std::vector<Entry>& known, const std::vector<std::string>& ids,
           const std::string& option, const char* what, Find find) {
    std::vector<Issue> issues;
    for (const std::string& id : ids) {
        if (find(id)) continue;
        std::string valid;
        for (const Entry& entry : known) valid += (valid.empty() ? "" : ", ") + entry.id;
        issues.push_back(
            Issue{Location{"--" + option, 0, "", ""},
                  i18n::message(std::string("request.unknown.") + what, id,
                                valid.empty() ? i18n::message("request.unknown.none") : valid)});
    }
    if (!issues.empty()) throw InvalidInput(issues);
}

}  // namespace

void check_waves(const Study& study, const std::vector<std::string>& ids,
                 const std::string& option) {
    check(study.waves, ids, option, "wave", [&](const std::string& id) { return study.wave(id); });
}

void check_territories(const Study& study, const std::vector<std::string>& ids,
                       const std::string& option) {
    check(study.territories, ids, option, "territory",
          [&](const std::string& id) { return study.territory(id); });
}

void check_roles(const Study& study, const std::vector<std::string>& ids,
                 const std::string& option) {
    check(study.roles, ids, option, "role", [&](const std::string& id) { return study.role(id); });
}

}  // namespace sonda::cli
