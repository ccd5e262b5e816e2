#include "demo_answers.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <utility>

#include "network_dimensions_instrument.hpp"
#include "registration.hpp"
#include "sonda/demo/demo_file.hpp"

namespace sonda::network_dimensions {

namespace {

using demo::DemoContext;
using demo::DemoRespondent;
using demo::DemoResponse;

// Strengths, weaknesses and objectives of one territory for one dimension.
struct DimensionTexts {
    std::string territory;
    std::string dimension;
    std::map<std::string, std::vector<std::string>> by_facet;
};

struct Actor {
    std::string name;
    std::string service;     // the network map's catalogue entry, or empty
    int ring_first = 3;      // ring at the first wave it appears
    std::string first_wave;  // empty: from the first wave
};

struct NetworkData {
    std::string wave;  // when the report wrote the texts down
    std::vector<DimensionTexts> texts;
    std::map<std::string, std::vector<Actor>> actors;  // by territory
};

NetworkData read_network(const std::string& file) {
    const demo::DemoFile reader(file);
    NetworkData data;
    data.wave = reader.string(reader.root(), "wave", "$");
    const auto territories = reader.array(reader.root(), "territories", "$");
    for (std::size_t t = 0; t < territories->size(); ++t) {
        const std::string path = "$.territories[" + std::to_string(t) + "]";
        const auto entry = reader.entry(territories, t, "$.territories");
        const std::string territory = reader.string(entry, "territory", path);
        const auto dimensions = reader.object(entry, "dimensions", path);
        // Poco keeps object keys sorted; the order of dimensions does not matter here.
        for (const auto& [dimension, ignored] : *dimensions) {
            const std::string here = path + ".dimensions." + dimension;
            const auto facets = reader.object(dimensions, dimension, path + ".dimensions");
            DimensionTexts texts{territory, dimension, {}};
            for (const char* facet : {"strengths", "weaknesses", "objectives"})
                if (facets->has(facet))
                    texts.by_facet[facet] =
                        reader.strings(reader.array(facets, facet, here), here + "." + facet);
            data.texts.push_back(std::move(texts));
        }
    }
    const auto actors = reader.object(reader.root(), "actors", "$");
    for (const auto& [territory, ignored] : *actors) {
        if (territory.rfind('_', 0) == 0) continue;  // "_comment"
        const std::string path = "$.actors." + territory;
        const auto list = reader.array(actors, territory, "$.actors");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string here = path + "[" + std::to_string(i) + "]";
            const auto entry = reader.entry(list, i, path);
            Actor actor;
            actor.name = reader.string(entry, "name", here);
            actor.service = reader.string(entry, "service", here, false);
            actor.first_wave = reader.string(entry, "first_wave", here, false);
            actor.ring_first = reader.whole_number(entry, "ring_workshop_1", here);
            data.actors[territory].push_back(std::move(actor));
        }
    }
    return data;
}

// The network map's catalogue entry for the respondent's own service.
std::string centre_of(const std::string& role) {
    if (role == "social_service") return "social_service";
    if (role == "employment_centre") return "employment_centre";
    if (role == "third_sector_coop") return "third_sector";
    if (role == "health_service") return "asl";
    return {};
}

int definition_int(const Item& item, const std::string& key, int fallback) {
    if (!item.definition || !item.definition->has(key)) return fallback;
    try {
        return item.definition->getValue<int>(key);
    } catch (const Poco::Exception&) {
        return fallback;
    }
}

Poco::JSON::Array::Ptr to_array(const std::vector<std::string>& texts) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& text : texts) array->add(text);
    return array;
}

// The report's texts, shared out among the territory's members present at
// the wave the report wrote them down.
void add_texts(const Form& form, const NetworkData& data, const DemoContext& demo,
               const DemoRespondent& respondent, const std::string& wave,
               Poco::JSON::Object& answers) {
    const auto members = demo.attending(respondent.territory, wave);
    const std::size_t me = static_cast<std::size_t>(
        std::find(members.begin(), members.end(), &respondent) - members.begin());
    for (const Item& item : form.items) {
        if (item.type != "text_list") continue;
        const std::string dimension = item.attribute("dimension");
        const std::string facet = item.attribute("facet");
        std::vector<std::string> mine;
        for (const DimensionTexts& texts : data.texts) {
            if (texts.territory != respondent.territory || texts.dimension != dimension) continue;
            auto found = texts.by_facet.find(facet);
            if (found == texts.by_facet.end()) continue;
            for (std::size_t i = 0; i < found->second.size(); ++i)
                if (i % members.size() == me) mine.push_back(found->second[i]);
        }
        if (!mine.empty()) answers.set(item.id, to_array(mine));
    }
}

using LastRings = std::map<std::pair<std::string, std::string>, int>;  // (code, actor) -> ring

// One map item's answer: where the respondent places each actor of the
// territory this wave, moving on from where they placed it last time.
Poco::JSON::Object::Ptr map_answer(const Item& item, const std::vector<Actor>& actors,
                                   DemoContext& demo, const DemoRespondent& respondent,
                                   const std::string& wave, LastRings& rings) {
    const int position = demo.wave_index(wave);
    const int ring_count = definition_int(item, "rings", 4);
    int intensity_low = 1, intensity_high = 3;
    if (item.definition && item.definition->getObject("intensity")) {
        const auto range = item.definition->getObject("intensity");
        intensity_low = range->optValue<int>("min", 1);
        intensity_high = range->optValue<int>("max", 3);
    }
    const std::string centre = centre_of(respondent.role);
    Poco::JSON::Array::Ptr placed_actors = new Poco::JSON::Array;
    for (const Actor& actor : actors) {
        if (!actor.service.empty() && actor.service == centre) continue;
        if (!actor.first_wave.empty() && position < demo.wave_index(actor.first_wave)) continue;
        const auto key = std::make_pair(respondent.code, actor.name);
        auto last = rings.find(key);
        int ring;
        if (last == rings.end()) {
            // First placement: the territory's ring, one off now and then.
            ring = actor.ring_first +
                   (demo.random().chance(0.25) ? (demo.random().chance(0.5) ? 1 : -1) : 0);
        } else {
            ring = last->second;
            const double inward = position == 1 ? 0.4 : 0.2;
            if (demo.random().chance(inward))
                ring -= 1;
            else if (demo.random().chance(0.05))
                ring += 1;
        }
        ring = std::clamp(ring, 1, ring_count);
        rings[key] = ring;
        Poco::JSON::Object::Ptr placed = new Poco::JSON::Object;
        if (!actor.service.empty())
            placed->set("service", actor.service);
        else
            placed->set("name", actor.name);
        placed->set("ring", ring);
        const double closeness = intensity_high - (ring - 1) * (intensity_high - intensity_low) /
                                                      std::max(1.0, ring_count - 1.0);
        placed->set("intensity",
                    demo.random().scale_point(closeness, 0.5, intensity_low, intensity_high));
        placed_actors->add(placed);
    }
    Poco::JSON::Object::Ptr map = new Poco::JSON::Object;
    if (!centre.empty()) map->set("centre", centre);
    map->set("actors", placed_actors);
    return map;
}

}  // namespace

std::string NetworkDemoAnswers::instrument() const { return kInstrumentId; }

std::vector<DemoResponse> NetworkDemoAnswers::answer(const Form& form, DemoContext& demo) const {
    const NetworkData data = read_network(demo.data_folder() + "/network.json");
    std::vector<DemoResponse> out;
    LastRings rings;
    for (const Wave& wave : demo.study().waves) {
        for (const DemoRespondent& respondent : demo.respondents()) {
            if (!respondent.answered(wave.id)) continue;
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
            if (wave.id == data.wave) add_texts(form, data, demo, respondent, wave.id, *answers);
            for (const Item& item : form.items) {
                if (item.type != "network_map") continue;
                auto actors = data.actors.find(respondent.territory);
                if (actors == data.actors.end()) continue;
                answers->set(item.id,
                             map_answer(item, actors->second, demo, respondent, wave.id, rings));
            }
            demo.fill_likert(form, respondent, wave.id, *answers);
            out.push_back(
                {wave.id, respondent.territory, respondent.role, respondent.code, answers});
        }
    }
    return out;
}

void register_demo_answers(PluginContext& plugin) {
    plugin.add_demo_answers(std::make_unique<NetworkDemoAnswers>());
}

}  // namespace sonda::network_dimensions
