#include "objectives_monitoring/objectives_instrument.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <set>

#include "objectives_monitoring/objective.hpp"
#include "objectives_monitoring/objective_list_type.hpp"
#include "objectives_monitoring/objective_tracking.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::objectives {

namespace {

// The objectives of a response that passed validation; invalid entries (which
// validation would have refused) are left out rather than guessed.
std::vector<Objective> objectives_of(const Form& form, const Response& response) {
    std::vector<Objective> out;
    if (!response.answers) return out;
    for (const Item& item : form.items) {
        if (item.type != kObjectiveListType || !response.answers->has(item.id)) continue;
        std::vector<Issue> ignored;
        for (Objective& objective :
             parse_objectives(response.answers->get(item.id), item.id,
                              ObjectiveLimits{item.max_entries, item.max_length}, ignored))
            out.push_back(std::move(objective));
    }
    return out;
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
    return out;
}

LocalizedText both(const std::string& en, const std::string& it) {
    LocalizedText text;
    text.set("en", en);
    text.set("it", it);
    return text;
}

// The optional "dimensions" and "statuses" lists of a form only give labels to
// the fixed values; a value the instrument does not know would be a label for
// nothing, and a missing one would leave hosts without a label.
void check_label_list(const Form& form, const std::string& key,
                      const std::vector<std::string>& known, std::vector<Issue>& issues) {
    if (!form.definition || !form.definition->has(key)) return;
    auto fail = [&](const std::string& path, const std::string& reason) {
        Issue issue;
        issue.where.path = path;
        issue.reason = reason;
        issues.push_back(std::move(issue));
    };
    const auto list = form.definition->getArray(key);
    if (!list) {
        fail("$." + key, i18n::message("objectives-monitoring.input.labels_not_list"));
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "$." + key + "[" + std::to_string(i) + "]";
        const auto entry = list->getObject(static_cast<unsigned>(i));
        const std::string value = entry ? entry->optValue<std::string>("value", "") : "";
        if (std::find(known.begin(), known.end(), value) == known.end())
            fail(path + ".value", i18n::message("objectives-monitoring.input.label_unknown", key,
                                                value, joined(known)));
        else if (!seen.insert(value).second)
            fail(path + ".value",
                 i18n::message("objectives-monitoring.input.label_twice", key, value));
    }
    for (const std::string& value : known)
        if (!seen.count(value))
            fail("$." + key, i18n::message("objectives-monitoring.input.label_missing", value));
}

}  // namespace

LocalizedText ObjectivesInstrument::description() const {
    return both(
        "Longitudinal monitoring of each territory's improvement objectives: status, "
        "progress and evidence per wave",
        "Monitoraggio longitudinale degli obiettivi di miglioramento di ciascun territorio: "
        "stato, avanzamento ed evidenze per rilevazione");
}

void ObjectivesInstrument::check_form(const Form& form, std::vector<Issue>& issues) const {
    check_label_list(form, "dimensions", objective_dimensions(), issues);
    check_label_list(form, "statuses", objective_statuses(), issues);
    for (const Item& item : form.items)
        if (item.type == kObjectiveListType) return;
    Issue issue;
    issue.where.path = "$.items";
    issue.reason = i18n::message("objectives-monitoring.input.no_list_item");
    issues.push_back(std::move(issue));
}

std::vector<ScoreDefinition> ObjectivesInstrument::score_definitions(const Form&) const {
    // No `items`: the scores come from one structured answer, not from items
    // a reliability coefficient could be computed over.
    ScoreDefinition rate;
    rate.name = "achievement_rate";
    rate.label = both("Achievement rate (achieved / not dropped)",
                      "Tasso di raggiungimento (raggiunti / non abbandonati)");
    rate.min = 0;
    rate.max = 1;
    rate.improvement = Improvement::Higher;
    ScoreDefinition progress;
    progress.name = "mean_progress";
    progress.label = both("Mean progress of the objectives not dropped (0-100)",
                          "Avanzamento medio degli obiettivi non abbandonati (0-100)");
    progress.min = 0;
    progress.max = 100;
    progress.improvement = Improvement::Higher;
    return {rate, progress};
}

void ObjectivesInstrument::validate(const Form& form, const Response& response,
                                    std::vector<Issue>& issues) const {
    // Each list checks its own ids; an id used in two lists of one response
    // would make the objective ambiguous across waves.
    if (!response.answers) return;
    std::map<std::string, std::string> item_of;
    for (const Item& item : form.items) {
        if (item.type != kObjectiveListType || !response.answers->has(item.id)) continue;
        std::vector<Issue> ignored;
        const auto objectives =
            parse_objectives(response.answers->get(item.id), item.id,
                             ObjectiveLimits{item.max_entries, item.max_length}, ignored);
        for (const Objective& objective : objectives) {
            auto [at, fresh] = item_of.emplace(objective.id, item.id);
            if (!fresh) {
                Issue issue;
                issue.where.item = item.id;
                issue.where.path = "$.answers." + item.id;
                issue.reason = i18n::message("objectives-monitoring.input.id_in_two_items",
                                             objective.id, at->second);
                issues.push_back(std::move(issue));
            }
        }
    }
}

std::vector<Score> ObjectivesInstrument::score(const Form& form, const Response& response) const {
    long long counted = 0;
    long long achieved = 0;
    double progress = 0;
    for (const Objective& objective : objectives_of(form, response)) {
        if (objective.status == "dropped") continue;
        ++counted;
        if (objective.status == "achieved") ++achieved;
        progress += objective.progress;
    }
    Score rate{"achievement_rate", std::nullopt};
    Score mean{"mean_progress", std::nullopt};
    if (counted > 0) {
        rate.value = static_cast<double>(achieved) / static_cast<double>(counted);
        mean.value = progress / static_cast<double>(counted);
    }
    return {rate, mean};
}

namespace {

// The objectives of one group at both waves, collected response by response.
class ObjectivesChange final : public ExtrasAccumulator {
  public:
    explicit ObjectivesChange(const Form& form)
        : m_waves{ObjectiveCollector(form), ObjectiveCollector(form)} {}

    void add(const ResponseView& view) override {
        m_waves[static_cast<int>(view.side)].add(whole_response(view, kInstrumentId));
    }

    Poco::JSON::Object::Ptr finish() override {
        const WaveObjectives from = m_waves[0].finish();
        return compare_objectives(from, m_waves[1].finish());
    }

  private:
    ObjectiveCollector m_waves[2];
};

}  // namespace

std::unique_ptr<ExtrasAccumulator> ObjectivesInstrument::start_comparison(
    const Form& form, const CompareOptions&) const {
    return std::make_unique<ObjectivesChange>(form);
}

Poco::JSON::Object::Ptr ObjectivesInstrument::compare(const Form& form,
                                                      const std::vector<Response>& from,
                                                      const std::vector<Response>& to,
                                                      const CompareOptions& options) const {
    return compare_responses(*this, form, from, to, options);
}

}  // namespace sonda::objectives
