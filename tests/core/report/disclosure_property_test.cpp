// Issue 9's property test. For random small studies (2-5 territories, 2-4
// roles, 0-12 respondents per territory x role cell and wave, three waves
// with respondents coming back, k in 3..6), stored in a real SQLite file and
// scored by the real network-dimensions plugin, every report the CLI can
// produce on the form is built with scores_only (every --by, every subset
// filter of territories and roles, sampled beyond 16 subsets; every wave
// pair; refused ones publish nothing) and everything it publishes is
// collected. Then an attacker who holds all of it, and knows which territory
// x role cells are empty, solves exactly (tests/support/linear_knowledge.hpp,
// not the library's audit) for what was withheld:
//  (a) no published figure describes 1..k-1 respondents;
//  (b) no cell whose figures are never published is determined, whatever
//      its size;
//  (c) no union of disjoint never-published cells with fewer than k
//      respondents together is determined (searched as every set of
//      interior cells under k people: any union of disjoint cells is one).
// Per wave and score the unknowns are the sums of the territory x role cells
// and the equations are the published n x mean; per wave pair and score the
// same with the sums of the paired differences (n_paired x diff_mean).
// The same on studies where a few respondents change role between waves,
// and (d) person by person, where the waves and the pairs are one system.
#include <Poco/TemporaryFile.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
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
using sonda::test::Rational;

namespace {

constexpr std::size_t kWaveCount = 3;
const std::array<std::string, 4> kDimensions{"sharing", "integration", "consolidation", "capacity"};
// The score of each dimension: the mean of its three likert items.
const std::array<std::string, 4> kScores{"sharing", "integration", "consolidation_development",
                                         "capacity_building"};

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

  private:
    std::uint64_t m_state;
};

struct Person {
    std::size_t territory = 0;
    std::string code;
    std::array<int, kWaveCount> role{-1, -1, -1};  // -1: absent from that wave
    // Per wave and dimension the three likert answers; empty when skipped.
    std::array<std::array<std::vector<int>, 4>, kWaveCount> items;

    std::optional<double> value(std::size_t wave, std::size_t dimension) const {
        const std::vector<int>& answers = items[wave][dimension];
        if (role[wave] < 0 || answers.empty()) return std::nullopt;
        return (answers[0] + answers[1] + answers[2]) / 3.0;
    }
};

struct RandomStudy {
    std::uint64_t seed = 0;
    std::size_t territories = 0, roles = 0;
    int k = 5;
    bool by_hand = false;
    std::vector<Person> people;

    std::string describe() const {
        std::ostringstream out;
        out << (by_hand ? std::string("study by hand") : "study seed " + std::to_string(seed))
            << ": " << territories << " territories, " << roles << " roles, k = " << k << ", "
            << people.size() << " people";
        return out.str();
    }
};

// Cell sizes 0..12 per wave; who comes back is random (most do); with
// `role_changes` a few come back in another role.
RandomStudy make_study(std::uint64_t seed, bool role_changes) {
    Random random(seed);
    RandomStudy study;
    study.seed = seed;
    study.territories = static_cast<std::size_t>(random.between(2, 5));
    study.roles = static_cast<std::size_t>(random.between(2, 4));
    study.k = random.between(3, 6);
    const double come_back = 0.5 + 0.1 * random.between(0, 4);
    for (std::size_t wave = 0; wave < kWaveCount; ++wave)
        for (std::size_t t = 0; t < study.territories; ++t)
            for (std::size_t r = 0; r < study.roles; ++r) {
                const int wanted = random.between(0, 12);
                int placed = 0;
                // Earlier respondents of this territory not yet in this wave.
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
                    std::snprintf(code, sizeof code, "X%04zu", study.people.size());
                    person.code = code;
                    person.role[wave] = static_cast<int>(r);
                    study.people.push_back(std::move(person));
                }
            }
    for (Person& person : study.people)
        for (std::size_t wave = 0; wave < kWaveCount; ++wave) {
            if (person.role[wave] < 0) continue;
            const int base = random.between(1, 5);
            for (std::size_t d = 0; d < kDimensions.size(); ++d) {
                if (random.chance(0.07)) continue;  // this dimension left unanswered
                for (int i = 0; i < 3; ++i)
                    person.items[wave][d].push_back(std::clamp(
                        base + random.between(-1, 1) + (wave > 0 && random.chance(0.3)), 1, 5));
            }
        }
    return study;
}

std::string territory_id(std::size_t t) { return "territory_" + std::to_string(t); }
std::string role_id(std::size_t r) { return "role_" + std::to_string(r); }
std::string wave_id(std::size_t w) { return "w" + std::to_string(w + 1); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The study in a fresh SQLite file, responses scored by the plugin.
void store_study(Engine& engine, const RandomStudy& random_study, const std::string& path) {
    {
        auto store = Store::open(path);
        Study study;
        study.id = "property";
        study.title = LocalizedText("Property test study");
        study.min_cell = random_study.k;
        for (std::size_t t = 0; t < random_study.territories; ++t)
            study.territories.push_back({territory_id(t), LocalizedText(territory_id(t))});
        for (std::size_t r = 0; r < random_study.roles; ++r)
            study.roles.push_back({role_id(r), LocalizedText(role_id(r))});
        const char* dates[] = {"2023-12-01", "2024-03-05", "2024-10-15"};
        for (std::size_t w = 0; w < kWaveCount; ++w)
            study.waves.push_back(
                {wave_id(w), dates[w], static_cast<int>(w + 1), LocalizedText(wave_id(w))});
        study.services = sonda::test::shipped_demo_study().services;
        store->save_study(study);
        store->save_form(FormRecord{
            "network-dimensions", 1, "network-dimensions",
            read_file(std::string(SONDA_SOURCE_DIR) + "/forms/network-dimensions.json")});
    }
    Project project(engine, path);
    const int version = project.form("network-dimensions").version;
    std::vector<StoredResponse> batch;
    int serial = 0;
    for (const Person& person : random_study.people)
        for (std::size_t w = 0; w < kWaveCount; ++w) {
            if (person.role[w] < 0) continue;
            Response response;
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++serial);
            response.id = id;
            response.form = "network-dimensions";
            response.form_version = version;
            response.wave = wave_id(w);
            response.territory = territory_id(person.territory);
            response.role = role_id(static_cast<std::size_t>(person.role[w]));
            response.respondent = person.code;
            response.answers = new Poco::JSON::Object;
            for (std::size_t d = 0; d < kDimensions.size(); ++d)
                for (std::size_t i = 0; i < person.items[w][d].size(); ++i)
                    response.answers->set(kDimensions[d] + "_" + std::to_string(i + 1),
                                          person.items[w][d][i]);
            batch.push_back(project.prepare(response));
        }
    auto writer = project.store().begin_write();
    writer->write(batch);
    writer->commit();
}

// A cell of the table: territory and role indices, kAll for every one.
constexpr std::size_t kAll = SIZE_MAX;
using Cell = std::pair<std::size_t, std::size_t>;

std::string cell_name(const Cell& cell) {
    return (cell.first == kAll ? std::string("all territories") : territory_id(cell.first)) +
           " x " + (cell.second == kAll ? std::string("all roles") : role_id(cell.second));
}

// What a figure is about: one wave's values, or the paired differences of
// one wave pair.
struct Dimension {
    bool pairs = false;
    std::size_t from = 0, to = 0;  // for a wave, from = to = the wave
    std::size_t score = 0;

    bool operator<(const Dimension& other) const {
        return std::tie(pairs, from, to, score) <
               std::tie(other.pairs, other.from, other.to, other.score);
    }
    std::string describe() const {
        return (pairs ? "pairs " + wave_id(from) + "->" + wave_id(to) : "wave " + wave_id(from)) +
               ", score " + kScores[score];
    }
};

struct Figure {
    long long n = 0;
    double sum = 0;
};

// The unknowns of one dimension: its atoms, the smallest groups a published
// figure adds up (the territory x role cells, and for pairs, per territory,
// those who changed role between the two waves: they pair in their
// territory and in everyone but in no role), with their true n and sum.
struct Atoms {
    std::vector<Cell> cells;  // role = kAll marks a territory's role changers
    std::vector<bool> changers;
    std::vector<Figure> truth;

    std::vector<int> of(const Cell& cell) const {
        std::vector<int> v(cells.size(), 0);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool territory = cell.first == kAll || cell.first == cells[i].first;
            const bool role = changers[i] ? cell.second == kAll
                                          : cell.second == kAll || cell.second == cells[i].second;
            v[i] = territory && role ? 1 : 0;
        }
        return v;
    }
    Figure total(const std::vector<int>& v) const {
        Figure out;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i]) out.n += truth[i].n, out.sum += truth[i].sum;
        return out;
    }
};

Atoms atoms_of(const RandomStudy& study, const Dimension& dimension) {
    Atoms atoms;
    for (std::size_t t = 0; t < study.territories; ++t) {
        for (std::size_t r = 0; r < study.roles; ++r) {
            atoms.cells.push_back({t, r});
            atoms.changers.push_back(false);
        }
        if (dimension.pairs) {
            atoms.cells.push_back({t, kAll});
            atoms.changers.push_back(true);
        }
    }
    atoms.truth.assign(atoms.cells.size(), Figure{});
    const auto add = [&](std::size_t atom, double value) {
        atoms.truth[atom].n += 1;
        atoms.truth[atom].sum += value;
    };
    const std::size_t per_territory = study.roles + (dimension.pairs ? 1 : 0);
    for (const Person& person : study.people) {
        const std::size_t base = person.territory * per_territory;
        if (!dimension.pairs) {
            if (const auto value = person.value(dimension.from, dimension.score))
                add(base + static_cast<std::size_t>(person.role[dimension.from]), *value);
            continue;
        }
        const auto from = person.value(dimension.from, dimension.score);
        const auto to = person.value(dimension.to, dimension.score);
        if (!from || !to) continue;
        const int role_from = person.role[dimension.from], role_to = person.role[dimension.to];
        add(role_from == role_to ? base + static_cast<std::size_t>(role_to) : base + study.roles,
            *to - *from);
    }
    return atoms;
}

struct Published {
    std::map<Dimension, std::map<Cell, Figure>> figures;
    long long reports = 0, refused = 0, groups = 0, withheld_groups = 0;
};

std::vector<std::vector<std::size_t>> all_subsets(std::size_t size) {
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t mask = 0; mask < (std::size_t{1} << size); ++mask) {
        std::vector<std::size_t> subset;
        for (std::size_t i = 0; i < size; ++i)
            if (mask >> i & 1) subset.push_back(i);
        out.push_back(subset);
    }
    return out;
}

// Filters on a dimension of `size` ids: every subset, or when there are more
// than 16 (five territories) the empty one, the full one, each single id,
// and a fixed sample of the rest.
std::vector<std::vector<std::size_t>> filters(std::size_t size, Random& random) {
    std::vector<std::vector<std::size_t>> subsets = all_subsets(size);
    if (subsets.size() <= 16) return subsets;
    std::vector<std::vector<std::size_t>> out;
    for (const auto& subset : subsets)
        if (subset.size() <= 1 || subset.size() == size || random.chance(0.3))
            out.push_back(subset);
    return out;
}

std::string describe(const ReportRequest& request) {
    std::ostringstream out;
    out << "--from " << request.from_wave << " --to " << request.to_wave << " --by "
        << (request.by == GroupBy::Territory ? "territory"
            : request.by == GroupBy::Role    ? "role"
                                             : "none");
    for (const auto& [flag, ids] : {std::pair<const char*, const std::vector<std::string>&>{
                                        " --territory ", request.territories},
                                    {" --role ", request.roles}}) {
        if (ids.empty()) continue;
        out << flag;
        for (std::size_t i = 0; i < ids.size(); ++i) out << (i ? "," : "") << ids[i];
    }
    return out.str();
}

// Builds every report and collects what it publishes; checks (a) on the way.
Published publish_everything(Project& project, const RandomStudy& study) {
    Published published;
    Random sample(study.seed ^ 0x5eed);
    std::map<std::string, std::size_t> score_index;
    for (std::size_t s = 0; s < kScores.size(); ++s) score_index[kScores[s]] = s;
    const auto record = [&](const Dimension& dimension, const Cell& cell, const Figure& figure,
                            const std::string& request) {
        auto [entry, inserted] = published.figures[dimension].emplace(cell, figure);
        if (!inserted &&
            (entry->second.n != figure.n || std::fabs(entry->second.sum - figure.sum) > 1e-6)) {
            FAIL_CHECK(study.describe()
                       << ": " << dimension.describe() << ", " << cell_name(cell)
                       << " published as n = " << figure.n << ", sum " << figure.sum << " by `"
                       << request << "` but as n = " << entry->second.n << ", sum "
                       << entry->second.sum << " elsewhere");
        }
    };
    for (std::size_t from = 0; from < kWaveCount; ++from)
        for (std::size_t to = from + 1; to < kWaveCount; ++to)
            for (GroupBy by : {GroupBy::Territory, GroupBy::Role, GroupBy::None})
                for (const auto& territories : filters(study.territories, sample))
                    for (const auto& roles : filters(study.roles, sample)) {
                        ReportRequest request;
                        request.form = "network-dimensions";
                        request.from_wave = wave_id(from);
                        request.to_wave = wave_id(to);
                        request.by = by;
                        request.scores_only = true;
                        for (std::size_t t : territories)
                            request.territories.push_back(territory_id(t));
                        for (std::size_t r : roles) request.roles.push_back(role_id(r));
                        const bool partial_territories =
                            territories.size() >= 2 && territories.size() < study.territories;
                        const bool partial_roles = roles.size() >= 2 && roles.size() < study.roles;
                        const bool refused = (by != GroupBy::Territory && partial_territories) ||
                                             (by != GroupBy::Role && partial_roles);
                        const std::string text = describe(request);
                        Report report;
                        try {
                            report = build_report(project, request);
                        } catch (const UsageError& error) {
                            if (!refused)
                                FAIL_CHECK(study.describe()
                                           << ": `" << text << "` refused: " << error.what());
                            ++published.refused;
                            continue;
                        }
                        if (refused) {
                            FAIL_CHECK(study.describe()
                                       << ": `" << text << "` combines a subset and was answered");
                        }
                        ++published.reports;
                        // The cell every group shares on the dimension it is not grouped by.
                        const std::size_t fixed_territory =
                            territories.size() == 1 ? territories[0] : kAll;
                        const std::size_t fixed_role = roles.size() == 1 ? roles[0] : kAll;
                        for (const GroupReport& group : report.groups) {
                            ++published.groups;
                            Cell cell{fixed_territory, fixed_role};
                            if (by == GroupBy::Territory)
                                cell.first =
                                    std::stoul(group.group.substr(group.group.find('_') + 1));
                            if (by == GroupBy::Role)
                                cell.second =
                                    std::stoul(group.group.substr(group.group.find('_') + 1));
                            if (group.withheld != Withheld::No) ++published.withheld_groups;
                            for (const ScoreReport& score : group.scores) {
                                const ScoreComparison& stats = score.stats;
                                if (group.withheld != Withheld::No && !stats.suppressed)
                                    FAIL_CHECK(study.describe()
                                               << ": `" << text << "` group " << group.group
                                               << " is withheld but " << stats.score
                                               << " is shown");
                                if (stats.suppressed) continue;
                                // (a) nothing published describes 1..k-1 people.
                                for (const auto& [what, n] :
                                     {std::pair<const char*, long long>{"n_from", stats.n_from},
                                      {"n_to", stats.n_to},
                                      {"n_paired", stats.n_paired}})
                                    if (n >= 1 && n < study.k)
                                        FAIL_CHECK(study.describe()
                                                   << ": `" << text << "` publishes " << what
                                                   << " = " << n << " for " << cell_name(cell)
                                                   << ", score " << stats.score);
                                const auto known = score_index.find(stats.score);
                                if (known == score_index.end()) {
                                    // The network map's scores: nobody drew a map here.
                                    CHECK(stats.n_from == 0);
                                    CHECK(stats.n_to == 0);
                                    continue;
                                }
                                const std::size_t s = known->second;
                                const auto sum = [](long long n,
                                                    const std::optional<double>& mean) {
                                    return n > 0 && mean ? *mean * static_cast<double>(n) : 0.0;
                                };
                                record({false, from, from, s}, cell,
                                       {stats.n_from, sum(stats.n_from, stats.mean_from)}, text);
                                record({false, to, to, s}, cell,
                                       {stats.n_to, sum(stats.n_to, stats.mean_to)}, text);
                                if (stats.design == Design::Paired)
                                    record({true, from, to, s}, cell,
                                           {stats.n_paired, sum(stats.n_paired, stats.diff_mean)},
                                           text);
                            }
                        }
                    }
    return published;
}

// Every cell of the table: everyone, territories, roles, then the interior.
std::vector<Cell> all_cells(const RandomStudy& study) {
    std::vector<Cell> cells{{kAll, kAll}};
    for (std::size_t t = 0; t < study.territories; ++t) cells.push_back({t, kAll});
    for (std::size_t r = 0; r < study.roles; ++r) cells.push_back({kAll, r});
    for (std::size_t t = 0; t < study.territories; ++t)
        for (std::size_t r = 0; r < study.roles; ++r) cells.push_back({t, r});
    return cells;
}

struct Leaks {
    long long count = 0;
    std::vector<std::string> first;  // the first few, for the message
    void add(const std::string& text) {
        if (++count <= 10) first.push_back(text);
    }
};

// (b) and (c) for one dimension.
void solve_dimension(const RandomStudy& study, const Dimension& dimension,
                     const std::map<Cell, Figure>& figures, Leaks& leaks) {
    const Atoms atoms = atoms_of(study, dimension);
    LinearKnowledge attacker(atoms.cells.size());
    for (std::size_t i = 0; i < atoms.cells.size(); ++i)
        if (atoms.truth[i].n == 0) {  // the attacker knows the empty cells
            std::vector<int> v(atoms.cells.size(), 0);
            v[i] = 1;
            attacker.add(v, 0);
        }
    for (const auto& [cell, figure] : figures) {
        const std::vector<int> v = atoms.of(cell);
        // The published figure is the truth (n exactly, the sum to rounding).
        const Figure truth = atoms.total(v);
        if (truth.n != figure.n || std::fabs(truth.sum - figure.sum) > 1e-6)
            FAIL_CHECK(study.describe()
                       << ": " << dimension.describe() << ", " << cell_name(cell)
                       << " published as n = " << figure.n << ", sum " << figure.sum
                       << "; the data give n = " << truth.n << ", sum " << truth.sum);
        attacker.add(v, figure.sum);
    }
    const auto leak = [&](const std::string& what, const std::vector<int>& v, double value) {
        const Figure truth = atoms.total(v);
        std::ostringstream text;
        text << study.describe() << ": " << dimension.describe() << ": " << what
             << " (n = " << truth.n << ") is determined: sum " << value << " (true " << truth.sum
             << ")";
        leaks.add(text.str());
    };
    // (b) every cell that is never published, small or not: two comparisons
    // of one wave withholding one cell with different complements must not
    // give it away together (docs/report.md, "Waves"), nor a complement
    // follow from the pairs.
    for (const Cell& cell : all_cells(study)) {
        if (figures.count(cell)) continue;
        const std::vector<int> v = atoms.of(cell);
        const long long people = atoms.total(v).n;
        if (people == 0) continue;
        if (const auto value = attacker.solve(v)) leak(cell_name(cell), v, *value);
    }
    // (c) every set of non-empty atoms with fewer than k people: every union
    // of disjoint withheld cells under k is one. Single interior cells are
    // (b)'s; a territory's role changers are no cell and are tried alone too.
    std::vector<std::size_t> small;
    for (std::size_t i = 0; i < atoms.cells.size(); ++i)
        if (atoms.truth[i].n > 0 && atoms.truth[i].n < study.k) small.push_back(i);
    std::vector<std::size_t> chosen;
    std::function<void(std::size_t, long long)> search = [&](std::size_t next, long long people) {
        if (!chosen.empty() && (chosen.size() >= 2 || atoms.changers[chosen[0]])) {
            std::vector<int> v(atoms.cells.size(), 0);
            std::string what;
            for (std::size_t i : chosen) {
                v[i] = 1;
                what +=
                    (what.empty() ? "" : " + ") +
                    (atoms.changers[i] ? "role changers of " + territory_id(atoms.cells[i].first)
                                       : cell_name(atoms.cells[i]));
            }
            if (const auto value = attacker.solve(v)) leak(what, v, *value);
        }
        for (std::size_t j = next; j < small.size(); ++j) {
            const long long total = people + atoms.truth[small[j]].n;
            if (total >= study.k) continue;
            chosen.push_back(small[j]);
            search(j + 1, total);
            chosen.pop_back();
        }
    };
    search(0, 0);
}

// (d) Person by person. The tables above treat each wave and each wave pair
// on its own, but they share people: a paired difference is (the pairs' sum
// at `to`) - (their sum at `from`), and the pairs are part of both waves'
// sums. Here the unknowns are the values of groups of people who are alike
// everywhere (same territory, same role or absence at each wave, per score),
// every published figure of every dimension is one equation, and the
// attacker knows who is alike (the structure, not the values). No sum at one
// wave, and no sum of changes across one wave pair, of one or two such groups
// with fewer than k people together may be determined.
void solve_people(const RandomStudy& study, const Published& published, std::size_t score,
                  Leaks& leaks) {
    struct Group {
        std::size_t territory;
        std::array<int, kWaveCount> role;  // -1: absent or this score unanswered
        long long people = 0;
        std::array<double, kWaveCount> sum{};
    };
    std::vector<Group> groups;
    for (const Person& person : study.people) {
        std::array<int, kWaveCount> role{-1, -1, -1};
        for (std::size_t w = 0; w < kWaveCount; ++w)
            if (person.value(w, score)) role[w] = person.role[w];
        if (role == std::array<int, kWaveCount>{-1, -1, -1}) continue;
        auto found = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.territory == person.territory && g.role == role;
        });
        if (found == groups.end()) {
            groups.push_back(Group{person.territory, role, 0, {}});
            found = groups.end() - 1;
        }
        ++found->people;
        for (std::size_t w = 0; w < kWaveCount; ++w)
            if (role[w] >= 0) found->sum[w] += *person.value(w, score);
    }
    // One unknown per group and wave it has values at.
    std::vector<std::array<std::ptrdiff_t, kWaveCount>> unknown(groups.size());
    std::size_t width = 0;
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t w = 0; w < kWaveCount; ++w)
            unknown[g][w] = groups[g].role[w] >= 0 ? static_cast<std::ptrdiff_t>(width++) : -1;
    const auto in_cell = [](const Cell& cell, std::size_t territory, int role) {
        return (cell.first == kAll || cell.first == territory) &&
               (cell.second == kAll || static_cast<int>(cell.second) == role);
    };
    LinearKnowledge attacker(width);
    for (const auto& [dimension, figures] : published.figures) {
        if (dimension.score != score) continue;
        for (const auto& [cell, figure] : figures) {
            std::vector<int> v(width, 0);
            for (std::size_t g = 0; g < groups.size(); ++g) {
                const Group& group = groups[g];
                if (!dimension.pairs) {
                    if (group.role[dimension.from] >= 0 &&
                        in_cell(cell, group.territory, group.role[dimension.from]))
                        v[static_cast<std::size_t>(unknown[g][dimension.from])] = 1;
                    continue;
                }
                const int from = group.role[dimension.from], to = group.role[dimension.to];
                if (from < 0 || to < 0) continue;
                // A pair counts in a role only when it kept it (as the report pairs).
                const bool paired_here =
                    in_cell(cell, group.territory, to) && (cell.second == kAll || from == to);
                if (!paired_here) continue;
                v[static_cast<std::size_t>(unknown[g][dimension.to])] = 1;
                v[static_cast<std::size_t>(unknown[g][dimension.from])] = -1;
            }
            attacker.add(v, figure.sum);
        }
    }
    const auto name = [&](std::size_t g) {
        std::string out =
            std::to_string(groups[g].people) + " of " + territory_id(groups[g].territory) + " (";
        for (std::size_t w = 0; w < kWaveCount; ++w)
            out += (w ? ", " : "") + wave_id(w) + " " +
                   (groups[g].role[w] < 0 ? std::string("-")
                                          : role_id(static_cast<std::size_t>(groups[g].role[w])));
        return out + ")";
    };
    const auto key = [](const std::vector<Rational>& residual, int sign) {
        std::string out;
        for (std::size_t j = 0; j < residual.size(); ++j)
            if (!residual[j].zero())
                out += std::to_string(j) + ":" + std::to_string(sign * residual[j].numerator()) +
                       "/" + std::to_string(residual[j].denominator()) + " ";
        return out;
    };
    // One kind of combination: each group's own (its sum at a wave, or its
    // sum of changes across a pair), tried alone and two by two.
    const auto search = [&](const std::string& what,
                            const std::function<std::optional<std::vector<int>>(std::size_t)>& of,
                            const std::function<double(std::size_t)>& truth) {
        std::vector<std::size_t> candidates;
        std::vector<std::vector<int>> combinations;
        std::map<std::string, std::vector<std::size_t>> by_residual;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].people >= study.k) continue;
            const std::optional<std::vector<int>> v = of(g);
            if (!v) continue;
            const std::vector<Rational> residual = attacker.residual(*v);
            const std::size_t index = candidates.size();
            candidates.push_back(g);
            combinations.push_back(*v);
            const std::string own = key(residual, 1);
            if (own.empty()) {
                std::ostringstream text;
                text << study.describe() << ": " << what << ", score " << kScores[score] << ": the "
                     << name(g) << " is determined: " << *attacker.solve(*v) << " (true "
                     << truth(g) << ")";
                leaks.add(text.str());
                continue;
            }
            const auto partners = by_residual.find(key(residual, -1));
            if (partners != by_residual.end())
                for (std::size_t other : partners->second) {
                    const std::size_t h = candidates[other];
                    if (groups[g].people + groups[h].people >= study.k) continue;
                    std::vector<int> both = *v;
                    for (std::size_t j = 0; j < both.size(); ++j) both[j] += combinations[other][j];
                    std::ostringstream text;
                    text << study.describe() << ": " << what << ", score " << kScores[score]
                         << ": the " << name(g) << " with the " << name(h)
                         << " are determined together: " << *attacker.solve(both) << " (true "
                         << truth(g) + truth(h) << ")";
                    leaks.add(text.str());
                }
            by_residual[own].push_back(index);
        }
    };
    for (std::size_t w = 0; w < kWaveCount; ++w)
        search(
            "sum at " + wave_id(w),
            [&](std::size_t g) -> std::optional<std::vector<int>> {
                if (unknown[g][w] < 0) return std::nullopt;
                std::vector<int> v(width, 0);
                v[static_cast<std::size_t>(unknown[g][w])] = 1;
                return v;
            },
            [&](std::size_t g) { return groups[g].sum[w]; });
    for (std::size_t a = 0; a < kWaveCount; ++a)
        for (std::size_t b = a + 1; b < kWaveCount; ++b)
            search(
                "change " + wave_id(a) + "->" + wave_id(b),
                [&](std::size_t g) -> std::optional<std::vector<int>> {
                    if (unknown[g][a] < 0 || unknown[g][b] < 0) return std::nullopt;
                    std::vector<int> v(width, 0);
                    v[static_cast<std::size_t>(unknown[g][b])] = 1;
                    v[static_cast<std::size_t>(unknown[g][a])] = -1;
                    return v;
                },
                [&](std::size_t g) { return groups[g].sum[b] - groups[g].sum[a]; });
}

enum class Checks { Tables, People };

void check_study(Engine& engine, const RandomStudy& study, Checks checks) {
    sonda::test::TemporaryDatabase file;
    store_study(engine, study, file.path());
    Leaks leaks;
    {
        Project project(engine, file.path());
        const Published published = publish_everything(project, study);
        // The study has small groups and subset filters to refuse: the
        // checks below check something.
        CHECK(published.reports > 0);
        CHECK(published.groups > published.withheld_groups);
        if (study.territories > 2 || study.roles > 2) CHECK(published.refused > 0);
        if (!study.by_hand) CHECK(published.withheld_groups > 0);
        for (std::size_t s = 0; s < kScores.size(); ++s) {
            if (checks == Checks::People) {
                solve_people(study, published, s, leaks);
                continue;
            }
            std::vector<Dimension> dimensions;
            for (std::size_t w = 0; w < kWaveCount; ++w) dimensions.push_back({false, w, w, s});
            for (std::size_t a = 0; a < kWaveCount; ++a)
                for (std::size_t b = a + 1; b < kWaveCount; ++b)
                    dimensions.push_back({true, a, b, s});
            for (const Dimension& dimension : dimensions) {
                const auto found = published.figures.find(dimension);
                static const std::map<Cell, Figure> nothing;
                solve_dimension(study, dimension,
                                found == published.figures.end() ? nothing : found->second, leaks);
            }
        }
    }
    for (const std::string& text : leaks.first) FAIL_CHECK(text);
    INFO(study.describe() << ": " << leaks.count << " withheld sums recovered");
    CHECK(leaks.count == 0);
    for (const char* suffix : {"-wal", "-shm"}) std::remove((file.path() + suffix).c_str());
}

}  // namespace

TEST_CASE("[report] property: nothing withheld can be solved for from every report published",
          "[report][disclosure]") {
    Engine engine;
    engine.load_plugins();
    for (std::uint64_t seed = 1; seed <= 8; ++seed)
        check_study(engine, make_study(seed, false), Checks::Tables);
}

TEST_CASE("[report] property: respondents who change role between waves are no exception",
          "[report][disclosure]") {
    Engine engine;
    engine.load_plugins();
    for (std::uint64_t seed = 101; seed <= 103; ++seed)
        check_study(engine, make_study(seed, true), Checks::Tables);
}

// The smallest case of the above: everyone keeps their role and comes to
// every wave, every cell has at least 6 people, except that one person of
// territory_0 moves from role_0 to role_1 after w1. Their pair counts in
// territory_0 and in everyone but in neither role, so territory_0's
// n_paired x diff_mean minus its two roles' is that one person's change.
TEST_CASE("[report] property: one respondent who changes role is no published remainder",
          "[report][disclosure]") {
    RandomStudy study;
    study.by_hand = true;
    study.territories = 2;
    study.roles = 2;
    study.k = 5;
    int next = 0;
    const auto add = [&](std::size_t territory, std::array<int, kWaveCount> role) {
        Person person;
        person.territory = territory;
        person.code = "X" + std::to_string(1000 + next);
        person.role = role;
        for (std::size_t w = 0; w < kWaveCount; ++w)
            for (std::size_t d = 0; d < kDimensions.size(); ++d)
                for (int i = 0; i < 3; ++i)
                    person.items[w][d].push_back(1 +
                                                 (next * 7 + static_cast<int>(w * 3 + d) + i) % 5);
        ++next;
        study.people.push_back(std::move(person));
    };
    for (std::size_t t = 0; t < 2; ++t)
        for (int r = 0; r < 2; ++r)
            for (int i = 0; i < 6; ++i) add(t, {r, r, r});
    add(0, {0, 1, 1});
    Engine engine;
    engine.load_plugins();
    check_study(engine, study, Checks::Tables);
}

TEST_CASE("[report] property: waves and pairs together give away no small group of people",
          "[report][disclosure]") {
    Engine engine;
    engine.load_plugins();
    for (std::uint64_t seed = 1; seed <= 8; ++seed)
        check_study(engine, make_study(seed, false), Checks::People);
}
