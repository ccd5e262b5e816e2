#include "study_references.hpp"

#include <Poco/JSON/Array.h>

#include "answer_values.hpp"
#include "localized_text_json.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::forms_detail {

namespace {

Poco::JSON::Object::Ptr choice(const std::string& value, const LocalizedText& label) {
    Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    entry->set("value", value);
    entry->set("label", localized_text_to_json(label));
    return entry;
}

// What one reference stands for: the study's services, or the placeholder.
std::vector<Poco::JSON::Object::Ptr> stand_ins(const Study* study) {
    std::vector<Poco::JSON::Object::Ptr> entries;
    if (study) {
        for (const Service& service : study->services)
            entries.push_back(choice(service.id, service.name));
        return entries;
    }
    LocalizedText label;
    for (const std::string& language : i18n::Catalogue::instance().languages())
        label.set(language, i18n::tr(language, "definition.study.placeholder"));
    entries.push_back(choice(kPlaceholderValue, label));
    return entries;
}

bool is_reference(const Poco::Dynamic::Var& value) {
    return value.isString() && value.toString() == kStudyServices;
}

class ReferenceResolver {
  public:
    ReferenceResolver(const Study* study, WithoutStudy without_study, const std::string& source,
                      std::vector<Issue>& issues)
        : m_study(study), m_without_study(without_study), m_source(source), m_issues(issues) {}

    // The key's value with every reference replaced; false when one cannot be.
    bool resolve(Poco::JSON::Object& item, const std::string& key, const std::string& path) {
        const Poco::Dynamic::Var value = item.get(key);
        if (is_reference(value)) {
            if (!usable(path)) return false;
            Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
            for (const auto& entry : stand_ins(m_study)) list->add(entry);
            item.set(key, list);
            return true;
        }
        const Poco::JSON::Array::Ptr list = as_array(value);
        if (!list) return true;
        bool any = false;
        for (std::size_t i = 0; i < list->size(); ++i)
            any = any || is_reference(list->get(static_cast<unsigned>(i)));
        if (!any) return true;
        Poco::JSON::Array::Ptr spliced = new Poco::JSON::Array;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Poco::Dynamic::Var element = list->get(static_cast<unsigned>(i));
            if (!is_reference(element)) {
                spliced->add(element);
                continue;
            }
            const std::string here = path + "[" + std::to_string(i) + "]";
            if (!usable(here) || written_twice(*list, here)) return false;
            for (const auto& entry : stand_ins(m_study)) spliced->add(entry);
        }
        item.set(key, spliced);
        return true;
    }

    std::size_t placeholders() const { return m_placeholders; }

  private:
    // A service of the study that the list also writes out: said here, where
    // both are visible, rather than as a duplicate at a spliced index.
    bool written_twice(const Poco::JSON::Array& list, const std::string& path) {
        if (!m_study) return false;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Poco::JSON::Object::Ptr entry = as_object(list.get(static_cast<unsigned>(i)));
            if (!entry || !entry->get("value").isString()) continue;
            const std::string value = entry->getValue<std::string>("value");
            if (m_study->service(value)) {
                m_issues.push_back(
                    Issue{Location{m_source, 0, path, ""},
                          i18n::message(
                              "definition.study.service_written_too", value,
                              path.substr(0, path.rfind('[')) + "[" + std::to_string(i) + "]")});
                return true;
            }
        }
        return false;
    }

    bool usable(const std::string& path) {
        if (!m_study && m_without_study == WithoutStudy::Placeholder) {
            ++m_placeholders;
            return true;
        }
        if (!m_study) {
            m_issues.push_back(
                Issue{Location{m_source, 0, path, ""},
                      i18n::message("definition.study.services_unknown", kStudyServices)});
            return false;
        }
        if (m_study->services.empty()) {
            m_issues.push_back(
                Issue{Location{m_source, 0, path, ""},
                      i18n::message("definition.study.no_services", kStudyServices, m_study->id)});
            return false;
        }
        return true;
    }

    const Study* m_study;
    WithoutStudy m_without_study;
    const std::string& m_source;
    std::vector<Issue>& m_issues;
    std::size_t m_placeholders = 0;
};

}  // namespace

std::size_t resolve_study_references(const Poco::JSON::Object::Ptr& root, const Study* study,
                                     WithoutStudy without_study, const std::string& source,
                                     std::vector<Issue>& issues) {
    const Poco::JSON::Array::Ptr items = root ? root->getArray("items") : nullptr;
    if (!items) return 0;
    ReferenceResolver resolver(study, without_study, source, issues);
    for (std::size_t i = 0; i < items->size(); ++i) {
        Poco::JSON::Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        if (!item) continue;
        for (const std::string& key : item->getNames())
            resolver.resolve(*item, key, "$.items[" + std::to_string(i) + "]." + key);
    }
    return resolver.placeholders();
}

}  // namespace sonda::forms_detail
