// Issue 9's property for what the instruments add to a report ("The same
// property holds for theme counts and network-map extras"). The scores have
// theirs in disclosure_property_test.cpp; this file does the same for the
// additive counts inside each published group's `instrument` JSON:
//
//  - team-expectations: per service and theme the texts and the respondents
//    coded into it (`theme_counts[].texts_from/_to`, `respondents_from/_to`),
//    the uncoded texts per service and the group's `n_from/_to`;
//  - network-dimensions: per dimension the band counts
//    (`dimensions.<id>.from/to.bands[].count`, with `n` and `missing`), the
//    map drawers (`network_map.respondents_from/_to`), per actor how many
//    placed it (`placed_by_from/_to`; an actor not listed in a group that
//    withholds no actor, `actors_withheld` = 0, was placed by nobody there),
//    and the paired moves (`network_map.paired`: `pairs`,
//    `respondents_with_moves`, `moves.*`, over those who drew a map at both
//    waves; one who changed role pairs in the territory and in everyone but in
//    no role, so there that territory has one more unknown).
//
// For random small studies (2-4 territories, 2-3 roles, 0-12 respondents per
// territory x role cell and wave, 2-3 waves with returning respondents, in
// half of them a few in another role, k in 3..6), stored in a real SQLite
// file and answered the way the demo answers (core/src/demo/demo_answers.cpp:
// free texts that name the codebook's keywords at random, some kept at the
// next wave; network maps of the territory's actors, rings moving inward over
// the waves), every full report the CLI can produce on the form is built
// (build_report without scores_only: every --by, no filter or one territory
// and/or one role - a subset is refused, disclosure_property_test.cpp checks
// that - and every wave pair). Then an attacker who holds all of it and knows
// which territory x role cells are empty solves exactly
// (tests/support/linear_knowledge.hpp, not the library's audit) for each
// count at each wave (or pair of waves), the unknowns being its territory x
// role cells:
//  (a) no published count belongs to a group of 1..k-1 people;
//  (b) no cell (territory x role, territory, role, everyone) whose count is
//      never published and that has 1..k-1 people is determined;
//  (c) no union of disjoint territory x role cells of 1..k-1 people together
//      is determined.
// "People" are those the count is about: the respondents of the wave for
// theme counts, uncoded texts and `missing`; those with a value of the
// dimension for band counts and `n`; those who drew a map for `placed_by` and
// the drawers; those who drew one at both waves for the paired moves. Every
// published count is also checked against the data, and against itself in
// every other report.
//
// Free texts (team-expectations `coded_texts`): no text carries a territory
// whose cell inside the group is withheld in that comparison (or has 1..k-1
// respondents at either wave), no text object has a key about a respondent or
// a response, no report's JSON holds a respondent code or a response id
// anywhere, lists appear only for everyone and for territories over every
// role, and each published list is complete. Then an attacker who follows
// each text through every published list (free texts are as good as unique)
// must not narrow it down to territory x role cells of fewer than k
// respondents at that wave.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/TemporaryFile.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "linear_knowledge.hpp"
#include "shipped_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/report/report.hpp"
#include "temporary_database.hpp"

using namespace sonda;
using sonda::test::LinearKnowledge;

namespace {

// A small deterministic generator (the standard distributions differ between
// standard libraries; this does not).
class Random {
  public:
    explicit Random(std::uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    std::uint64_t next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int between(int low, int high) {  // inclusive
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(double p) { return static_cast<double>(next() % 1000000) < p * 1000000; }
    template <typename T>
    const T& pick(const std::vector<T>& values) {
        return values[next() % values.size()];
    }

  private:
    std::uint64_t m_state;
};

enum class Kind { Expectations, Network };

const char* form_id(Kind kind) {
    return kind == Kind::Expectations ? "team-expectations" : "network-dimensions";
}

// --- team-expectations ------------------------------------------------------

const std::vector<std::string> kServices{"counselling", "addiction_service", "mental_health",
                                         "neuropsychiatry"};
const std::vector<std::string> kFacets{"ask", "involvement", "tools", "concerns"};

// Sentences as the report's evaluators wrote them, with the codebook themes
// their words fire (forms/team-expectations.json, keywords match word
// prefixes in either language). The last two fire none.
struct Phrase {
    std::string text;
    std::vector<std::string> themes;  // codebook order
};
const std::vector<Phrase> kPhrases{
    {"A stable reference person in each service", {"reference_person"}},
    {"Shared responsibility when taking charge of a family", {"co_responsibility"}},
    {"Continuity of care across the year", {"continuity"}},
    {"A written protocol between the services", {"formal_protocols"}},
    {"Access to the database of the other service", {"information_sharing"}},
    {"Joint training on a common language", {"common_language_training"}},
    {"Regular meetings to review the cases", {"monitoring_meetings"}},
    {"A reachable contact person and regular meetings",
     {"reference_person", "monitoring_meetings"}},
    {"Ongoing information on the shared cases", {"continuity", "information_sharing"}},
    {"Clear agreement on the procedure", {"formal_protocols"}},
    {"More time for the families", {}},
    {"Less waiting before the first visit", {}},
};
const std::vector<std::string> kThemes{
    "reference_person",    "co_responsibility",        "continuity",         "formal_protocols",
    "information_sharing", "common_language_training", "monitoring_meetings"};

struct FreeText {
    std::string service, facet, text;
    std::size_t index = 0;
    std::vector<std::string> themes;
};

// --- network-dimensions -----------------------------------------------------

// Likert item prefixes and the dimension (score) ids they make.
const std::array<std::string, 4> kItemPrefixes{"sharing", "integration", "consolidation",
                                               "capacity"};
const std::array<std::string, 4> kDimensionIds{"sharing", "integration",
                                               "consolidation_development", "capacity_building"};
const std::array<std::string, 3> kBands{"concern", "borderline", "strength"};  // 1-2.5-3.5-5

// The network map's catalogue (forms/network-dimensions.json) and some free names.
const std::vector<std::string> kCatalogue{"oss",
                                          "social_service",
                                          "employment_centre",
                                          "counselling",
                                          "addiction_service",
                                          "mental_health",
                                          "neuropsychiatry",
                                          "asl",
                                          "municipality",
                                          "third_sector",
                                          "help_centre",
                                          "judicial_authority"};
const std::vector<std::string> kFreeNames{"Caritas", "Parish of San Rocco", "Food bank"};

// The respondent's own service at the centre of the map, by role (as the demo).
std::string centre_of(std::size_t role) {
    static const std::array<std::string, 3> centres{"social_service", "employment_centre",
                                                    "third_sector"};
    return centres[role % centres.size()];
}

struct Placement {
    std::string key;      // "service:<id>" or "name:<lower case>"
    std::string service;  // or
    std::string name;
    int ring = 1;
    std::optional<int> intensity;
};

// --- the study ----------------------------------------------------------------

struct Person {
    std::size_t territory = 0;
    std::string code;
    std::vector<int> role;  // per wave, -1: absent
};

struct Answer {
    std::size_t person = 0, wave = 0, territory = 0, role = 0;
    std::string id;
    // team-expectations
    std::vector<FreeText> texts;
    std::map<std::string, int> ratings;
    // network-dimensions
    std::array<std::vector<int>, 4> items;  // three likert answers, or none
    bool map = false;
    std::string centre;
    std::vector<Placement> placements;

    std::optional<double> dimension(std::size_t d) const {
        if (items[d].empty()) return std::nullopt;
        return (items[d][0] + items[d][1] + items[d][2]) / 3.0;
    }
};

struct RandomStudy {
    Kind kind = Kind::Expectations;
    std::uint64_t seed = 0;
    bool by_hand = false;
    std::size_t territories = 0, roles = 0, waves = 0;
    int k = 5;
    std::vector<Person> people;
    std::vector<Answer> answers;

    std::string describe() const {
        std::ostringstream out;
        out << form_id(kind) << " "
            << (by_hand ? std::string("study by hand") : "study seed " + std::to_string(seed))
            << ": " << territories << " territories, " << roles << " roles, " << waves
            << " waves, k = " << k << ", " << people.size() << " people";
        return out.str();
    }
};

std::string territory_id(std::size_t t) { return "territory_" + std::to_string(t); }
std::string role_id(std::size_t r) { return "role_" + std::to_string(r); }
std::string wave_id(std::size_t w) { return "w" + std::to_string(w + 1); }

// Cell sizes 0..12 per wave; who comes back is random (most do); with
// `role_changes` a few come back in another role.
void place_people(RandomStudy& study, Random& random, bool role_changes) {
    const double come_back = 0.5 + 0.1 * random.between(0, 4);
    for (std::size_t wave = 0; wave < study.waves; ++wave)
        for (std::size_t t = 0; t < study.territories; ++t)
            for (std::size_t r = 0; r < study.roles; ++r) {
                const int wanted = random.between(0, 12);
                int placed = 0;
                for (Person& person : study.people) {
                    if (placed == wanted) break;
                    if (person.territory != t || person.role[wave] >= 0) continue;
                    int last = -1;
                    for (std::size_t w = 0; w < wave; ++w)
                        if (person.role[w] >= 0) last = person.role[w];
                    if (last < 0) continue;
                    const bool same_role = last == static_cast<int>(r);
                    if ((same_role && random.chance(come_back)) ||
                        (!same_role && role_changes && random.chance(0.08))) {
                        person.role[wave] = static_cast<int>(r);
                        ++placed;
                    }
                }
                for (; placed < wanted; ++placed) {
                    Person person;
                    person.territory = t;
                    char code[16];
                    std::snprintf(code, sizeof code, "RSP%04zu", study.people.size());
                    person.code = code;
                    person.role.assign(study.waves, -1);
                    person.role[wave] = static_cast<int>(r);
                    study.people.push_back(std::move(person));
                }
            }
}

// Free texts and ratings as the demo makes them: a respondent writes about
// some services, a sentence or two per facet, and keeps some of them at the
// next wave (the same words, so a text can be followed across waves). Every
// text is as good as unique, as free texts are: an attacker can match it
// between reports.
void answer_expectations(RandomStudy& study, Random& random) {
    std::map<std::size_t, std::vector<FreeText>> last;  // person -> texts at their last wave
    int serial = 0;
    for (std::size_t wave = 0; wave < study.waves; ++wave)
        for (std::size_t p = 0; p < study.people.size(); ++p) {
            const Person& person = study.people[p];
            if (person.role[wave] < 0) continue;
            Answer answer;
            answer.person = p;
            answer.wave = wave;
            answer.territory = person.territory;
            answer.role = static_cast<std::size_t>(person.role[wave]);
            std::map<std::pair<std::string, std::string>, std::vector<FreeText>> cells;
            for (const FreeText& text : last[p])
                if (random.chance(0.55)) cells[{text.service, text.facet}].push_back(text);
            for (const std::string& service : kServices) {
                if (!random.chance(0.3)) continue;
                for (int f = random.between(1, 2); f > 0; --f) {
                    const std::string& facet = random.pick(kFacets);
                    for (int n = random.between(1, 2); n > 0; --n) {
                        const Phrase& phrase = random.pick(kPhrases);
                        FreeText text;
                        text.service = service;
                        text.facet = facet;
                        text.text = phrase.text + " - note " + std::to_string(++serial);
                        text.themes = phrase.themes;
                        cells[{service, facet}].push_back(text);
                    }
                }
            }
            for (auto& [cell, texts] : cells)
                for (std::size_t i = 0; i < texts.size(); ++i) {
                    texts[i].index = i;
                    answer.texts.push_back(texts[i]);
                }
            last[p] = answer.texts;
            const int base = random.between(1, 5);
            for (const std::string& service : kServices)
                if (random.chance(0.85))
                    answer.ratings["collaboration_" + service] =
                        std::clamp(base + random.between(-1, 1) + static_cast<int>(wave), 1, 5);
            study.answers.push_back(std::move(answer));
        }
}

// Likert answers and network maps as the demo makes them: each territory has
// its actors, each placed first on the territory's ring give or take one,
// then moving inward now and then; a respondent places most of them (never
// their own service, which is the centre), and a few draw no map.
void answer_network(RandomStudy& study, Random& random) {
    struct Actor {
        std::string key, service, name;
        int ring_first = 2;
    };
    std::vector<std::vector<Actor>> actors(study.territories);
    for (std::size_t t = 0; t < study.territories; ++t) {
        for (const std::string& service : kCatalogue)
            if (random.chance(0.4)) actors[t].push_back({"service:" + service, service, "", 0});
        for (const std::string& name : kFreeNames)
            if (random.chance(0.4)) {
                std::string key;
                for (char c : name) key += static_cast<char>(std::tolower(c));
                actors[t].push_back({"name:" + key, "", name, 0});
            }
        for (Actor& actor : actors[t]) actor.ring_first = random.between(1, 4);
    }
    std::map<std::pair<std::size_t, std::string>, int> rings;  // (person, actor) -> last ring
    for (std::size_t wave = 0; wave < study.waves; ++wave)
        for (std::size_t p = 0; p < study.people.size(); ++p) {
            const Person& person = study.people[p];
            if (person.role[wave] < 0) continue;
            Answer answer;
            answer.person = p;
            answer.wave = wave;
            answer.territory = person.territory;
            answer.role = static_cast<std::size_t>(person.role[wave]);
            const int base = random.between(1, 5);
            for (std::size_t d = 0; d < kItemPrefixes.size(); ++d) {
                if (random.chance(0.07)) continue;  // this dimension left unanswered
                for (int i = 0; i < 3; ++i)
                    answer.items[d].push_back(std::clamp(
                        base + random.between(-1, 1) + (wave > 0 && random.chance(0.3)), 1, 5));
            }
            answer.map = random.chance(0.85);
            if (answer.map) {
                answer.centre = centre_of(answer.role);
                for (const Actor& actor : actors[person.territory]) {
                    if (actor.service == answer.centre || !random.chance(0.75)) continue;
                    const auto key = std::make_pair(p, actor.key);
                    const auto found = rings.find(key);
                    int ring = found == rings.end()
                                   ? actor.ring_first +
                                         (random.chance(0.25) ? (random.chance(0.5) ? 1 : -1) : 0)
                                   : found->second - (random.chance(0.3) ? 1 : 0) +
                                         (random.chance(0.05) ? 1 : 0);
                    ring = std::clamp(ring, 1, 4);
                    rings[key] = ring;
                    Placement placed{actor.key, actor.service, actor.name, ring, std::nullopt};
                    if (random.chance(0.8)) placed.intensity = random.between(1, 3);
                    answer.placements.push_back(placed);
                }
            }
            study.answers.push_back(std::move(answer));
        }
}

RandomStudy make_study(Kind kind, std::uint64_t seed) {
    Random random(seed * 7919 + (kind == Kind::Network ? 17 : 0));
    RandomStudy study;
    study.kind = kind;
    study.seed = seed;
    study.territories = static_cast<std::size_t>(random.between(2, 4));
    study.roles = static_cast<std::size_t>(random.between(2, 3));
    study.waves = static_cast<std::size_t>(random.between(2, 3));
    study.k = random.between(3, 6);
    place_people(study, random, random.chance(0.5));
    if (kind == Kind::Expectations)
        answer_expectations(study, random);
    else
        answer_network(study, random);
    return study;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The study in a fresh SQLite file, responses scored by the plugin.
void store_study(Engine& engine, RandomStudy& random_study, const std::string& path) {
    const std::string form = form_id(random_study.kind);
    {
        auto store = Store::open(path);
        Study study;
        study.id = "extras";
        study.title = LocalizedText("Extras property test study");
        study.min_cell = random_study.k;
        for (std::size_t t = 0; t < random_study.territories; ++t)
            study.territories.push_back({territory_id(t), LocalizedText(territory_id(t))});
        for (std::size_t r = 0; r < random_study.roles; ++r)
            study.roles.push_back({role_id(r), LocalizedText(role_id(r))});
        const char* dates[] = {"2023-12-01", "2024-03-05", "2024-10-15"};
        for (std::size_t w = 0; w < random_study.waves; ++w)
            study.waves.push_back(
                {wave_id(w), dates[w], static_cast<int>(w + 1), LocalizedText(wave_id(w))});
        study.services = sonda::test::shipped_demo_study().services;
        store->save_study(study);
        store->save_form(FormRecord{
            form, 1, form, read_file(std::string(SONDA_SOURCE_DIR) + "/forms/" + form + ".json")});
    }
    Project project(engine, path);
    const int version = project.form(form).version;
    std::vector<StoredResponse> batch;
    int serial = 0;
    for (Answer& answer : random_study.answers) {
        Response response;
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++serial);
        answer.id = id;
        response.id = id;
        response.form = form;
        response.form_version = version;
        response.wave = wave_id(answer.wave);
        response.territory = territory_id(answer.territory);
        response.role = role_id(answer.role);
        response.respondent = random_study.people[answer.person].code;
        response.answers = new Poco::JSON::Object;
        if (random_study.kind == Kind::Expectations) {
            Poco::JSON::Object::Ptr matrix = new Poco::JSON::Object;
            for (const FreeText& text : answer.texts) {
                Poco::JSON::Object::Ptr row = matrix->getObject(text.service);
                if (!row) {
                    row = new Poco::JSON::Object;
                    matrix->set(text.service, row);
                }
                Poco::JSON::Array::Ptr list = row->getArray(text.facet);
                if (!list) {
                    list = new Poco::JSON::Array;
                    row->set(text.facet, list);
                }
                list->add(text.text);
            }
            if (matrix->size() > 0) response.answers->set("expectations", matrix);
            for (const auto& [item, value] : answer.ratings) response.answers->set(item, value);
        } else {
            for (std::size_t d = 0; d < kItemPrefixes.size(); ++d)
                for (std::size_t i = 0; i < answer.items[d].size(); ++i)
                    response.answers->set(kItemPrefixes[d] + "_" + std::to_string(i + 1),
                                          answer.items[d][i]);
            if (answer.map) {
                Poco::JSON::Object::Ptr map = new Poco::JSON::Object;
                map->set("centre", answer.centre);
                Poco::JSON::Array::Ptr actors = new Poco::JSON::Array;
                for (const Placement& placed : answer.placements) {
                    Poco::JSON::Object::Ptr actor = new Poco::JSON::Object;
                    if (!placed.service.empty())
                        actor->set("service", placed.service);
                    else
                        actor->set("name", placed.name);
                    actor->set("ring", placed.ring);
                    if (placed.intensity) actor->set("intensity", *placed.intensity);
                    actors->add(actor);
                }
                map->set("actors", actors);
                response.answers->set("network_map", map);
            }
        }
        batch.push_back(project.prepare(response));
    }
    auto writer = project.store().begin_write();
    writer->write(batch);
    writer->commit();
}

// --- cells, counts and what the data say -----------------------------------

// A cell of the table: territory and role indices, kAll for every one.
constexpr std::size_t kAll = SIZE_MAX;
using Cell = std::pair<std::size_t, std::size_t>;

std::string cell_name(const Cell& cell) {
    return (cell.first == kAll ? std::string("all territories") : territory_id(cell.first)) +
           " x " + (cell.second == kAll ? std::string("all roles") : role_id(cell.second));
}

std::vector<Cell> all_cells(const RandomStudy& study) {
    std::vector<Cell> cells{{kAll, kAll}};
    for (std::size_t t = 0; t < study.territories; ++t) cells.push_back({t, kAll});
    for (std::size_t r = 0; r < study.roles; ++r) cells.push_back({kAll, r});
    for (std::size_t t = 0; t < study.territories; ++t)
        for (std::size_t r = 0; r < study.roles; ++r) cells.push_back({t, r});
    return cells;
}

bool contains(const Cell& cell, std::size_t territory, std::size_t role) {
    return (cell.first == kAll || cell.first == territory) &&
           (cell.second == kAll || cell.second == role);
}

// Who a count is about: the respondents of the wave, those with a value of
// one dimension, or those who drew a map.
enum class People { Respondents, Dimension0, Dimension1, Dimension2, Dimension3, Drawers };

People dimension_people(std::size_t d) {
    return static_cast<People>(static_cast<int>(People::Dimension0) + static_cast<int>(d));
}

constexpr std::size_t kNoWave = SIZE_MAX;

// One additive count of the instrument at one wave, or over the pairs of two
// waves (the network map's paired moves): its name as read from the JSON
// ("theme texts counselling/continuity", "placed_by service:asl"...).
struct Count {
    std::string name;
    std::size_t wave = 0;
    std::size_t to = kNoWave;  // a count over the pairs wave -> to

    bool paired() const { return to != kNoWave; }
    bool operator<(const Count& other) const {
        return std::tie(name, wave, to) < std::tie(other.name, other.wave, other.to);
    }
    std::string describe() const {
        return paired() ? name + " over the pairs " + wave_id(wave) + "->" + wave_id(to)
                        : name + " at " + wave_id(wave);
    }
};

People people_of(const std::string& name) {
    for (std::size_t d = 0; d < kDimensionIds.size(); ++d)
        if (name.rfind("band " + kDimensionIds[d] + "/", 0) == 0 ||
            name == "dimension n " + kDimensionIds[d])
            return dimension_people(d);
    if (name == "map respondents" || name.rfind("placed_by ", 0) == 0) return People::Drawers;
    return People::Respondents;
}

// Per wave, what the data say: per territory x role cell (index t * roles + r)
// how many people of each kind and the true value of every count. Over the
// pairs of two waves the unknowns are, per territory, its roles and then
// those who changed role (index t * (roles + 1) + roles): they pair in their
// territory and in everyone but in no role.
struct Truth {
    std::size_t roles = 0;
    std::vector<std::map<People, std::vector<long long>>> people;  // per wave
    std::map<std::pair<std::size_t, std::size_t>, std::vector<long long>>
        pairs;  // who drew both maps
    std::map<Count, std::vector<long long>> counts;

    std::size_t atoms() const { return people.empty() ? 0 : people[0].begin()->second.size(); }
    const std::vector<long long>& of(People kind, std::size_t wave) const {
        return people[wave].at(kind);
    }
    // Those a count is about, per unknown.
    const std::vector<long long>& people_for(const Count& count) const {
        return count.paired() ? pairs.at({count.wave, count.to})
                              : of(people_of(count.name), count.wave);
    }
    std::vector<long long> count(const Count& count) const {
        const auto found = counts.find(count);
        return found == counts.end() ? std::vector<long long>(people_for(count).size(), 0)
                                     : found->second;
    }
    std::vector<int> vector_of(const Cell& cell) const {
        std::vector<int> v(atoms(), 0);
        for (std::size_t i = 0; i < v.size(); ++i) v[i] = contains(cell, i / roles, i % roles);
        return v;
    }
    std::vector<int> vector_for(const Cell& cell, const Count& count) const {
        if (!count.paired()) return vector_of(cell);
        std::vector<int> v(people_for(count).size(), 0);
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::size_t t = i / (roles + 1), r = i % (roles + 1);
            v[i] = (cell.first == kAll || cell.first == t) &&
                   (cell.second == kAll || (r < roles && r == cell.second));
        }
        return v;
    }
    std::string unknown_name(std::size_t i, const Count& count) const {
        if (!count.paired()) return cell_name({i / roles, i % roles});
        const std::size_t t = i / (roles + 1), r = i % (roles + 1);
        return r < roles ? cell_name({t, r}) : "who changed role in " + territory_id(t);
    }
    static long long total(const std::vector<long long>& values, const std::vector<int>& v) {
        long long out = 0;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i]) out += values[i];
        return out;
    }
};

int band_of(double value) { return value < 2.5 ? 0 : value < 3.5 ? 1 : 2; }

Truth truth_of(const RandomStudy& study) {
    Truth truth;
    truth.roles = study.roles;
    const std::size_t atoms = study.territories * study.roles;
    truth.people.resize(study.waves);
    for (auto& wave : truth.people)
        for (People kind : {People::Respondents, People::Dimension0, People::Dimension1,
                            People::Dimension2, People::Dimension3, People::Drawers})
            wave[kind].assign(atoms, 0);
    const auto add = [&](const std::string& name, std::size_t wave, std::size_t atom,
                         long long value) {
        auto& values = truth.counts[{name, wave}];
        if (values.empty()) values.assign(atoms, 0);
        values[atom] += value;
    };
    for (const Answer& answer : study.answers) {
        const std::size_t atom = answer.territory * study.roles + answer.role;
        const std::size_t w = answer.wave;
        truth.people[w][People::Respondents][atom] += 1;
        if (study.kind == Kind::Expectations) {
            add("n", w, atom, 1);
            std::set<std::string> mentioned;
            for (const FreeText& text : answer.texts) {
                if (text.themes.empty()) add("uncoded texts " + text.service, w, atom, 1);
                for (const std::string& theme : text.themes) {
                    add("theme texts " + text.service + "/" + theme, w, atom, 1);
                    mentioned.insert(text.service + "/" + theme);
                }
            }
            for (const std::string& cell : mentioned) add("theme respondents " + cell, w, atom, 1);
            continue;
        }
        for (std::size_t d = 0; d < kDimensionIds.size(); ++d) {
            const std::optional<double> value = answer.dimension(d);
            if (!value) {
                add("dimension missing " + kDimensionIds[d], w, atom, 1);
                continue;
            }
            truth.people[w][dimension_people(d)][atom] += 1;
            add("dimension n " + kDimensionIds[d], w, atom, 1);
            add("band " + kDimensionIds[d] + "/" +
                    kBands[static_cast<std::size_t>(band_of(*value))],
                w, atom, 1);
        }
        if (answer.map) {
            truth.people[w][People::Drawers][atom] += 1;
            add("map respondents", w, atom, 1);
            for (const Placement& placed : answer.placements)
                add("placed_by " + placed.key, w, atom, 1);
        }
    }
    if (study.kind != Kind::Network) return truth;
    // The paired moves: per respondent who drew a map at both waves, how
    // their actors moved (network_map_comparison.cpp, count_moves).
    std::map<std::pair<std::size_t, std::size_t>, const Answer*> by_person;  // (person, wave)
    for (const Answer& answer : study.answers) by_person[{answer.person, answer.wave}] = &answer;
    const std::size_t unknowns = study.territories * (study.roles + 1);
    for (std::size_t a = 0; a < study.waves; ++a)
        for (std::size_t b = a + 1; b < study.waves; ++b) {
            std::vector<long long>& pairs = truth.pairs[{a, b}];
            pairs.assign(unknowns, 0);
            std::map<std::string, std::vector<long long>> moves;
            const auto add_move = [&](const std::string& name, std::size_t unknown, long long n) {
                auto& values = moves["paired " + name];
                if (values.empty()) values.assign(unknowns, 0);
                values[unknown] += n;
            };
            for (std::size_t p = 0; p < study.people.size(); ++p) {
                const auto from = by_person.find({p, a}), to = by_person.find({p, b});
                if (from == by_person.end() || to == by_person.end() || !from->second->map ||
                    !to->second->map)
                    continue;
                const std::size_t unknown =
                    study.people[p].territory * (study.roles + 1) +
                    (from->second->role == to->second->role ? to->second->role : study.roles);
                pairs[unknown] += 1;
                add_move("pairs", unknown, 1);
                std::map<std::string, int> earlier;
                for (const Placement& placed : from->second->placements)
                    earlier[placed.key] = placed.ring;
                long long inward = 0, outward = 0, unchanged = 0, appeared = 0;
                for (const Placement& placed : to->second->placements) {
                    const auto found = earlier.find(placed.key);
                    if (found == earlier.end()) {
                        ++appeared;
                        continue;
                    }
                    if (placed.ring < found->second)
                        ++inward;
                    else if (placed.ring > found->second)
                        ++outward;
                    else
                        ++unchanged;
                    earlier.erase(found);
                }
                const long long disappeared = static_cast<long long>(earlier.size());
                add_move("moves moved_inward", unknown, inward);
                add_move("moves moved_outward", unknown, outward);
                add_move("moves unchanged", unknown, unchanged);
                add_move("moves appeared", unknown, appeared);
                add_move("moves disappeared", unknown, disappeared);
                add_move("respondents_with_moves", unknown,
                         inward + outward + appeared + disappeared > 0 ? 1 : 0);
            }
            for (auto& [name, values] : moves) truth.counts[{name, a, b}] = values;
        }
    return truth;
}

// --- what every report publishes ---------------------------------------------

// A free text as a report shows it inside one group.
struct ShownText {
    Cell group;
    std::optional<std::string> territory;      // absent: the group may not name it
    std::pair<std::size_t, std::size_t> pair;  // the comparison that showed it
};

struct Published {
    std::map<Count, std::map<Cell, long long>> counts;
    // Texts by wave and text: every group that listed it. And the groups
    // whose list of texts at a wave was shown (complete).
    std::map<std::pair<std::size_t, std::string>, std::vector<ShownText>> texts;
    std::set<std::pair<std::size_t, Cell>> text_lists;
    // Per wave pair, the status of each cell a report showed.
    std::map<std::pair<std::size_t, std::size_t>, std::map<Cell, std::string>> status;
    long long reports = 0, groups = 0, withheld_groups = 0, with_extras = 0;
    std::set<std::string> actors;  // every actor key a report names
};

struct Leaks {
    long long count = 0;
    std::vector<std::string> first;  // the first few, for the message
    void add(const std::string& text) {
        if (++count <= 10) first.push_back(text);
    }
};

std::string describe(const ReportRequest& request) {
    std::ostringstream out;
    out << "--form " << request.form << " --from " << request.from_wave << " --to "
        << request.to_wave << " --by "
        << (request.by == GroupBy::Territory ? "territory"
            : request.by == GroupBy::Role    ? "role"
                                             : "none");
    if (!request.territories.empty()) out << " --territory " << request.territories[0];
    if (!request.roles.empty()) out << " --role " << request.roles[0];
    return out.str();
}

std::optional<long long> number_at(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object || !object->has(key)) return std::nullopt;
    const Poco::Dynamic::Var value = object->get(key);
    if (value.isEmpty()) return std::nullopt;
    return value.convert<long long>();
}

class Collector {
  public:
    Collector(const RandomStudy& study, const Truth& truth, Published& published, Leaks& leaks)
        : m_study(study), m_truth(truth), m_published(published), m_leaks(leaks) {
        for (const Answer& answer : study.answers)
            for (const FreeText& text : answer.texts)
                m_origin[{answer.wave, text.text}] = {answer.territory, answer.role};
    }

    void report(const ReportRequest& request, const Report& report, std::size_t from,
                std::size_t to) {
        m_request = describe(request);
        ++m_published.reports;
        const Poco::JSON::Object::Ptr json = report_to_json(report);
        std::ostringstream text;
        Poco::JSON::Stringifier::stringify(json, text);
        check_no_codes(text.str());
        const std::size_t fixed_territory =
            request.territories.size() == 1 ? index_of(request.territories[0]) : kAll;
        const std::size_t fixed_role =
            request.roles.size() == 1 ? index_of(request.roles[0]) : kAll;
        const Poco::JSON::Array::Ptr groups = json->getArray("groups");
        for (std::size_t g = 0; g < groups->size(); ++g) {
            const Poco::JSON::Object::Ptr group = groups->getObject(static_cast<unsigned>(g));
            ++m_published.groups;
            Cell cell{fixed_territory, fixed_role};
            const std::string id = group->getValue<std::string>("group");
            if (request.by == GroupBy::Territory) cell.first = index_of(id);
            if (request.by == GroupBy::Role) cell.second = index_of(id);
            const Poco::Dynamic::Var withheld = group->get("withheld");
            const std::string status = withheld.isEmpty() ? "published" : withheld.toString();
            record_status({from, to}, cell, status);
            const Poco::JSON::Object::Ptr extras = group->getObject("instrument");
            if (!withheld.isEmpty()) {
                ++m_published.withheld_groups;
                if (extras) fail(cell_name(cell) + " is withheld (" + status + ") but has extras");
                continue;
            }
            if (!extras) continue;
            ++m_published.with_extras;
            if (m_study.kind == Kind::Expectations)
                expectations(extras, cell, from, to);
            else
                network(extras, cell, from, to);
        }
    }

  private:
    std::size_t index_of(const std::string& id) const {
        return std::stoul(id.substr(id.find('_') + 1));
    }

    void fail(const std::string& what) {
        m_leaks.add(m_study.describe() + ": `" + m_request + "`: " + what);
    }

    void check_no_codes(const std::string& json) {
        if (json.find("00000000-0000-4000-8000-") != std::string::npos)
            fail("the JSON holds a response id");
        if (json.find("\"RSP") != std::string::npos || json.find("RSP0") != std::string::npos)
            fail("the JSON holds a respondent code");
    }

    void record_status(const std::pair<std::size_t, std::size_t>& pair, const Cell& cell,
                       const std::string& status) {
        const auto [entry, inserted] = m_published.status[pair].emplace(cell, status);
        if (!inserted && entry->second != status)
            fail(cell_name(cell) + " is " + status + " here but " + entry->second + " elsewhere");
    }

    // One published count of a group at a wave: (a), and the same as the data.
    void record(const std::string& name, std::size_t wave, const Cell& cell, long long value) {
        record(Count{name, wave, kNoWave}, cell, value);
    }
    void record(const Count& count, const Cell& cell, long long value) {
        const std::vector<int> v = m_truth.vector_for(cell, count);
        const long long people = Truth::total(m_truth.people_for(count), v);
        if (people >= 1 && people < m_study.k)
            fail(count.describe() + " of " + cell_name(cell) + " is published (" +
                 std::to_string(value) + ") and describes " + std::to_string(people) + " people");
        const long long truth = Truth::total(m_truth.count(count), v);
        if (truth != value)
            fail(count.describe() + " of " + cell_name(cell) + " is published as " +
                 std::to_string(value) + "; the data give " + std::to_string(truth));
        const auto [entry, inserted] = m_published.counts[count].emplace(cell, value);
        if (!inserted && entry->second != value)
            fail(count.describe() + " of " + cell_name(cell) + " differs between reports");
    }

    void expectations(const Poco::JSON::Object::Ptr& extras, const Cell& cell, std::size_t from,
                      std::size_t to) {
        const std::size_t waves[2] = {from, to};
        const char* sides[2] = {"_from", "_to"};
        for (int s = 0; s < 2; ++s) {
            if (const auto n = number_at(extras, std::string("n") + sides[s]))
                record("n", waves[s], cell, *n);
        }
        const Poco::JSON::Array::Ptr counts = extras->getArray("theme_counts");
        REQUIRE(counts);
        for (std::size_t i = 0; i < counts->size(); ++i) {
            const Poco::JSON::Object::Ptr entry = counts->getObject(static_cast<unsigned>(i));
            const std::string what = entry->getValue<std::string>("service") + "/" +
                                     entry->getValue<std::string>("theme");
            for (int s = 0; s < 2; ++s) {
                if (const auto texts = number_at(entry, std::string("texts") + sides[s]))
                    record("theme texts " + what, waves[s], cell, *texts);
                if (const auto people = number_at(entry, std::string("respondents") + sides[s]))
                    record("theme respondents " + what, waves[s], cell, *people);
            }
        }
        const Poco::JSON::Array::Ptr uncoded = extras->getArray("uncoded");
        REQUIRE(uncoded);
        for (std::size_t i = 0; i < uncoded->size(); ++i) {
            const Poco::JSON::Object::Ptr entry = uncoded->getObject(static_cast<unsigned>(i));
            for (int s = 0; s < 2; ++s)
                if (const auto texts = number_at(entry, std::string("texts") + sides[s]))
                    record("uncoded texts " + entry->getValue<std::string>("service"), waves[s],
                           cell, *texts);
        }
        const Poco::JSON::Object::Ptr coded = extras->getObject("coded_texts");
        REQUIRE(coded);
        // Texts are listed for everyone and for a territory over every role,
        // never for a role or a territory x role (CompareOptions::list_texts).
        const bool listed = extras->getValue<bool>("texts_listed");
        if (listed != (cell.second == kAll)) fail("texts_listed is wrong for " + cell_name(cell));
        for (int s = 0; s < 2; ++s) {
            const bool hidden = extras->getValue<bool>(std::string("suppressed") + sides[s]);
            const Poco::JSON::Array::Ptr list = coded->getArray(s == 0 ? "from" : "to");
            REQUIRE(list);
            if (hidden || !listed) {
                if (list->size() > 0)
                    fail("texts of a hidden wave or an unlisted group are listed");
                continue;
            }
            texts(list, cell, waves[s], {from, to});
        }
    }

    void texts(const Poco::JSON::Array::Ptr& list, const Cell& cell, std::size_t wave,
               const std::pair<std::size_t, std::size_t>& pair) {
        m_published.text_lists.insert({wave, cell});
        std::set<std::string> listed;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Poco::JSON::Object::Ptr text = list->getObject(static_cast<unsigned>(i));
            for (const auto& [key, value] : *text) {
                std::string lower = key;
                std::transform(lower.begin(), lower.end(), lower.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                if (lower.find("respondent") != std::string::npos ||
                    lower.find("response") != std::string::npos)
                    fail("a coded text carries the key '" + key + "'");
            }
            const std::string words = text->getValue<std::string>("text");
            listed.insert(words);
            const auto origin = m_origin.find({wave, words});
            if (origin == m_origin.end() ||
                !contains(cell, origin->second.first, origin->second.second)) {
                fail("the text '" + words + "' is listed in " + cell_name(cell) + " at " +
                     wave_id(wave) + " but was not written there");
                continue;
            }
            ShownText shown{cell, std::nullopt, pair};
            if (text->has("territory")) {
                const std::string territory = text->getValue<std::string>("territory");
                shown.territory = territory;
                const std::size_t t = index_of(territory);
                // The territory's own cell inside the group: published, and
                // not of 1..k-1 respondents at either wave shown.
                const Cell own{t, cell.second};
                if (cell.first != kAll && cell.first != t)
                    fail("a text of " + cell_name(cell) + " is labelled " + territory);
                if (cell.first == kAll) m_labelled.push_back({pair, own, territory});
                for (std::size_t w : {pair.first, pair.second}) {
                    const long long people =
                        Truth::total(m_truth.of(People::Respondents, w), m_truth.vector_of(own));
                    if (people >= 1 && people < m_study.k)
                        fail("a text in " + cell_name(cell) + " at " + wave_id(wave) +
                             " is labelled " + territory + ", and " + cell_name(own) + " has " +
                             std::to_string(people) + " respondents at " + wave_id(w));
                }
            }
            std::vector<ShownText>& seen = m_published.texts[{wave, words}];
            if (std::none_of(seen.begin(), seen.end(), [&](const ShownText& other) {
                    return other.group == shown.group && other.territory == shown.territory &&
                           other.pair == shown.pair;
                }))
                seen.push_back(shown);
        }
        // The list is complete: every text of the group at the wave.
        for (const Answer& answer : m_study.answers)
            if (answer.wave == wave && contains(cell, answer.territory, answer.role))
                for (const FreeText& text : answer.texts)
                    if (!listed.count(text.text))
                        fail("the text '" + text.text + "' of " + cell_name(cell) + " at " +
                             wave_id(wave) + " is not listed");
    }

    void network(const Poco::JSON::Object::Ptr& extras, const Cell& cell, std::size_t from,
                 std::size_t to) {
        const std::size_t waves[2] = {from, to};
        const char* sides[2] = {"from", "to"};
        if (extras->getValue<bool>("suppressed")) return;
        const Poco::JSON::Object::Ptr dimensions = extras->getObject("dimensions");
        REQUIRE(dimensions);
        for (const std::string& id : kDimensionIds) {
            const Poco::JSON::Object::Ptr dimension = dimensions->getObject(id);
            REQUIRE(dimension);
            for (int s = 0; s < 2; ++s) {
                const Poco::JSON::Object::Ptr side = dimension->getObject(sides[s]);
                REQUIRE(side);
                if (const auto n = number_at(side, "n"))
                    record("dimension n " + id, waves[s], cell, *n);
                if (const auto missing = number_at(side, "missing"))
                    record("dimension missing " + id, waves[s], cell, *missing);
                const Poco::JSON::Array::Ptr bands = side->getArray("bands");
                REQUIRE(bands);
                for (std::size_t b = 0; b < bands->size(); ++b) {
                    const Poco::JSON::Object::Ptr band = bands->getObject(static_cast<unsigned>(b));
                    if (const auto count = number_at(band, "count"))
                        record("band " + id + "/" + band->getValue<std::string>("band"), waves[s],
                               cell, *count);
                }
            }
        }
        const Poco::JSON::Object::Ptr map = extras->getObject("network_map");
        REQUIRE(map);
        for (int s = 0; s < 2; ++s)
            if (const auto drawers = number_at(map, std::string("respondents_") + sides[s]))
                record("map respondents", waves[s], cell, *drawers);
        const Poco::JSON::Object::Ptr moves = map->getObject("actors");
        REQUIRE(moves);
        std::set<std::string> listed;
        for (const auto& [move, value] : *moves) {
            const Poco::JSON::Array::Ptr actors = moves->getArray(move);
            REQUIRE(actors);
            for (std::size_t a = 0; a < actors->size(); ++a) {
                const Poco::JSON::Object::Ptr actor = actors->getObject(static_cast<unsigned>(a));
                const std::string key = actor->getValue<std::string>("actor");
                listed.insert(key);
                m_published.actors.insert(key);
                for (int s = 0; s < 2; ++s)
                    if (const auto placed = number_at(actor, std::string("placed_by_") + sides[s]))
                        record("placed_by " + key, waves[s], cell, *placed);
            }
        }
        // The paired moves, over those who drew a map at both waves.
        const Poco::JSON::Object::Ptr paired = map->getObject("paired");
        REQUIRE(paired);
        if (const auto pairs = number_at(paired, "pairs"))
            record(Count{"paired pairs", from, to}, cell, *pairs);
        if (const auto with_moves = number_at(paired, "respondents_with_moves"))
            record(Count{"paired respondents_with_moves", from, to}, cell, *with_moves);
        if (const Poco::JSON::Object::Ptr totals = paired->getObject("moves"))
            for (const char* move :
                 {"moved_inward", "moved_outward", "unchanged", "appeared", "disappeared"})
                if (const auto n = number_at(totals, move))
                    record(Count{std::string("paired moves ") + move, from, to}, cell, *n);
        // No actor withheld here: every other actor was placed by nobody.
        if (number_at(map, "actors_withheld").value_or(-1) == 0)
            m_unlisted.push_back({cell, from, to, listed});
    }

  public:
    // Known zeros of actors not listed where nothing is withheld: recorded
    // once every actor a report names is known.
    void finish() {
        for (const auto& [cell, from, to, listed] : m_unlisted)
            for (const std::string& key : m_published.actors)
                if (!listed.count(key))
                    for (std::size_t w : {from, to}) record("placed_by " + key, w, cell, 0);
        // A territory labelled on a text whose own cell the report never showed
        // in that comparison: check its status now.
        for (const auto& [pair, own, territory] : m_labelled) {
            const auto& statuses = m_published.status[pair];
            const auto status = statuses.find(own);
            if (status != statuses.end() && status->second != "published")
                fail("a text is labelled " + territory + ", whose cell " + cell_name(own) + " is " +
                     status->second + " in " + wave_id(pair.first) + "->" + wave_id(pair.second));
        }
    }

  private:
    struct Unlisted {
        Cell cell;
        std::size_t from, to;
        std::set<std::string> listed;
    };
    struct Labelled {
        std::pair<std::size_t, std::size_t> pair;
        Cell own;
        std::string territory;
    };

    const RandomStudy& m_study;
    const Truth& m_truth;
    Published& m_published;
    Leaks& m_leaks;
    std::string m_request;
    std::map<std::pair<std::size_t, std::string>, std::pair<std::size_t, std::size_t>> m_origin;
    std::vector<Unlisted> m_unlisted;
    std::vector<Labelled> m_labelled;
};

// Every full report the CLI can produce on the form: each wave pair, each
// --by, no filter or one territory and/or one role.
Published publish_everything(Project& project, const RandomStudy& study, const Truth& truth,
                             Leaks& leaks) {
    Published published;
    Collector collector(study, truth, published, leaks);
    std::vector<std::optional<std::size_t>> territories{std::nullopt}, roles{std::nullopt};
    for (std::size_t t = 0; t < study.territories; ++t) territories.push_back(t);
    for (std::size_t r = 0; r < study.roles; ++r) roles.push_back(r);
    for (std::size_t from = 0; from < study.waves; ++from)
        for (std::size_t to = from + 1; to < study.waves; ++to)
            for (GroupBy by : {GroupBy::Territory, GroupBy::Role, GroupBy::None})
                for (const auto& territory : territories)
                    for (const auto& role : roles) {
                        ReportRequest request;
                        request.form = form_id(study.kind);
                        request.from_wave = wave_id(from);
                        request.to_wave = wave_id(to);
                        request.by = by;
                        if (territory) request.territories = {territory_id(*territory)};
                        if (role) request.roles = {role_id(*role)};
                        Report report;
                        try {
                            report = build_report(project, request);
                        } catch (const std::exception& error) {
                            leaks.add(study.describe() + ": `" + describe(request) +
                                      "` failed: " + error.what());
                            continue;
                        }
                        collector.report(request, report, from, to);
                    }
    collector.finish();
    return published;
}

// --- the attacker --------------------------------------------------------------

// (b) and (c) for one count at one wave. What the attacker can solve for
// depends only on which cells are published and which are empty, so counts
// that share both (most theme counts of a wave) are solved once.
class Attacker {
  public:
    Attacker(const RandomStudy& study, const Truth& truth, Leaks& leaks)
        : m_study(study), m_truth(truth), m_leaks(leaks) {}

    void solve(const Count& count, const std::map<Cell, long long>& published) {
        const std::vector<long long>& people = m_truth.people_for(count);
        std::ostringstream key;
        key << count.wave << ":" << count.to << ":";
        for (long long n : people) key << n << ",";
        key << ":";
        for (const auto& [cell, value] : published) key << cell.first << "/" << cell.second << ";";
        auto [found, fresh] = m_solved.try_emplace(key.str());
        if (fresh) found->second = determined(count, people, published);
        const std::vector<long long> values = m_truth.count(count);
        for (const auto& [what, v] : found->second) {
            std::ostringstream text;
            text << m_study.describe() << ": " << count.describe() << ": " << what << " ("
                 << Truth::total(people, v)
                 << " people) is determined: " << Truth::total(values, v);
            m_leaks.add(text.str());
        }
        ++m_counts;
    }

    long long counts() const { return m_counts; }
    std::size_t systems() const { return m_solved.size(); }

  private:
    using Found = std::vector<std::pair<std::string, std::vector<int>>>;

    Found determined(const Count& count, const std::vector<long long>& people,
                     const std::map<Cell, long long>& published) const {
        const std::size_t atoms = people.size();
        LinearKnowledge attacker(atoms);
        for (std::size_t i = 0; i < atoms; ++i)
            if (people[i] == 0) {  // the attacker knows the empty cells
                std::vector<int> v(atoms, 0);
                v[i] = 1;
                attacker.add(v, 0);
            }
        for (const auto& [cell, value] : published)
            attacker.add(m_truth.vector_for(cell, count), static_cast<double>(value));
        Found found;
        // (b) every cell never published with 1..k-1 people.
        for (const Cell& cell : all_cells(m_study)) {
            if (published.count(cell)) continue;
            const std::vector<int> v = m_truth.vector_for(cell, count);
            const long long n = Truth::total(people, v);
            if (n >= 1 && n < m_study.k && attacker.determines(v))
                found.push_back({cell_name(cell), v});
        }
        // (c) every union of two or more non-empty cells under k people (and,
        // over pairs, those who changed role in a territory, alone too).
        std::vector<std::size_t> small;
        for (std::size_t i = 0; i < atoms; ++i)
            if (people[i] > 0 && people[i] < m_study.k) small.push_back(i);
        std::vector<std::size_t> chosen;
        std::function<void(std::size_t, long long)> search = [&](std::size_t next, long long n) {
            const bool changers = chosen.size() == 1 && count.paired() &&
                                  chosen[0] % (m_study.roles + 1) == m_study.roles;
            if (chosen.size() >= 2 || changers) {
                std::vector<int> v(atoms, 0);
                std::string what;
                for (std::size_t i : chosen) {
                    v[i] = 1;
                    what += (what.empty() ? "" : " + ") + m_truth.unknown_name(i, count);
                }
                if (attacker.determines(v)) found.push_back({what, v});
            }
            for (std::size_t j = next; j < small.size(); ++j) {
                if (n + people[small[j]] >= m_study.k) continue;
                chosen.push_back(small[j]);
                search(j + 1, n + people[small[j]]);
                chosen.pop_back();
            }
        };
        search(0, 0);
        return found;
    }

    const RandomStudy& m_study;
    const Truth& m_truth;
    Leaks& m_leaks;
    std::map<std::string, Found> m_solved;
    long long m_counts = 0;
};

// Free texts: every group that lists a text says it was written in that
// group, every group whose list lacks it says it was not, a territory on it
// names the row, and a text without one in a group of every territory comes
// from a territory whose cell there is withheld. What is left must hold k
// respondents or more at that wave.
void narrow_texts(const RandomStudy& study, const Truth& truth, const Published& published,
                  Leaks& leaks, long long& texts_seen) {
    std::map<std::pair<std::size_t, std::string>, std::pair<std::size_t, std::size_t>> origin;
    for (const Answer& answer : study.answers)
        for (const FreeText& text : answer.texts)
            origin[{answer.wave, text.text}] = {answer.territory, answer.role};
    for (const auto& [id, shown] : published.texts) {
        const std::size_t wave = id.first;
        ++texts_seen;
        const std::vector<long long>& people = truth.of(People::Respondents, wave);
        std::vector<int> candidates(people.size(), 0);
        for (std::size_t i = 0; i < people.size(); ++i) candidates[i] = people[i] > 0;
        std::set<Cell> in;
        for (const ShownText& text : shown) {
            in.insert(text.group);
            const std::vector<int> v = truth.vector_of(text.group);
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i]) candidates[i] = 0;
                if (text.territory && i / study.roles != std::stoul(text.territory->substr(10)))
                    candidates[i] = 0;
            }
            if (!text.territory && text.group.first == kAll) {
                // Its territory is one whose cell inside this group is
                // withheld in that comparison (the reports show which).
                const auto statuses = published.status.find(text.pair);
                for (std::size_t i = 0; i < v.size(); ++i) {
                    const Cell own{i / study.roles, text.group.second};
                    if (statuses == published.status.end()) continue;
                    const auto status = statuses->second.find(own);
                    if (status != statuses->second.end() && status->second == "published")
                        candidates[i] = 0;
                }
            }
        }
        for (const auto& [list_wave, group] : published.text_lists) {
            if (list_wave != wave || in.count(group)) continue;
            const std::vector<int> v = truth.vector_of(group);
            for (std::size_t i = 0; i < v.size(); ++i)
                if (v[i]) candidates[i] = 0;
        }
        const auto true_origin = origin.at(id);
        const std::size_t atom = true_origin.first * study.roles + true_origin.second;
        if (!candidates[atom]) {
            leaks.add(study.describe() + ": the reasoning about '" + id.second +
                      "' excludes where it was written (a bug of this test)");
            continue;
        }
        const long long n = Truth::total(people, candidates);
        if (n >= study.k) continue;
        std::string where;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (candidates[i])
                where +=
                    (where.empty() ? "" : " or ") + cell_name({i / study.roles, i % study.roles});
        std::string groups;
        for (const ShownText& text : shown)
            groups += (groups.empty() ? "" : ", ") + cell_name(text.group) +
                      (text.territory ? " (labelled " + *text.territory + ")" : "");
        leaks.add(study.describe() + ": the text '" + id.second + "' at " + wave_id(wave) +
                  " is listed by " + groups + ": it was written in " + where + ", " +
                  std::to_string(n) + " respondents");
    }
}

// What the studies of one test case showed, so that it can say the checks
// checked something (a study whose every group is withheld shows nothing).
struct Totals {
    long long studies = 0, reports = 0, withheld_groups = 0, with_extras = 0, counts = 0,
              systems = 0, texts = 0;
    void check(Kind kind, bool texts_checked) const {
        INFO(studies << " " << form_id(kind) << " studies: " << reports << " reports, "
                     << withheld_groups << " groups withheld, " << with_extras
                     << " groups with extras, " << counts << " counts in " << systems
                     << " systems of equations, " << texts << " texts");
        CHECK(reports > 0);
        CHECK(withheld_groups > 0);
        CHECK(with_extras > 0);
        if (texts_checked)
            CHECK(texts > 0);
        else
            CHECK(counts > systems);
    }
};

enum class Checks { Counts, Texts };

void check_study(Engine& engine, RandomStudy study, Checks checks, Totals& totals) {
    sonda::test::TemporaryDatabase file;
    store_study(engine, study, file.path());
    const Truth truth = truth_of(study);
    Leaks leaks;
    Published published;
    {
        Project project(engine, file.path());
        published = publish_everything(project, study, truth, leaks);
    }
    long long counts = 0, systems = 0, texts = 0;
    if (checks == Checks::Counts) {
        Attacker attacker(study, truth, leaks);
        for (const auto& [count, cells] : published.counts) attacker.solve(count, cells);
        counts = attacker.counts();
        systems = static_cast<long long>(attacker.systems());
    } else {
        narrow_texts(study, truth, published, leaks, texts);
    }
    ++totals.studies;
    totals.reports += published.reports;
    totals.withheld_groups += published.withheld_groups;
    totals.with_extras += published.with_extras;
    totals.counts += counts;
    totals.systems += systems;
    totals.texts += texts;
    for (const std::string& text : leaks.first) FAIL_CHECK(text);
    INFO(study.describe() << ": " << published.reports << " reports, " << published.groups
                          << " groups (" << published.withheld_groups << " withheld), " << counts
                          << " counts in " << systems << " systems, " << texts
                          << " texts: " << leaks.count << " problems");
    CHECK(leaks.count == 0);
    for (const char* suffix : {"-wal", "-shm"}) std::remove((file.path() + suffix).c_str());
}

// Random studies of one kind, seeds 1..`seeds`, each checked one way.
void check_random_studies(Kind kind, Checks checks, std::uint64_t seeds) {
    Engine engine;
    engine.load_plugins();
    Totals totals;
    for (std::uint64_t seed = 1; seed <= seeds; ++seed)
        check_study(engine, make_study(kind, seed), checks, totals);
    totals.check(kind, checks == Checks::Texts);
}

}  // namespace

TEST_CASE("[report] property: no theme count of a small group can be solved for from every report",
          "[report][disclosure]") {
    check_random_studies(Kind::Expectations, Checks::Counts, 16);
}

TEST_CASE(
    "[report] property: no band count, actor placement or paired move of a small group can be "
    "solved for from every report",
    "[report][disclosure]") {
    check_random_studies(Kind::Network, Checks::Counts, 16);
}

// Free texts are as good as unique, so an attacker can follow one through
// every report: each group that lists it contains its writer, each group
// whose complete list lacks it does not, its territory label names the row.
TEST_CASE(
    "[report] property: comparing the reports' free texts narrows none down to fewer than k "
    "respondents",
    "[report][disclosure]") {
    check_random_studies(Kind::Expectations, Checks::Texts, 12);
}

namespace {

// Two waves, the same people at both, `sizes[t][r]` of them per cell; every
// respondent writes one text (coded into a theme) at each wave and draws a map.
RandomStudy study_by_hand(Kind kind, int k, const std::vector<std::vector<int>>& sizes) {
    RandomStudy study;
    study.kind = kind;
    study.by_hand = true;
    study.territories = sizes.size();
    study.roles = sizes[0].size();
    study.waves = 2;
    study.k = k;
    for (std::size_t t = 0; t < sizes.size(); ++t)
        for (std::size_t r = 0; r < sizes[t].size(); ++r)
            for (int i = 0; i < sizes[t][r]; ++i) {
                Person person;
                person.territory = t;
                char code[16];
                std::snprintf(code, sizeof code, "RSP%04zu", study.people.size());
                person.code = code;
                person.role.assign(2, static_cast<int>(r));
                study.people.push_back(std::move(person));
            }
    Random random(99);
    int serial = 0;
    for (std::size_t wave = 0; wave < 2; ++wave)
        for (std::size_t p = 0; p < study.people.size(); ++p) {
            Answer answer;
            answer.person = p;
            answer.wave = wave;
            answer.territory = study.people[p].territory;
            answer.role = static_cast<std::size_t>(study.people[p].role[wave]);
            FreeText text;
            text.service = kServices[p % kServices.size()];
            text.facet = "ask";
            text.text = kPhrases[p % 10].text + " - note " + std::to_string(++serial);
            text.themes = kPhrases[p % 10].themes;
            answer.texts.push_back(text);
            for (const std::string& service : kServices)
                answer.ratings["collaboration_" + service] = random.between(1, 5);
            for (std::size_t d = 0; d < kItemPrefixes.size(); ++d)
                answer.items[d] = {random.between(1, 5), random.between(1, 5),
                                   random.between(1, 5)};
            answer.map = true;
            answer.centre = centre_of(answer.role);
            answer.placements.push_back({"service:asl", "asl", "", random.between(1, 4), 2});
            study.answers.push_back(std::move(answer));
        }
    return study;
}

}  // namespace

// The smallest case: territory_0 x role_0 has 3 people (k = 5), every other
// cell 8, the same people at both waves. That cell is withheld as small, the
// other three protect it, and territory_0 (11 people), role_0 (11) and
// everyone are published.
const std::vector<std::vector<int>> kOneSmallCell{{3, 8}, {8, 8}};

TEST_CASE("[report] property: the counts of one small cell under published margins stay hidden",
          "[report][disclosure]") {
    Engine engine;
    engine.load_plugins();
    Totals expectations, network;
    check_study(engine, study_by_hand(Kind::Expectations, 5, kOneSmallCell), Checks::Counts,
                expectations);
    check_study(engine, study_by_hand(Kind::Network, 5, kOneSmallCell), Checks::Counts, network);
    CHECK(expectations.counts > 0);
    CHECK(network.counts > 0);

    // The attacker of this file does find the cell once one more cell is
    // published: the margins alone leave one degree of freedom, and
    // territory_0 x role_1 takes it away.
    const RandomStudy study = study_by_hand(Kind::Expectations, 5, kOneSmallCell);
    const Truth truth = truth_of(study);
    const Count respondents{"n", 0, kNoWave};
    std::map<Cell, long long> margins;
    for (const Cell& cell : all_cells(study))
        if (cell.first == kAll || cell.second == kAll)
            margins[cell] = Truth::total(truth.count(respondents), truth.vector_of(cell));
    Leaks alone, with_one_more;
    Attacker(study, truth, alone).solve(respondents, margins);
    CHECK(alone.count == 0);
    margins[{0, 1}] = 8;
    Attacker(study, truth, with_one_more).solve(respondents, margins);
    REQUIRE(with_one_more.count > 0);
    CHECK(with_one_more.first[0].find("territory_0 x role_0 (3 people) is determined: 3") !=
          std::string::npos);
}

// The same study, its free texts: `--by territory` lists territory_0's texts
// (labelled territory_0), `--by role` lists role_0's (unlabelled, as
// territory_0 x role_0 is withheld). The texts on both lists are exactly
// those of territory_0 x role_0: 3 people. (`--by none --territory
// territory_0` and `--by none --role role_0` give the same.)
TEST_CASE(
    "[report] property: the free texts of one small cell cannot be picked out by comparing "
    "lists",
    "[report][disclosure]") {
    Engine engine;
    engine.load_plugins();
    Totals totals;
    check_study(engine, study_by_hand(Kind::Expectations, 5, kOneSmallCell), Checks::Texts, totals);
    CHECK(totals.texts > 0);
}
