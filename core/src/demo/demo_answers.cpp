#include "demo_answers.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <set>

#include "sonda/error.hpp"

namespace sonda::demo {

namespace {

// The generated story, in one place. Means are on the 1-5 likert scales.
constexpr double kLikertBase = 2.7;
constexpr double kWaveGain[] = {0.0, 0.6, 0.85};  // by wave position: workshop 1, 2, follow-up
constexpr double kPersonSpread = 0.45;            // respondents differ, and stay who they are
constexpr double kItemSpread = 0.6;

double territory_offset(const std::string& territory) {
    if (territory == "sds_pistoiese") return 0.2;
    if (territory == "sds_grossetana") return -0.1;
    if (territory == "livorno") return -0.3;
    return 0.1;
}

double dimension_offset(const std::string& dimension) {
    if (dimension == "integration") return -0.2;
    if (dimension == "consolidation_development") return -0.35;
    if (dimension == "capacity_building") return 0.1;
    return 0.0;
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

std::string slug(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum)
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 48) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

Poco::JSON::Array::Ptr to_array(const std::vector<std::string>& texts) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& text : texts) array->add(text);
    return array;
}

}  // namespace

DemoAnswers::DemoAnswers(const Study& study, const DemoData& data, std::uint32_t seed)
    : m_study(study), m_data(data), m_random(seed) {
    for (const DemoRespondent& respondent : m_data.respondents)
        m_person[respondent.code] = kPersonSpread * m_random.normal();
}

int DemoAnswers::wave_index(const std::string& wave) const {
    for (std::size_t i = 0; i < m_study.waves.size(); ++i)
        if (m_study.waves[i].id == wave) return static_cast<int>(std::min<std::size_t>(i, 2));
    return 0;
}

double DemoAnswers::person(const DemoRespondent& respondent) const {
    return m_person.at(respondent.code);
}

std::vector<const DemoRespondent*> DemoAnswers::attending(const std::string& territory,
                                                          const std::string& wave,
                                                          const std::string& role) const {
    std::vector<const DemoRespondent*> out;
    for (const DemoRespondent& respondent : m_data.respondents)
        if (respondent.territory == territory && respondent.answered(wave) &&
            (role.empty() || respondent.role == role))
            out.push_back(&respondent);
    return out;
}

void DemoAnswers::fill_likert(const Form& form, const DemoRespondent& respondent,
                              const std::string& wave, Poco::JSON::Object& answers) {
    for (const Item& item : form.items) {
        if (item.type != "likert" || answers.has(item.id)) continue;
        const int low = static_cast<int>(item.min.value_or(1));
        const int high = static_cast<int>(item.max.value_or(5));
        // Rescale the 1-5 story to the item's own scale.
        const double mean5 = kLikertBase + territory_offset(respondent.territory) +
                             dimension_offset(item.attribute("dimension")) +
                             kWaveGain[wave_index(wave)] + person(respondent);
        const double mean = low + (mean5 - 1.0) * (high - low) / 4.0;
        const double spread = kItemSpread * (high - low) / 4.0;
        answers.set(item.id, m_random.scale_point(mean, spread, low, high));
    }
}

std::vector<GeneratedResponse> DemoAnswers::responses(const Form& form) {
    if (form.plugin == "network-dimensions") return network_dimensions(form);
    if (form.plugin == "team-expectations") return team_expectations(form);
    if (form.plugin == "objectives-monitoring") return objectives(form);
    return {};
}

std::vector<GeneratedResponse> DemoAnswers::network_dimensions(const Form& form) {
    std::vector<GeneratedResponse> out;
    // Where each respondent placed each actor last time: rings move from there.
    std::map<std::pair<std::string, std::string>, int> rings;
    for (const Wave& wave : m_study.waves) {
        const int position = wave_index(wave.id);
        for (const DemoRespondent& respondent : m_data.respondents) {
            if (!respondent.answered(wave.id)) continue;
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;

            // The report's strengths, weaknesses and objectives, shared out among the
            // territory's members at the wave the report wrote them down.
            if (wave.id == m_data.network_wave) {
                const auto members = attending(respondent.territory, wave.id);
                const std::size_t me = static_cast<std::size_t>(
                    std::find(members.begin(), members.end(), &respondent) - members.begin());
                for (const Item& item : form.items) {
                    if (item.type != "text_list") continue;
                    const std::string dimension = item.attribute("dimension");
                    const std::string facet = item.attribute("facet");
                    std::vector<std::string> mine;
                    for (const DemoDimensionTexts& texts : m_data.dimension_texts) {
                        if (texts.territory != respondent.territory || texts.dimension != dimension)
                            continue;
                        auto found = texts.by_facet.find(facet);
                        if (found == texts.by_facet.end()) continue;
                        for (std::size_t i = 0; i < found->second.size(); ++i)
                            if (i % members.size() == me) mine.push_back(found->second[i]);
                    }
                    if (!mine.empty()) answers->set(item.id, to_array(mine));
                }
            }

            for (const Item& item : form.items) {
                if (item.type != "network_map") continue;
                const int ring_count = definition_int(item, "rings", 4);
                int intensity_low = 1, intensity_high = 3;
                if (item.definition && item.definition->getObject("intensity")) {
                    const auto range = item.definition->getObject("intensity");
                    intensity_low = range->optValue<int>("min", 1);
                    intensity_high = range->optValue<int>("max", 3);
                }
                const std::string centre = centre_of(respondent.role);
                Poco::JSON::Array::Ptr actors = new Poco::JSON::Array;
                auto found = m_data.actors.find(respondent.territory);
                if (found == m_data.actors.end()) continue;
                for (const DemoActor& actor : found->second) {
                    if (!actor.service.empty() && actor.service == centre) continue;
                    if (!actor.first_wave.empty() &&
                        wave_index(wave.id) < wave_index(actor.first_wave))
                        continue;
                    const auto key = std::make_pair(respondent.code, actor.name);
                    auto last = rings.find(key);
                    int ring;
                    if (last == rings.end()) {
                        // First placement: the territory's ring, one off now and then.
                        ring = actor.ring_first +
                               (m_random.chance(0.25) ? (m_random.chance(0.5) ? 1 : -1) : 0);
                    } else {
                        ring = last->second;
                        const double inward = position == 1 ? 0.4 : 0.2;
                        if (m_random.chance(inward))
                            ring -= 1;
                        else if (m_random.chance(0.05))
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
                    const double closeness = intensity_high - (ring - 1) *
                                                                  (intensity_high - intensity_low) /
                                                                  std::max(1.0, ring_count - 1.0);
                    placed->set("intensity", m_random.scale_point(closeness, 0.5, intensity_low,
                                                                  intensity_high));
                    actors->add(placed);
                }
                Poco::JSON::Object::Ptr map = new Poco::JSON::Object;
                if (!centre.empty()) map->set("centre", centre);
                map->set("actors", actors);
                answers->set(item.id, map);
            }
            fill_likert(form, respondent, wave.id, *answers);
            out.push_back(
                {wave.id, respondent.territory, respondent.role, respondent.code, answers});
        }
    }
    return out;
}

std::vector<GeneratedResponse> DemoAnswers::team_expectations(const Form& form) {
    const Item* matrix = nullptr;
    for (const Item& item : form.items)
        if (item.type == "matrix" && item.cell_type == "text_list") matrix = &item;

    // Workshop 1: the report's texts, each given to one member of its territory
    // (of its role when the report names one), in turn.
    using Cell = std::pair<std::string, std::string>;                          // service, facet
    std::map<std::string, std::map<Cell, std::vector<std::string>>> texts_of;  // code -> cells
    std::map<std::string, std::size_t> next_turn;
    for (const DemoExpectation& expectation : m_data.expectations) {
        auto members = attending(expectation.territory, m_data.expectations_wave, expectation.role);
        if (members.empty()) members = attending(expectation.territory, m_data.expectations_wave);
        if (members.empty())
            throw InvalidInput(Location{"expectations.json", 0, "", ""},
                               "no respondent of " + expectation.territory + " answered at " +
                                   m_data.expectations_wave + " to write: " + expectation.text);
        const std::string group = expectation.territory + "/" + expectation.role;
        const DemoRespondent* writer = members[next_turn[group]++ % members.size()];
        if (matrix) {
            const bool row =
                std::any_of(matrix->rows.begin(), matrix->rows.end(),
                            [&](const Choice& c) { return c.value == expectation.service; });
            const bool column =
                std::any_of(matrix->columns.begin(), matrix->columns.end(),
                            [&](const Choice& c) { return c.value == expectation.facet; });
            if (!row || !column)
                throw InvalidInput(Location{form.source, 0, "$.items", matrix->id},
                                   "the demo's expectations need the row '" + expectation.service +
                                       "' and the column '" + expectation.facet +
                                       "' in this matrix");
        }
        texts_of[writer->code][{expectation.service, expectation.facet}].push_back(
            expectation.text);
    }

    std::vector<GeneratedResponse> out;
    const int first_text_wave = wave_index(m_data.expectations_wave);
    for (const Wave& wave : m_study.waves) {
        const int position = wave_index(wave.id);
        for (const DemoRespondent& respondent : m_data.respondents) {
            if (!respondent.answered(wave.id)) continue;
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
            auto& cells = texts_of[respondent.code];
            if (position > first_text_wave) {
                // Later waves: what is still expected. Each text stays with a chance,
                // fewer as collaboration improves (the report has no later texts).
                const double keep = position == 1 ? 0.55 : 0.6;
                for (auto& [cell, texts] : cells) {
                    std::vector<std::string> still;
                    for (const std::string& text : texts)
                        if (m_random.chance(keep)) still.push_back(text);
                    texts = still;
                }
            }
            if (matrix && position >= first_text_wave && !cells.empty()) {
                Poco::JSON::Object::Ptr rows = new Poco::JSON::Object;
                for (const auto& [cell, texts] : cells) {
                    if (texts.empty()) continue;
                    Poco::JSON::Object::Ptr columns = rows->getObject(cell.first);
                    if (!columns) {
                        columns = new Poco::JSON::Object;
                        rows->set(cell.first, columns);
                    }
                    columns->set(cell.second, to_array(texts));
                }
                if (rows->size() > 0) answers->set(matrix->id, rows);
            }
            fill_likert(form, respondent, wave.id, *answers);
            out.push_back(
                {wave.id, respondent.territory, respondent.role, respondent.code, answers});
        }
    }
    return out;
}

std::vector<GeneratedResponse> DemoAnswers::objectives(const Form& form) {
    const Item* list = nullptr;
    for (const Item& item : form.items)
        if (item.type == "objective_list") list = &item;
    std::vector<GeneratedResponse> out;
    if (!list) return out;

    struct Tracked {
        std::string id, title, dimension, owner, status;
        int progress = 0;
        bool started = false;
    };
    std::map<std::string, std::vector<Tracked>> by_territory;
    for (const Territory& territory : m_study.territories) {
        std::vector<std::string> roles;
        for (const DemoRespondent& respondent : m_data.respondents)
            if (respondent.territory == territory.id &&
                std::find(roles.begin(), roles.end(), respondent.role) == roles.end())
                roles.push_back(respondent.role);
        auto& tracked = by_territory[territory.id];
        for (const DemoDimensionTexts& texts : m_data.dimension_texts) {
            if (texts.territory != territory.id) continue;
            auto found = texts.by_facet.find("objectives");
            if (found == texts.by_facet.end()) continue;
            for (const std::string& title : found->second) {
                Tracked objective;
                objective.id = slug(title);
                objective.title = title;
                objective.dimension = texts.dimension;
                objective.owner = roles.empty() ? "" : roles[tracked.size() % roles.size()];
                tracked.push_back(objective);
            }
        }
    }

    for (const Wave& wave : m_study.waves) {
        const int position = wave_index(wave.id);
        for (const Territory& territory : m_study.territories) {
            // One response a territory and wave, from its first member present
            // (the group's coordinator): objectives belong to the territory.
            const auto members = attending(territory.id, wave.id);
            if (members.empty()) continue;
            Poco::JSON::Array::Ptr objectives = new Poco::JSON::Array;
            for (Tracked& objective : by_territory[territory.id]) {
                if (position == 0) {
                    // Workshop 1: about half the objectives already named, none begun.
                    objective.started = m_random.chance(0.5);
                    if (!objective.started) continue;
                    objective.status = "planned";
                    objective.progress = 0;
                } else if (!objective.started) {
                    objective.started = true;
                    objective.status = "planned";
                    objective.progress = 0;
                } else if (objective.status == "planned" || objective.status == "in_progress") {
                    // Some stall (no progress from one wave to the next), most advance.
                    if (m_random.chance(0.2)) {
                        // stalled: as it was
                    } else if (position == 2 && m_random.chance(0.07)) {
                        objective.status = "dropped";
                    } else {
                        objective.progress =
                            std::min(100, objective.progress + 10 * m_random.between(2, 6));
                        objective.status = objective.progress >= 100 ? "achieved" : "in_progress";
                    }
                }
                Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
                entry->set("id", objective.id);
                entry->set("title", objective.title);
                entry->set("dimension", objective.dimension);
                entry->set("owner", objective.owner);
                entry->set("status", objective.status);
                entry->set("progress", objective.progress);
                objectives->add(entry);
            }
            Poco::JSON::Object::Ptr answers = new Poco::JSON::Object;
            answers->set(list->id, objectives);
            const DemoRespondent& coordinator = *members.front();
            fill_likert(form, coordinator, wave.id, *answers);
            out.push_back({wave.id, territory.id, coordinator.role, coordinator.code, answers});
        }
    }
    return out;
}

}  // namespace sonda::demo
