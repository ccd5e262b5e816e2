// The study: who takes part (territories, professional roles), what the
// questionnaires talk about (specialised services) and when they are measured
// (waves). Territories are also the unit of data access for the later server.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sonda/model/localized_text.hpp"

namespace sonda {

struct Territory {
    std::string id;
    LocalizedText name;
};

struct Role {
    std::string id;
    LocalizedText name;
};

struct Service {
    std::string id;
    LocalizedText name;
};

// A measurement occasion, e.g. a workshop. Waves are compared in `order`.
struct Wave {
    std::string id;
    std::string date;  // ISO 8601, YYYY-MM-DD
    int order = 0;
    LocalizedText label;
};

// A code respondents make up from facts only they know, so that the same
// person writes the same code at every wave without giving a name (the
// first two letters of the mother's first name, the day of birth, the last
// digit of the phone number). The code is its parts one after the other,
// letters in upper case: "MA151". docs/study.md, "respondent_code".
struct CodePart {
    std::string id;
    LocalizedText label;  // what the participant is asked for this part
    bool digits = false;  // digits 0-9; else letters A-Z
    int length = 1;
};

struct RespondentCodeRecipe {
    std::vector<CodePart> parts;
    bool declared() const { return !parts.empty(); }
    // The code's parts, or nullopt when it does not have the recipe's shape
    // (length, letters in upper case, digits).
    std::optional<std::vector<std::string>> split(const std::string& code) const;
    // "2 letters (mother's name) + 2 digits (day of birth) + ..." for messages.
    std::string describe(const std::string& language) const;
};

struct Study {
    std::string id;
    LocalizedText title;
    std::vector<std::string> languages{"it", "en"};
    int min_cell = 5;  // smallest group size a report may show
    std::vector<Territory> territories;
    std::vector<Role> roles;
    std::vector<Service> services;
    std::vector<Wave> waves;               // kept sorted by order
    RespondentCodeRecipe respondent_code;  // not declared: codes are given to respondents

    const Territory* territory(const std::string& id) const;
    const Role* role(const std::string& id) const;
    const Service* service(const std::string& id) const;
    const Wave* wave(const std::string& id) const;
    // A wave's label up to its colon ("Laboratorio 1" of "Laboratorio 1:
    // lavoro d'équipe"), for captions; its id when it has no label.
    std::string short_wave_title(const std::string& id, const std::string& language) const;
};

}  // namespace sonda
