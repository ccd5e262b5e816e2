// One improvement objective of a territory as recorded at one wave: what the
// territory means to improve in its network (the report's "improvement
// objectives" per dimension), who carries it, and where it stands. The `id` is
// chosen by the territory and stays the same across waves: it is what lets
// sonda follow an objective from one workshop to the next.
//
// Answer shape of an `objective_list` item (an array of these objects):
//   {"id": "formalise-relations", "title": "Formalising relations between institutions",
//    "dimension": "consolidation_development", "owner": "social_service",
//    "target_date": "2024-12-31", "status": "in_progress", "progress": 40,
//    "evidence": "Draft agreement sent to the ASL"}
// target_date and evidence are optional. `owner` names a service or role,
// never a person: respondents and staff are never named in sonda.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "sonda/error.hpp"

namespace sonda::objectives {

const std::vector<std::string>& objective_statuses();    // planned, in_progress, achieved, dropped
const std::vector<std::string>& objective_dimensions();  // the four network dimensions

struct Objective {
    std::string id;
    std::string title;
    std::string dimension;
    std::string owner;
    std::optional<std::string> target_date;  // YYYY-MM-DD
    std::string status = "planned";
    double progress = 0;  // 0-100
    std::optional<std::string> evidence;
};

// Limits an objective_list item puts on its answers (from the item definition).
struct ObjectiveLimits {
    std::size_t max_entries = 50;
    std::size_t max_length = 2000;  // title, owner, evidence
};

// Reads an objective_list answer. Every problem becomes an issue naming the
// objective by its 0-based index (and id when it has one) and why, with the
// JSON path $.answers.<item>[index].<key>; the objectives that had no problem
// are returned.
std::vector<Objective> parse_objectives(const Poco::Dynamic::Var& answer,
                                        const std::string& item_id, const ObjectiveLimits& limits,
                                        std::vector<Issue>& issues);

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(const std::string& text);

Poco::JSON::Object::Ptr objective_to_json(const Objective& objective);
Poco::JSON::Array::Ptr objectives_to_json(const std::vector<Objective>& objectives);

}  // namespace sonda::objectives
