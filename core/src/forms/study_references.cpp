#include "study_references.hpp"

#include <Poco/JSON/Array.h>

#include "localized_text_json.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::forms_detail {

namespace {

Poco::JSON::Array::Ptr services_as_choices(const Study& study) {
    Poco::JSON::Array::Ptr choices = new Poco::JSON::Array;
    for (const Service& service : study.services) {
        Poco::JSON::Object::Ptr choice = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        choice->set("value", service.id);
        choice->set("label", localized_text_to_json(service.name));
        choices->add(choice);
    }
    return choices;
}

}  // namespace

void resolve_study_references(const Poco::JSON::Object::Ptr& root, const Study* study,
                              const std::string& source, std::vector<Issue>& issues) {
    const Poco::JSON::Array::Ptr items = root ? root->getArray("items") : nullptr;
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
        Poco::JSON::Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        if (!item) continue;
        for (const std::string& key : item->getNames()) {
            const Poco::Dynamic::Var value = item->get(key);
            if (!value.isString() || value.toString() != kStudyServices) continue;
            const std::string path = "$.items[" + std::to_string(i) + "]." + key;
            if (!study) {
                issues.push_back(
                    Issue{Location{source, 0, path, ""},
                          i18n::message("definition.study.services_unknown", kStudyServices)});
                continue;
            }
            if (study->services.empty()) {
                issues.push_back(Issue{
                    Location{source, 0, path, ""},
                    i18n::message("definition.study.no_services", kStudyServices, study->id)});
                continue;
            }
            item->set(key, services_as_choices(*study));
        }
    }
}

}  // namespace sonda::forms_detail
