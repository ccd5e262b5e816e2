#include "previous_objectives.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <vector>

#include "objectives_monitoring/objective.hpp"

namespace sonda::server {

namespace {

// The responses of one wave and territory, the latest written last.
std::vector<Response> responses_in_write_order(Store& store, const Form& form,
                                               const std::string& wave,
                                               const std::string& territory) {
    ResponseFilter filter;
    filter.form = form.id;
    filter.waves = {wave};
    filter.territories = {territory};
    const std::vector<std::string> ids = store.response_ids_by_write(filter);
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < ids.size(); ++i) position[ids[i]] = i;
    std::vector<Response> responses(ids.size());
    store.read_responses(ids, [&](const StoredResponse& stored) {
        responses[position.at(stored.response.id)] = stored.response;
    });
    return responses;
}

// One objective_list item's objectives over the responses, merged by id: a
// later response's entry replaces an earlier one's; the order is that of
// first appearance. Entries the item type's parser refuses are left out.
Poco::JSON::Array::Ptr merged_objectives(const Item& item, const std::vector<Response>& responses) {
    std::vector<std::string> order;
    std::map<std::string, objectives::Objective> latest;
    for (const Response& response : responses) {
        if (!response.answers || !response.answers->has(item.id)) continue;
        std::vector<Issue> ignored;
        for (objectives::Objective& objective : objectives::parse_objectives(
                 response.answers->get(item.id), item.id,
                 objectives::ObjectiveLimits{item.max_entries, item.max_length}, ignored)) {
            if (!latest.count(objective.id)) order.push_back(objective.id);
            latest[objective.id] = std::move(objective);
        }
    }
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const std::string& id : order) out->add(objectives::objective_to_json(latest.at(id)));
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr previous_objectives(Store& store, const Study& study, const Form& form,
                                            const std::string& wave, const std::string& territory) {
    std::vector<const Item*> lists;
    for (const Item& item : form.items)
        if (item.type == "objective_list") lists.push_back(&item);
    const auto here = std::find_if(study.waves.begin(), study.waves.end(),
                                   [&](const Wave& entry) { return entry.id == wave; });
    if (lists.empty() || here == study.waves.end()) return nullptr;
    // study.waves is in the study's order: walk back from the link's wave.
    for (auto earlier = std::make_reverse_iterator(here); earlier != study.waves.rend();
         ++earlier) {
        const std::vector<Response> responses =
            responses_in_write_order(store, form, earlier->id, territory);
        Poco::JSON::Object::Ptr items = new Poco::JSON::Object;
        for (const Item* item : lists) {
            Poco::JSON::Array::Ptr found = merged_objectives(*item, responses);
            if (found->size() > 0) items->set(item->id, found);
        }
        if (items->size() == 0) continue;
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
        out->set("wave", earlier->id);
        out->set("items", items);
        return out;
    }
    return nullptr;
}

}  // namespace sonda::server
