#include "sonda/forms/form_loader.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "answer_values.hpp"
#include "definition_reader.hpp"
#include "identifiers.hpp"
#include "item_definition.hpp"
#include "json_path.hpp"
#include "localized_text_json.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/install_layout.hpp"
#include "sonda/util/json.hpp"
#include "study_references.hpp"
#include "text_file.hpp"

namespace sonda {

namespace {
using Need = DefinitionReader::Need;

constexpr long long kMaxFormVersion = 1000000;

// Issues from an item type or an instrument know the path, not the file.
void append_located(std::vector<Issue>& from, const std::string& file, std::vector<Issue>& to) {
    for (Issue& issue : from) {
        if (issue.where.file.empty()) issue.where.file = file;
        to.push_back(std::move(issue));
    }
}

std::vector<std::string> read_languages(const Poco::JSON::Object& root, DefinitionReader& reader) {
    std::vector<std::string> languages;
    Poco::JSON::Array::Ptr array = reader.array(root, "languages", "$", Need::Optional);
    if (!array) return languages;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
        const std::string here = json_path_index("$.languages", i);
        if (!entry.isString() || !is_language_code(entry.extract<std::string>())) {
            reader.issue(here, i18n::message("definition.language_code", describe_value(entry)));
        } else if (std::find(languages.begin(), languages.end(), entry.extract<std::string>()) !=
                   languages.end()) {
            reader.issue(here,
                         i18n::message("definition.listed_twice", entry.extract<std::string>()));
        } else {
            languages.push_back(entry.extract<std::string>());
        }
    }
    if (array->size() == 0) reader.issue("$.languages", i18n::message("definition.no_languages"));
    return languages;
}

class FormReader {
  public:
    FormReader(const std::string& source, const Registry& registry, bool require_plugin,
               bool check_instrument, std::vector<Issue>& issues)
        : m_source(source),
          m_registry(registry),
          m_require_plugin(require_plugin),
          m_check_instrument(check_instrument),
          m_issues(issues),
          m_reader(source, issues) {}

    Form read(const Poco::JSON::Object::Ptr& root) {
        Form form;
        form.source = m_source;
        form.definition = root;
        if (std::optional<std::string> id = m_reader.string(*root, "id", "$", Need::Required)) {
            if (!is_entity_id(*id))
                m_reader.issue("$.id", i18n::message("definition.form_id", *id));
            form.id = *id;
        }
        if (std::optional<long long> version =
                m_reader.integer(*root, "version", "$", Need::Required)) {
            if (*version < 1 || *version > kMaxFormVersion)
                m_reader.issue("$.version",
                               i18n::message("definition.form_version", kMaxFormVersion, *version));
            else
                form.version = static_cast<int>(*version);
        }
        m_languages = read_languages(*root, m_reader);
        const std::vector<std::string>* languages = m_languages.empty() ? nullptr : &m_languages;
        if (auto title =
                read_localized_key(*root, "title", "$", m_reader, Need::Required, languages))
            form.title = std::move(*title);
        if (auto description = read_localized_key(*root, "description", "$", m_reader,
                                                  Need::Optional, languages, TextKind::MultiLine))
            form.description = std::move(*description);
        if (std::optional<std::string> plugin =
                m_reader.string(*root, "plugin", "$", Need::Required)) {
            if (!is_entity_id(*plugin))
                m_reader.issue("$.plugin",
                               i18n::message("definition.instrument_id", *plugin, kMaxIdLength));
            form.plugin = *plugin;
        }
        if (Poco::JSON::Array::Ptr items = m_reader.array(*root, "items", "$", Need::Required)) {
            if (items->size() == 0) m_reader.issue("$.items", i18n::message("definition.no_items"));
            for (std::size_t i = 0; i < items->size(); ++i)
                read_item(items->get(static_cast<unsigned>(i)), json_path_index("$.items", i),
                          form);
        }
        if (m_check_instrument) check_with_instrument(form);
        return form;
    }

  private:
    void read_item(const Poco::Dynamic::Var& value, const std::string& path, Form& form) {
        Poco::JSON::Object::Ptr object = as_object(value);
        if (!object) {
            m_reader.issue(path,
                           i18n::message("definition.item_not_object", json_type_name(value)));
            return;
        }
        const std::vector<std::string>* languages = m_languages.empty() ? nullptr : &m_languages;
        Item item;
        item.definition = object;
        if (std::optional<std::string> id = m_reader.string(*object, "id", path, Need::Required)) {
            if (!is_item_id(*id)) {
                m_reader.issue(json_path_key(path, "id"), i18n::message("definition.item_id", *id));
            } else {
                auto [previous, inserted] = m_item_paths.emplace(*id, path);
                if (!inserted)
                    m_reader.issue(json_path_key(path, "id"),
                                   i18n::message("definition.item_twice", *id, previous->second));
            }
            item.id = *id;
        }
        const std::optional<std::string> type =
            m_reader.string(*object, "type", path, Need::Required);
        if (type) item.type = *type;
        if (auto label =
                read_localized_key(*object, "label", path, m_reader, Need::Required, languages))
            item.label = std::move(*label);
        item.required = m_reader.boolean(*object, "required", path, Need::Optional).value_or(false);
        read_item_keys(*object, path, m_reader, languages, item);
        if (type) {
            if (const ItemType* item_type = m_registry.item_type(*type)) {
                std::vector<Issue> type_issues;
                item_type->check_definition(item, path, type_issues);
                append_located(type_issues, m_source, m_issues);
            } else if (m_require_plugin) {
                // Without its plugin a stored form still loads, unchecked, so its data can be
                // exported.
                m_reader.issue(json_path_key(path, "type"),
                               i18n::message("definition.unknown_item_type", *type,
                                             join_names(m_registry.item_type_names(), 100)));
            }
        }
        form.items.push_back(std::move(item));
    }

    void check_with_instrument(const Form& form) {
        if (form.plugin.empty()) return;
        const Instrument* instrument = m_registry.instrument(form.plugin);
        if (!instrument) {
            if (!m_require_plugin) return;
            std::vector<std::string> loaded;
            for (const Instrument* candidate : m_registry.instruments())
                loaded.push_back(candidate->id());
            m_reader.issue("$.plugin", i18n::message("definition.instrument_not_loaded",
                                                     form.plugin, join_names(loaded, 100)));
            return;
        }
        // The instrument may rely on what the core checked (items, types, bounds).
        if (!m_issues.empty()) return;
        std::vector<Issue> instrument_issues;
        instrument->check_form(form, instrument_issues);
        append_located(instrument_issues, m_source, m_issues);
    }

    const std::string& m_source;
    const Registry& m_registry;
    bool m_require_plugin;
    bool m_check_instrument;
    std::vector<Issue>& m_issues;
    DefinitionReader m_reader;
    std::vector<std::string> m_languages;
    std::map<std::string, std::string> m_item_paths;  // item id -> where it was first defined
};
}  // namespace

Form load_form_json(const std::string& json_text, const std::string& source,
                    const Registry& registry, bool require_plugin, const Study* study,
                    WithoutStudy without_study) {
    Poco::JSON::Object::Ptr root =
        parse_json_object(without_bom(json_text), Location{source, 0, "$", ""});
    std::vector<Issue> issues;
    const std::size_t placeholders =
        forms_detail::resolve_study_references(root, study, without_study, source, issues);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    // The instrument's checks may need the real services.
    const bool check_instrument = placeholders == 0;
    Form form = FormReader(source, registry, require_plugin, check_instrument, issues).read(root);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return form;
}

Form load_form_file(const std::string& path, const Registry& registry, bool require_plugin,
                    const Study* study, WithoutStudy without_study) {
    return load_form_json(read_definition_file(path, i18n::message("definition.file.form")), path,
                          registry, require_plugin, study, without_study);
}

std::vector<Form> load_form_directory(const std::string& folder, const Registry& registry,
                                      std::vector<Issue>* skipped, const Study* study,
                                      WithoutStudy without_study) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw InvalidInput(Location{folder, 0, "", ""},
                           i18n::message("definition.not_form_folder"));
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".json") continue;
        std::error_code status_error;
        const auto status = entry.status(status_error);
        if (std::filesystem::is_directory(status)) continue;
        // A FIFO named *.json would block `init` until someone writes to it, a
        // device would never end: only regular files are forms.
        if (!std::filesystem::is_regular_file(status)) {
            Issue warning{Location{entry.path().string(), 0, "", ""},
                          i18n::message("definition.not_regular_file")};
            if (skipped)
                skipped->push_back(std::move(warning));
            else
                std::cerr << "warning: " << warning.to_string() << '\n';
            continue;
        }
        files.push_back(entry.path().string());
    }
    if (error)
        throw InvalidInput(Location{folder, 0, "", ""},
                           i18n::message("definition.cannot_list_folder", error.message()));
    std::sort(files.begin(), files.end());

    std::vector<Form> forms;
    std::vector<Issue> issues;
    std::map<std::pair<std::string, int>, std::string> defined_in;
    for (const std::string& file : files) {
        try {
            Form form = load_form_file(file, registry, true, study, without_study);
            auto [previous, inserted] =
                defined_in.emplace(std::make_pair(form.id, form.version), file);
            if (!inserted) {
                issues.push_back(Issue{Location{file, 0, "$.version", ""},
                                       i18n::message("definition.form_defined_twice", form.id,
                                                     form.version, previous->second)});
                continue;
            }
            forms.push_back(std::move(form));
        } catch (const InvalidInput& bad) {
            issues.insert(issues.end(), bad.issues().begin(), bad.issues().end());
        }
    }
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return forms;
}

std::vector<std::string> default_form_path() {
    std::vector<std::string> folders;
    for (const SearchFolder& folder : form_search_folders()) folders.push_back(folder.path);
    return folders;
}

}  // namespace sonda
