#include "language_choice.hpp"

#include <Poco/Environment.h>

#include "sonda/model/study.hpp"

namespace sonda::cli {

std::string choose_language(const std::optional<std::string>& given, const Study* study) {
    if (given && !given->empty()) return *given;
    const std::string from_environment = Poco::Environment::get("SONDA_LANG", "");
    if (!from_environment.empty()) return from_environment;
    if (study && !study->languages.empty()) return study->languages.front();
    return "en";
}

}  // namespace sonda::cli
