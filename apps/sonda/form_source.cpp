#include "form_source.hpp"

#include <Poco/JSON/Stringifier.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::cli {

namespace fs = std::filesystem;

std::vector<std::string> form_folders(const std::vector<std::string>& given) {
    if (!given.empty()) return given;
    return default_form_path();
}

std::vector<Form> load_forms(const std::vector<std::string>& folders, const Registry& registry,
                             const Study* study, WithoutStudy without_study) {
    std::vector<Form> forms;
    std::vector<Issue> missing;
    for (const std::string& folder : folders) {
        std::error_code error;
        if (!fs::is_directory(folder, error)) {
            missing.push_back(
                Issue{Location{folder, 0, "", ""}, i18n::message("definition.not_form_folder")});
            continue;
        }
        for (Form& form : load_form_directory(folder, registry, nullptr, study, without_study))
            forms.push_back(std::move(form));
    }
    if (!missing.empty()) throw InvalidInput(missing);
    return forms;
}

bool takes_study_lists(const Form& form) {
    return form_record(form).definition_json.find("\"$study.services\"") != std::string::npos;
}

FormRecord form_record(const Form& form) {
    FormRecord record{form.id, form.version, form.plugin, {}};
    std::ifstream file(form.source, std::ios::binary);
    if (file) {
        std::ostringstream text;
        text << file.rdbuf();
        record.definition_json = text.str();
    } else if (form.definition) {
        std::ostringstream text;
        Poco::JSON::Stringifier::stringify(*form.definition, text, 2);
        record.definition_json = text.str();
    }
    return record;
}

}  // namespace sonda::cli
