// Following objectives across waves. A response of the objectives-monitoring
// form is one territory team's account at one wave; an objective is the pair
// (territory, objective id), so two territories may both use the id
// "shared-training" without being mixed up.
//
// Definitions used by the comparison of two waves (docs/instruments/objectives-monitoring.md):
//  - transition: an objective present at both waves, from its first status to
//    its second (unchanged statuses included, so the counts form the whole
//    from x to table);
//  - achievement rate: achieved / (objectives not dropped), empty when none;
//  - stalled: present at both waves, still planned or in_progress at the
//    second, and progress_to <= progress_from. With only two waves in a
//    comparison, "no progress across two consecutive waves" is exactly that;
//  - new / removed: present only at the second / only at the first wave.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "objectives_monitoring/objective.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"

namespace sonda::objectives {

struct TrackedObjective {
    std::string territory;
    std::string response_id;
    Objective objective;
};

struct WaveObjectives {
    std::set<std::string> territories;  // territories that answered at this wave
    std::map<std::pair<std::string, std::string>, TrackedObjective> objectives;  // (territory, id)
    std::vector<std::string> warnings;  // duplicates across responses, entries skipped as invalid
};

// The objectives of every objective_list item of the responses. Responses are
// taken in id order, so when a territory sent two responses naming the same
// objective the choice of which one counts does not depend on storage order.
// Fed one response at a time, it keeps each response's parsed objectives (what
// the output lists) and its id, never the response.
class ObjectiveCollector {
  public:
    explicit ObjectiveCollector(const Form& form) : m_form(form) {}  // `form` must outlive it
    void add(const Response& response);
    WaveObjectives finish();

  private:
    struct List {
        std::vector<Objective> objectives;
        std::vector<std::string> skipped;  // issues of entries left out
    };
    struct Record {
        std::string id, territory;
        std::vector<List> lists;  // per objective_list item answered, in form order
    };
    const Form& m_form;
    std::vector<Record> m_records;
};

WaveObjectives collect_objectives(const Form& form, const std::vector<Response>& group);

// Achievement figures of one wave, overall and per territory, dimension and both.
Poco::JSON::Object::Ptr achievement_json(const WaveObjectives& wave);

// Everything the instrument adds to the comparison of two waves.
Poco::JSON::Object::Ptr compare_objectives(const WaveObjectives& from, const WaveObjectives& to);

}  // namespace sonda::objectives
