#include "language_choice.hpp"

#include <Poco/Environment.h>

#include <algorithm>

#include "sonda/i18n/catalogue.hpp"
#include "sonda/model/study.hpp"

namespace sonda::cli {

std::string choose_language(const std::optional<std::string>& given, const Study* study) {
    if (given && !given->empty()) return *given;
    const std::string from_environment = Poco::Environment::get("SONDA_LANG", "");
    if (!from_environment.empty()) return from_environment;
    if (study && !study->languages.empty()) return study->languages.front();
    return "en";
}

std::string usage_language(const std::vector<std::string>& args) {
    std::optional<std::string> given;
    for (std::size_t index = 0; index < args.size(); ++index) {
        const std::string& arg = args[index];
        if (arg == "--") break;
        if (arg == "--lang" && index + 1 < args.size())
            given = args[index + 1];
        else if (arg.rfind("--lang=", 0) == 0)
            given = arg.substr(7);
    }
    const auto known = i18n::Catalogue::instance().languages();
    if (given && std::find(known.begin(), known.end(), *given) == known.end()) given.reset();
    return choose_language(given, nullptr);
}

}  // namespace sonda::cli
