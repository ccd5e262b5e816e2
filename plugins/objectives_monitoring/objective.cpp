#include "objectives_monitoring/objective.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "sonda/i18n/message_language.hpp"
#include "sonda/util/json.hpp"
#include "sonda/util/text_safety.hpp"

namespace sonda::objectives {

const std::vector<std::string>& objective_statuses() {
    static const std::vector<std::string> kStatuses{"planned", "in_progress", "achieved",
                                                    "dropped"};
    return kStatuses;
}

const std::vector<std::string>& objective_dimensions() {
    static const std::vector<std::string> kDimensions{
        "sharing", "integration", "consolidation_development", "capacity_building"};
    return kDimensions;
}

namespace {

const std::vector<std::string>& known_keys() {
    static const std::vector<std::string> kKeys{"id",          "title",  "dimension", "owner",
                                                "target_date", "status", "progress",  "evidence"};
    return kKeys;
}

// A message of the objectives' checks, in the operation's language (messages.cpp).
template <typename... Args>
std::string say(const char* key, const Args&... args) {
    return i18n::message(std::string("objectives-monitoring.input.") + key, args...);
}

// "a, b or c", in the message language.
std::string one_of(const std::vector<std::string>& values) {
    if (values.size() < 2) return values.empty() ? std::string() : values.front();
    std::string head;
    for (std::size_t i = 0; i + 1 < values.size(); ++i) head += (i == 0 ? "" : ", ") + values[i];
    return say("either", head, values.back());
}

bool valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Collects the issues of one objective with its name and path already in place.
class EntryChecker {
  public:
    EntryChecker(std::vector<Issue>& issues, const std::string& item_id, std::size_t index)
        : m_issues(issues), m_item(item_id), m_index(index) {}

    void name_id(const std::string& id) { m_id = id; }
    bool ok() const { return m_ok; }

    void fail(const std::string& key, const std::string& why) {
        Issue issue;
        issue.where.item = m_item;
        issue.where.path = "$.answers." + m_item + "[" + std::to_string(m_index) + "]" +
                           (key.empty() ? "" : "." + key);
        issue.reason =
            (m_id.empty() ? say("objective", m_index) : say("objective_named", m_index, m_id)) +
            ": " + why;
        m_issues.push_back(std::move(issue));
        m_ok = false;
    }

    // A required (or, when `optional`, an optional) non-blank string. Only the
    // evidence is a free text that may span lines; every field refuses control
    // characters (see sonda/util/text_safety.hpp).
    std::optional<std::string> text(const Poco::JSON::Object& object, const std::string& key,
                                    std::size_t max_length, bool optional, const std::string& hint,
                                    TextKind kind = TextKind::SingleLine) {
        if (!object.has(key) || object.isNull(key)) {
            if (!optional) fail(key, say("missing", key, hint));
            return std::nullopt;
        }
        const Poco::Dynamic::Var value = object.get(key);
        if (!value.isString()) {
            fail(key, say("not_string", key, json_type_name(value)));
            return std::nullopt;
        }
        std::string out = value.extract<std::string>();
        if (blank(out)) {
            if (!optional) fail(key, say("empty", key, hint));
            return std::nullopt;
        }
        if (out.size() > max_length) {
            fail(key, say("too_long", key, out.size(), max_length));
            return std::nullopt;
        }
        if (const auto problem = control_character_problem(out, kind)) {
            fail(key, "'" + key + "' " + *problem);
            return std::nullopt;
        }
        return out;
    }

  private:
    std::vector<Issue>& m_issues;
    std::string m_item;
    std::size_t m_index;
    std::string m_id;
    bool m_ok = true;
};

}  // namespace

bool is_iso_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::vector<Objective> parse_objectives(const Poco::Dynamic::Var& answer,
                                        const std::string& item_id, const ObjectiveLimits& limits,
                                        std::vector<Issue>& issues) {
    std::vector<Objective> out;
    if (answer.type() != typeid(Poco::JSON::Array::Ptr)) {
        Issue issue;
        issue.where.item = item_id;
        issue.where.path = "$.answers." + item_id;
        issue.reason = say("not_list", json_type_name(answer));
        issues.push_back(std::move(issue));
        return out;
    }
    const auto array = answer.extract<Poco::JSON::Array::Ptr>();
    if (array->size() > limits.max_entries) {
        Issue issue;
        issue.where.item = item_id;
        issue.where.path = "$.answers." + item_id;
        issue.reason = say("too_many", array->size(), limits.max_entries);
        issues.push_back(std::move(issue));
    }
    std::map<std::string, std::size_t> first_index;  // id -> where it first appeared
    for (std::size_t i = 0; i < array->size(); ++i) {
        EntryChecker check(issues, item_id, i);
        const Poco::Dynamic::Var entry = array->get(static_cast<unsigned>(i));
        if (entry.type() != typeid(Poco::JSON::Object::Ptr)) {
            check.fail("", say("not_object", json_type_name(entry)));
            continue;
        }
        const auto& object = *entry.extract<Poco::JSON::Object::Ptr>();
        Objective objective;

        if (auto id = check.text(object, "id", 64, false, say("hint_id"))) {
            check.name_id(*id);
            if (!valid_id(*id)) {
                check.fail("id", say("bad_id", *id));
            } else if (auto [at, fresh] = first_index.emplace(*id, i); !fresh) {
                check.fail("id", say("duplicate_id", *id, at->second));
            }
            objective.id = *id;
        }
        for (const auto& [key, value] : object)
            if (std::find(known_keys().begin(), known_keys().end(), key) == known_keys().end())
                check.fail(key, say("unknown_key", key));

        if (auto title = check.text(object, "title", limits.max_length, false, say("hint_title")))
            objective.title = *title;
        if (auto dimension =
                check.text(object, "dimension", 64, false, one_of(objective_dimensions()))) {
            if (std::find(objective_dimensions().begin(), objective_dimensions().end(),
                          *dimension) == objective_dimensions().end())
                check.fail("dimension",
                           say("unknown_dimension", *dimension, one_of(objective_dimensions())));
            objective.dimension = *dimension;
        }
        if (auto owner = check.text(object, "owner", 200, false, say("hint_owner")))
            objective.owner = *owner;
        if (auto date = check.text(object, "target_date", 10 + 1000, true, "")) {
            if (!is_iso_date(*date)) check.fail("target_date", say("bad_date", *date));
            objective.target_date = *date;
        }
        bool status_known = false;
        if (auto status = check.text(object, "status", 64, false, one_of(objective_statuses()))) {
            status_known = std::find(objective_statuses().begin(), objective_statuses().end(),
                                     *status) != objective_statuses().end();
            if (!status_known)
                check.fail("status", say("unknown_status", *status, one_of(objective_statuses())));
            objective.status = *status;
        }
        bool progress_known = false;
        if (!object.has("progress") || object.isNull("progress")) {
            check.fail("progress", say("progress_missing"));
        } else if (const Poco::Dynamic::Var progress = object.get("progress");
                   !progress.isNumeric() || progress.isBoolean()) {
            check.fail("progress", say("progress_not_number", json_type_name(progress)));
        } else {
            objective.progress = progress.convert<double>();
            if (!std::isfinite(objective.progress) || objective.progress < 0 ||
                objective.progress > 100)
                check.fail("progress",
                           say("progress_outside", i18n::message_number(objective.progress)));
            else
                progress_known = true;
        }
        // An objective declared achieved but not complete is a contradiction a
        // tired evaluator makes in a spreadsheet; guessing which half is right
        // would silently change the achievement rate, so it is refused.
        if (status_known && progress_known && objective.status == "achieved" &&
            objective.progress < 100)
            check.fail("progress",
                       say("achieved_incomplete", i18n::message_number(objective.progress)));
        if (auto evidence =
                check.text(object, "evidence", limits.max_length, true, "", TextKind::MultiLine))
            objective.evidence = *evidence;
        if (check.ok()) out.push_back(std::move(objective));
    }
    return out;
}

Poco::JSON::Object::Ptr objective_to_json(const Objective& objective) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", objective.id);
    out->set("title", objective.title);
    out->set("dimension", objective.dimension);
    out->set("owner", objective.owner);
    if (objective.target_date) out->set("target_date", *objective.target_date);
    out->set("status", objective.status);
    out->set("progress", objective.progress);
    if (objective.evidence) out->set("evidence", *objective.evidence);
    return out;
}

Poco::JSON::Array::Ptr objectives_to_json(const std::vector<Objective>& objectives) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const Objective& objective : objectives) out->add(objective_to_json(objective));
    return out;
}

}  // namespace sonda::objectives
