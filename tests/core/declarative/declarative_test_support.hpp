// Declarative forms for the tests, loaded through the real loader and the
// registry as every host makes it (core item types and the declarative
// instrument; no plugin module is loaded anywhere in this suite).
#pragma once

#include <string>

#include "../forms/forms_test_support.hpp"
#include "sonda/model/response.hpp"

namespace sonda::test {

// Items a, b, c on 1..5, d on 0..4, n a number 0..10, m a number without
// bounds, t a text; `scores` is the JSON array of scores, `extra` more
// top-level keys (",\"bands\": [...]").
inline std::string declarative_form(const std::string& scores, const std::string& extra = "") {
    return R"({"id": "cf", "version": 1, "plugin": "declarative", "languages": ["it", "en"],
      "title": {"it": "Fattori", "en": "Factors"},
      "items": [
        {"id": "a", "type": "likert", "label": {"it": "A", "en": "A"}, "min": 1, "max": 5},
        {"id": "b", "type": "likert", "label": {"it": "B", "en": "B"}, "min": 1, "max": 5},
        {"id": "c", "type": "likert", "label": {"it": "C", "en": "C"}, "min": 1, "max": 5},
        {"id": "d", "type": "likert", "label": {"it": "D", "en": "D"}, "min": 0, "max": 4},
        {"id": "n", "type": "number", "label": {"it": "N", "en": "N"}, "min": 0, "max": 10},
        {"id": "m", "type": "number", "label": {"it": "M", "en": "M"}},
        {"id": "t", "type": "text", "label": {"it": "T", "en": "T"}}],
      "scores": )" +
           scores + extra + "}";
}

// A score with the keys every score needs and `keys` (",\"reverse\": [...]").
inline std::string score_json(const std::string& id, const std::string& method,
                              const std::string& items, const std::string& keys = "") {
    return R"({"id": ")" + id + R"(", "label": {"it": "Punteggio", "en": "Score"}, "method": ")" +
           method + R"(", "items": )" + items + R"(, "improvement": "higher")" + keys + "}";
}

inline Response answers_response(const std::string& answers) {
    Response response;
    response.id = "5d1c0f3e-7a2b-4c8d-9e0f-1a2b3c4d5e6f";
    response.form = "cf";
    response.form_version = 1;
    response.answers = parse_json_object(answers, Location{});
    return response;
}

// The issues of loading `form_json` as file "cf.json".
inline std::vector<Issue> form_issues(const std::string& form_json) {
    const Registry registry;
    return issues_thrown([&] { load_form_json(form_json, "cf.json", registry); });
}

}  // namespace sonda::test
