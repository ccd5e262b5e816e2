#include "team_expectations/codebook.hpp"

#include <Poco/JSON/Array.h>

#include <set>

#include "sonda/util/json.hpp"
#include "sonda/util/text_safety.hpp"
#include "team_expectations/messages.hpp"

namespace sonda::team_expectations {

namespace {

Issue issue_at(const std::string& path, std::string reason) {
    Issue issue;
    issue.where.path = path;
    issue.reason = std::move(reason);
    return issue;
}

bool valid_theme_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// Labels are {"it": "...", "en": "..."} or one untranslated string; a text
// with a control character is an issue at its own path.
bool read_label(const Poco::Dynamic::Var& value, const std::string& path, LocalizedText& label,
                std::vector<Issue>& issues) {
    auto acceptable = [&](const std::string& text, const std::string& where) {
        const auto problem = control_character_problem(text, TextKind::SingleLine);
        if (problem) issues.push_back(issue_at(where, message("codebook.label_control", *problem)));
        return !problem;
    };
    if (value.isString()) {
        if (!acceptable(value.extract<std::string>(), path)) return true;  // reported above
        label = LocalizedText(value.extract<std::string>());
        return !label.get("en").empty();
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) return false;
    const auto object = value.extract<Poco::JSON::Object::Ptr>();
    bool clean = true;
    for (const auto& [language, text] : *object) {
        if (!text.isString() || text.extract<std::string>().empty()) continue;
        std::string where = path;
        append_json_path_key(where, language);
        if (acceptable(text.extract<std::string>(), where))
            label.set(language, text.extract<std::string>());
        else
            clean = false;
    }
    return !label.empty() || !clean;
}

}  // namespace

Codebook Codebook::parse(const Poco::JSON::Object::Ptr& form_definition,
                         std::vector<Issue>& issues) {
    Codebook codebook;
    if (!form_definition || !form_definition->has("codebook")) {
        issues.push_back(issue_at("$.codebook", message("codebook.missing")));
        return codebook;
    }
    const auto book = form_definition->getObject("codebook");
    if (!book) {
        issues.push_back(issue_at(
            "$.codebook",
            message("codebook.not_object", json_type_name(form_definition->get("codebook")))));
        return codebook;
    }
    const auto themes = book->getArray("themes");
    if (!themes || themes->size() == 0) {
        issues.push_back(issue_at("$.codebook.themes", message("codebook.no_themes")));
        return codebook;
    }
    std::map<std::string, std::string> first_path;  // theme id -> where it was first defined
    for (std::size_t i = 0; i < themes->size(); ++i) {
        const std::string path = "$.codebook.themes[" + std::to_string(i) + "]";
        const auto object = themes->getObject(static_cast<unsigned>(i));
        if (!object) {
            issues.push_back(
                issue_at(path, message("codebook.theme_not_object",
                                       json_type_name(themes->get(static_cast<unsigned>(i))))));
            continue;
        }
        Theme theme;
        bool ok = true;
        // The same keyword in both languages ("continu", "privacy") is one rule.
        std::set<std::vector<std::string>> seen_rules;
        const Poco::Dynamic::Var id = object->get("id");
        if (!id.isString()) {
            issues.push_back(issue_at(path + ".id", message("codebook.theme_no_id")));
            ok = false;
        } else {
            theme.id = id.extract<std::string>();
            if (!valid_theme_id(theme.id)) {
                issues.push_back(
                    issue_at(path + ".id", message("codebook.theme_bad_id", theme.id)));
                ok = false;
            } else if (auto [at, fresh] = first_path.emplace(theme.id, path); !fresh) {
                issues.push_back(issue_at(
                    path + ".id", message("codebook.theme_duplicate", theme.id, at->second)));
                ok = false;
            }
        }
        const std::size_t issues_before = issues.size();
        if (!object->has("label") ||
            !read_label(object->get("label"), path + ".label", theme.label, issues)) {
            issues.push_back(issue_at(path + ".label", message("codebook.theme_no_label")));
            ok = false;
        } else if (issues.size() > issues_before) {
            ok = false;
        }
        const auto keywords = object->getObject("keywords");
        if (!keywords) {
            issues.push_back(issue_at(path + ".keywords", message("codebook.no_keywords")));
            continue;
        }
        for (const auto& [language, list] : *keywords) {
            const std::string list_path = path + ".keywords." + language;
            if (list.type() != typeid(Poco::JSON::Array::Ptr)) {
                issues.push_back(issue_at(
                    list_path, message("codebook.keywords_not_list", json_type_name(list))));
                ok = false;
                continue;
            }
            const auto array = list.extract<Poco::JSON::Array::Ptr>();
            for (std::size_t k = 0; k < array->size(); ++k) {
                const std::string keyword_path = list_path + "[" + std::to_string(k) + "]";
                const Poco::Dynamic::Var keyword = array->get(static_cast<unsigned>(k));
                if (!keyword.isString()) {
                    issues.push_back(issue_at(keyword_path, message("codebook.keyword_not_string",
                                                                    json_type_name(keyword))));
                    ok = false;
                    continue;
                }
                const std::string text = keyword.extract<std::string>();
                if (auto problem = keyword_problem(text)) {
                    issues.push_back(issue_at(keyword_path, *problem));
                    ok = false;
                    continue;
                }
                if (seen_rules.insert(normalized_words(text)).second)
                    theme.rules.emplace_back(text);
            }
        }
        if (theme.rules.empty() && ok) {
            issues.push_back(
                issue_at(path + ".keywords", message("codebook.theme_no_keyword", theme.id)));
            ok = false;
        }
        if (ok) codebook.m_themes.push_back(std::move(theme));
    }
    return codebook;
}

const Theme* Codebook::theme(const std::string& id) const {
    for (const Theme& candidate : m_themes)
        if (candidate.id == id) return &candidate;
    return nullptr;
}

Coding Codebook::code(const std::string& text) const {
    Coding coding;
    const std::vector<std::string> words = normalized_words(text);
    for (const Theme& theme : m_themes) {
        std::vector<std::string> fired;
        for (const KeywordRule& rule : theme.rules)
            if (rule.matches(words)) fired.push_back(rule.keyword());
        if (!fired.empty()) {
            coding.themes.push_back(theme.id);
            coding.matched.emplace(theme.id, std::move(fired));
        }
    }
    return coding;
}

}  // namespace sonda::team_expectations
