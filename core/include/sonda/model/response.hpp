// A response: one respondent's answers to one form at one wave. Respondents are
// pseudonymous codes only, never names. The interchange format (docs/interchange.md)
// is one JSON object per response:
// {"id", "form", "form_version", "wave", "territory", "role", "respondent", "answers": {...}}
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace sonda {

struct Response {
    std::string id;  // UUID, unique across the database; stored in lower case
    std::string form;
    int form_version = 0;
    std::string wave;
    std::string territory;
    std::string role;
    std::string respondent;
    Poco::JSON::Object::Ptr answers;  // item id -> value; never null once parsed

    // The interchange JSON object, keys sorted, no white space: equal responses
    // give equal text, which is what makes re-imports idempotent.
    std::string to_canonical_json() const;
    // Throws InvalidInput. With IdRule::Optional a missing "id" key leaves `id`
    // empty, for an importer that derives it (sonda/model/response_id.hpp).
    enum class IdRule { Required, Optional };
    static Response from_json(const Poco::JSON::Object& object, IdRule id_rule = IdRule::Required);
};

// The one spelling of a response id that is stored and compared: UUIDs are
// case-insensitive (RFC 4122), so A-F become a-f. Other text is unchanged.
std::string canonical_response_id(const std::string& id);

// An item's answer as a number, for statistics over items (Cronbach's alpha):
// NaN when the item is absent, null or not a JSON number. The store packs
// every response's numeric answers by this same rule (schema version 4), so a
// report reading them from the store sees exactly what it would parse.
double numeric_answer(const Poco::JSON::Object& answers, const std::string& item);
// The same rule for an answer in hand (say, while iterating the answers).
double numeric_answer(const Poco::Dynamic::Var& answer);

// A named score computed by an instrument from one response. `value` is empty
// when the score is missing (for example too few items answered).
struct Score {
    std::string name;
    std::optional<double> value;
};

}  // namespace sonda
