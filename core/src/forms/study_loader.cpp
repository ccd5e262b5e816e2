#include "sonda/forms/study_loader.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "answer_values.hpp"
#include "definition_reader.hpp"
#include "identifiers.hpp"
#include "json_path.hpp"
#include "localized_text_json.hpp"
#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"
#include "text_file.hpp"

namespace sonda {

namespace {
using Need = DefinitionReader::Need;

constexpr long long kMaxMinCell = 1000;

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY-MM-DD naming a day that exists.
bool is_real_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    const int last = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
    return day <= last;
}

class StudyReader {
  public:
    StudyReader(const std::string& source, std::vector<Issue>& issues) : m_reader(source, issues) {}

    Study read(const Poco::JSON::Object& root) {
        Study study;
        m_reader.reject_unknown_keys(root, "$",
                                     {"id", "title", "languages", "min_cell", "territories",
                                      "roles", "services", "waves", "respondent_code"});
        if (std::optional<std::string> id = m_reader.string(root, "id", "$", Need::Required)) {
            check_id(*id, "$.id", "study");
            study.id = *id;
        }
        read_languages(root, study);
        if (auto title =
                read_localized_key(root, "title", "$", m_reader, Need::Required, languages()))
            study.title = std::move(*title);
        if (std::optional<long long> min_cell =
                m_reader.integer(root, "min_cell", "$", Need::Optional)) {
            if (*min_cell < 1 || *min_cell > kMaxMinCell)
                m_reader.issue("$.min_cell",
                               i18n::message("definition.study.min_cell", kMaxMinCell, *min_cell));
            else
                study.min_cell = static_cast<int>(*min_cell);
        }
        study.territories = read_named<Territory>(root, "territories", "territory", true);
        study.roles = read_named<Role>(root, "roles", "role", true);
        study.services = read_named<Service>(root, "services", "service", false);
        study.waves = read_waves(root);
        study.respondent_code = read_respondent_code(root);
        return study;
    }

    // "respondent_code": {"parts": [{"id", "label", "letters": n | "digits": n}, ...]}
    RespondentCodeRecipe read_respondent_code(const Poco::JSON::Object& root) {
        RespondentCodeRecipe recipe;
        Poco::JSON::Object::Ptr code =
            m_reader.object(root, "respondent_code", "$", Need::Optional);
        if (!code) return recipe;
        m_reader.reject_unknown_keys(*code, "$.respondent_code", {"parts"});
        int total = 0;
        for_each_entry(
            *code, "parts", "code_part", true,
            [&](const Poco::JSON::Object& entry, const std::string& here, const std::string& id) {
                m_reader.reject_unknown_keys(entry, here, {"id", "label", "letters", "digits"});
                CodePart part;
                part.id = id;
                if (auto label = read_localized_key(entry, "label", here, m_reader, Need::Required,
                                                    languages()))
                    part.label = std::move(*label);
                const auto letters = m_reader.integer(entry, "letters", here, Need::Optional);
                const auto digits = m_reader.integer(entry, "digits", here, Need::Optional);
                if (letters.has_value() == digits.has_value()) {
                    m_reader.issue(here, i18n::message("definition.study.letters_or_digits"));
                    return;
                }
                const long long length = letters ? *letters : *digits;
                if (length < 1 || length > 8) {
                    m_reader.issue(json_path_key(here, letters ? "letters" : "digits"),
                                   i18n::message("definition.study.part_length", length));
                    return;
                }
                part.digits = digits.has_value();
                part.length = static_cast<int>(length);
                total += part.length;
                recipe.parts.push_back(std::move(part));
            },
            "$.respondent_code");
        if (total > 32)
            m_reader.issue("$.respondent_code.parts",
                           i18n::message("definition.study.code_too_long", total));
        return recipe;
    }

    RespondentCodeRecipe read_code_only(const Poco::JSON::Object& root) {
        return read_respondent_code(root);
    }

  private:
    // Names of territories and services are often proper nouns given once, so
    // unlike form labels they need not carry every declared language.
    const std::vector<std::string>* languages() const { return nullptr; }

    // `what` names the kind of entry: definition.study.kind.<what> in the catalogue.
    static std::string kind(const std::string& what) {
        return i18n::message("definition.study.kind." + what);
    }

    void check_id(const std::string& id, const std::string& path, const std::string& what) {
        if (!is_entity_id(id))
            m_reader.issue(path, i18n::message("definition.study.id", id, kind(what)));
    }

    void read_languages(const Poco::JSON::Object& root, Study& study) {
        Poco::JSON::Array::Ptr array = m_reader.array(root, "languages", "$", Need::Optional);
        if (!array) return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
            const std::string here = json_path_index("$.languages", i);
            if (!entry.isString() || !is_language_code(entry.extract<std::string>()))
                m_reader.issue(here,
                               i18n::message("definition.language_code", describe_value(entry)));
            else if (std::find(m_languages.begin(), m_languages.end(),
                               entry.extract<std::string>()) != m_languages.end())
                m_reader.issue(
                    here, i18n::message("definition.listed_twice", entry.extract<std::string>()));
            else
                m_languages.push_back(entry.extract<std::string>());
        }
        if (array->size() == 0)
            m_reader.issue("$.languages", i18n::message("definition.no_languages"));
        study.languages = m_languages;
    }

    // Objects in `key` of `root`, each read by `read_entry`, with unique ids.
    template <typename Read>
    void for_each_entry(const Poco::JSON::Object& root, const std::string& key,
                        const std::string& what, bool at_least_one, Read read_entry,
                        const std::string& base = "$") {
        const std::string path = json_path_key(base, key);
        Poco::JSON::Array::Ptr array = m_reader.array(root, key, base, Need::Required);
        if (!array) return;
        if (at_least_one && array->size() == 0)
            m_reader.issue(path, i18n::message("definition.study.at_least_one",
                                               i18n::message("definition.study.one." + what)));
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string here = json_path_index(path, i);
            Poco::JSON::Object::Ptr entry = as_object(array->get(static_cast<unsigned>(i)));
            if (!entry) {
                m_reader.issue(
                    here,
                    i18n::message("definition.wrong_type", i18n::message("definition.an_object"),
                                  json_type_name(array->get(static_cast<unsigned>(i)))));
                continue;
            }
            std::optional<std::string> id = m_reader.string(*entry, "id", here, Need::Required);
            if (id) {
                check_id(*id, json_path_key(here, "id"), what);
                auto [previous, inserted] = seen.emplace(*id, here);
                if (!inserted)
                    m_reader.issue(json_path_key(here, "id"),
                                   i18n::message("definition.study.id_twice", kind(what), *id,
                                                 previous->second));
            }
            read_entry(*entry, here, id.value_or(""));
        }
    }

    template <typename T>
    std::vector<T> read_named(const Poco::JSON::Object& root, const std::string& key,
                              const std::string& what, bool at_least_one) {
        std::vector<T> entries;
        for_each_entry(
            root, key, what, at_least_one,
            [&](const Poco::JSON::Object& entry, const std::string& here, const std::string& id) {
                m_reader.reject_unknown_keys(entry, here, {"id", "name"});
                auto name =
                    read_localized_key(entry, "name", here, m_reader, Need::Required, languages());
                if (name) entries.push_back(T{id, std::move(*name)});
            });
        return entries;
    }

    std::vector<Wave> read_waves(const Poco::JSON::Object& root) {
        std::vector<Wave> waves;
        std::vector<bool> has_order;
        std::vector<std::string> paths;
        for_each_entry(
            root, "waves", "wave", true,
            [&](const Poco::JSON::Object& entry, const std::string& here, const std::string& id) {
                m_reader.reject_unknown_keys(entry, here, {"id", "date", "order", "label"});
                Wave wave;
                wave.id = id;
                if (auto date = m_reader.string(entry, "date", here, Need::Required)) {
                    if (!is_real_date(*date))
                        m_reader.issue(json_path_key(here, "date"),
                                       i18n::message("definition.study.not_date", *date));
                    wave.date = *date;
                }
                const auto order = m_reader.integer(entry, "order", here, Need::Optional);
                // Converted only once in range: the study is refused anyway,
                // but nothing is ever narrowed into a wrong int.
                if (order && (*order < 1 || *order > 1000000))
                    m_reader.issue(json_path_key(here, "order"),
                                   i18n::message("definition.study.order_range", *order));
                else if (order)
                    wave.order = static_cast<int>(*order);
                if (auto label = read_localized_key(entry, "label", here, m_reader, Need::Optional,
                                                    languages()))
                    wave.label = std::move(*label);
                waves.push_back(std::move(wave));
                has_order.push_back(entry.has("order") && !entry.isNull("order"));
                paths.push_back(here);
            });
        const auto ordered = std::count(has_order.begin(), has_order.end(), true);
        if (ordered == 0) {
            // Waves without an order follow their dates (ISO dates sort as text).
            std::stable_sort(waves.begin(), waves.end(),
                             [](const Wave& a, const Wave& b) { return a.date < b.date; });
            for (std::size_t i = 0; i < waves.size(); ++i) waves[i].order = static_cast<int>(i + 1);
            return waves;
        }
        std::map<int, std::string> orders;
        for (std::size_t i = 0; i < waves.size(); ++i) {
            if (!has_order[i]) {
                m_reader.issue(paths[i], i18n::message("definition.study.no_order"));
                continue;
            }
            if (waves[i].order == 0) continue;  // out of range: reported where it was read
            auto [previous, inserted] = orders.emplace(waves[i].order, paths[i]);
            if (!inserted)
                m_reader.issue(json_path_key(paths[i], "order"),
                               i18n::message("definition.study.order_twice", waves[i].order,
                                             previous->second));
        }
        std::stable_sort(waves.begin(), waves.end(),
                         [](const Wave& a, const Wave& b) { return a.order < b.order; });
        return waves;
    }

    DefinitionReader m_reader;
    std::vector<std::string> m_languages;
};

Poco::JSON::Object::Ptr ordered_object() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

template <typename T>
Poco::JSON::Array::Ptr named_to_json(const std::vector<T>& entries) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const T& entry : entries) {
        Poco::JSON::Object::Ptr object = ordered_object();
        object->set("id", entry.id);
        object->set("name", localized_text_to_json(entry.name));
        array->add(object);
    }
    return array;
}
}  // namespace

Study load_study_json(const std::string& json_text, const std::string& source) {
    Poco::JSON::Object::Ptr root =
        parse_json_object(without_bom(json_text), Location{source, 0, "$", ""});
    std::vector<Issue> issues;
    Study study = StudyReader(source, issues).read(*root);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return study;
}

Study load_study_file(const std::string& path) {
    return load_study_json(read_definition_file(path, i18n::message("definition.file.study")),
                           path);
}

namespace {

Poco::JSON::Object::Ptr respondent_code_to_object(const RespondentCodeRecipe& recipe) {
    Poco::JSON::Object::Ptr code = ordered_object();
    Poco::JSON::Array::Ptr parts = new Poco::JSON::Array;
    for (const CodePart& part : recipe.parts) {
        Poco::JSON::Object::Ptr object = ordered_object();
        object->set("id", part.id);
        object->set("label", localized_text_to_json(part.label));
        object->set(part.digits ? "digits" : "letters", part.length);
        parts->add(object);
    }
    code->set("parts", parts);
    return code;
}

}  // namespace

std::string respondent_code_to_json(const RespondentCodeRecipe& recipe) {
    if (!recipe.declared()) return "";
    std::ostringstream out;
    respondent_code_to_object(recipe)->stringify(out);
    return out.str();
}

RespondentCodeRecipe respondent_code_from_json(const std::string& json_text,
                                               const std::string& source) {
    if (json_text.empty()) return {};
    std::vector<Issue> issues;
    StudyReader reader(source, issues);
    Poco::JSON::Object::Ptr root = new Poco::JSON::Object;
    root->set("respondent_code", parse_json_object(json_text, Location{source, 0, "$", ""}));
    RespondentCodeRecipe recipe = reader.read_code_only(*root);
    if (!issues.empty()) throw InvalidInput(std::move(issues));
    return recipe;
}

std::string study_to_json(const Study& study) {
    Poco::JSON::Object::Ptr root = ordered_object();
    root->set("id", study.id);
    root->set("title", localized_text_to_json(study.title));
    Poco::JSON::Array::Ptr languages = new Poco::JSON::Array;
    for (const std::string& language : study.languages) languages->add(language);
    root->set("languages", languages);
    root->set("min_cell", study.min_cell);
    root->set("territories", named_to_json(study.territories));
    root->set("roles", named_to_json(study.roles));
    root->set("services", named_to_json(study.services));
    Poco::JSON::Array::Ptr waves = new Poco::JSON::Array;
    for (const Wave& wave : study.waves) {
        Poco::JSON::Object::Ptr object = ordered_object();
        object->set("id", wave.id);
        object->set("date", wave.date);
        object->set("order", wave.order);
        if (!wave.label.empty()) object->set("label", localized_text_to_json(wave.label));
        waves->add(object);
    }
    root->set("waves", waves);
    if (study.respondent_code.declared())
        root->set("respondent_code", respondent_code_to_object(study.respondent_code));
    std::ostringstream out;
    root->stringify(out, 2);
    return out.str() + "\n";
}

}  // namespace sonda
