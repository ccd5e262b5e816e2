// The territory report over 100k and 1M network-dimensions responses, beside
// a bare SQL GROUP BY average over the same scores in the same run (targets:
// under 1 s at 1M and within 5x of the bare query; docs/BENCHMARKS.md).
//
// The databases are generated once through the Store's writer with a fixed
// seed (scores by the real network-dimensions plugin) and kept in the build
// directory: bench-report-<n>.db. Delete them to regenerate.
//
//   build/bin/bench_report --benchmark_counters_tabular=true
#include <Poco/File.h>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>

#include "sonda/engine.hpp"
#include "sonda/report/report.hpp"

namespace {

using namespace sonda;

const std::vector<std::string> kTerritories{"pistoia", "amiata_grossetana", "livorno",
                                            "piana_di_lucca"};
const std::vector<std::string> kRoles{"social_worker", "educator", "psychologist",
                                      "employment_advisor"};
const std::vector<std::string> kDimensions{"sharing", "integration", "consolidation", "capacity"};

std::string database_path(long long responses) {
    return std::string(SONDA_BENCH_DIR) + "/bench-report-" + std::to_string(responses) + ".db";
}

Engine& engine() {
    static Engine* instance = [] {
        auto* made = new Engine;  // lives as long as the process: plugins stay loaded
        made->load_plugins();
        return made;
    }();
    return *instance;
}

std::string read_form() {
    const std::string path = std::string(SONDA_SOURCE_DIR) + "/forms/network-dimensions.json";
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) throw std::runtime_error("cannot open " + path);
    std::string text;
    char buffer[65536];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        text.append(buffer, got);
    std::fclose(file);
    return text;
}

// Half the responses in each of two waves, the same respondents (codes) in
// both, spread over four territories and four roles. Likert answers drift up
// a little between the waves so the report has a change to find.
void generate(const std::string& path, long long responses) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    {
        auto store = Store::open(path);
        Study study;
        study.id = "bench";
        study.title = LocalizedText("Benchmark study");
        for (const std::string& id : kTerritories)
            study.territories.push_back({id, LocalizedText(id)});
        for (const std::string& id : kRoles) study.roles.push_back({id, LocalizedText(id)});
        study.waves = {{"w1", "2023-12-01", 1, LocalizedText("Workshop 1")},
                       {"w2", "2024-03-05", 2, LocalizedText("Workshop 2")}};
        store->save_study(study);
        store->save_form(FormRecord{"network-dimensions", 1, "network-dimensions", read_form()});
    }
    Project project(engine(), path);
    const Form& form = project.form("network-dimensions");
    const Instrument& instrument = project.instrument(form);
    std::mt19937_64 random(20240305);
    std::uniform_int_distribution<int> likert(1, 5), drift(0, 3);
    const long long per_wave = responses / 2;
    auto writer = project.store().begin_write();
    std::vector<StoredResponse> batch;
    batch.reserve(10000);
    long long serial = 0;
    for (int wave = 0; wave < 2; ++wave) {
        for (long long person = 0; person < per_wave; ++person) {
            StoredResponse stored;
            Response& response = stored.response;
            char id[48];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012lld",
                          ++serial % 1000000000000LL);
            response.id = id;
            response.form = form.id;
            response.form_version = form.version;
            response.wave = wave == 0 ? "w1" : "w2";
            response.territory = kTerritories[static_cast<std::size_t>(person % 4)];
            response.role = kRoles[static_cast<std::size_t>((person / 4) % 4)];
            response.respondent = "R" + std::to_string(person);
            response.answers = new Poco::JSON::Object;
            for (const std::string& dimension : kDimensions) {
                const int base = likert(random);
                for (int item = 1; item <= 3; ++item) {
                    int value = base + (wave == 1 && drift(random) == 0 ? 1 : 0) +
                                (likert(random) > 4 ? -1 : 0);
                    response.answers->set(dimension + "_" + std::to_string(item),
                                          std::clamp(value, 1, 5));
                }
            }
            stored.canonical_json = response.to_canonical_json();
            stored.scores = instrument.score(form, response);
            batch.push_back(std::move(stored));
            if (batch.size() == 10000) {
                writer->write(batch);
                batch.clear();
            }
        }
    }
    if (!batch.empty()) writer->write(batch);
    writer->commit();
}

// A database with exactly `responses` responses, generated when missing.
const std::string& database(long long responses) {
    static std::map<long long, std::string> ready;
    auto found = ready.find(responses);
    if (found != ready.end()) return found->second;
    const std::string path = database_path(responses);
    bool usable = false;
    if (Poco::File(path).exists()) {
        try {
            auto store = Store::open(path);
            ResponseFilter filter;
            filter.form = "network-dimensions";
            usable = store->count_responses(filter) == responses;
        } catch (const std::exception&) {
            usable = false;
        }
    }
    if (!usable) {
        std::cerr << "bench_report: generating " << path << " ..." << std::endl;
        generate(path, responses);
    }
    return ready.emplace(responses, path).first->second;
}

void report_by_territory(benchmark::State& state, bool scores_only) {
    const long long responses = state.range(0);
    Project project(engine(), database(responses));
    ReportRequest request;
    request.form = "network-dimensions";
    request.from_wave = "w1";
    request.to_wave = "w2";
    request.by = GroupBy::Territory;
    request.scores_only = scores_only;
    for (auto _ : state) {
        Report report = build_report(project, request);
        if (report.groups.size() != kTerritories.size())
            state.SkipWithError("wrong number of groups");
        benchmark::DoNotOptimize(report);
    }
    state.counters["responses"] = static_cast<double>(responses);
}

// The store's part alone: the scan that feeds the report, visiting every
// batch and touching its values, with no statistics.
void BM_ScoreScan(benchmark::State& state) {
    const long long responses = state.range(0);
    auto store = Store::open(database(responses));
    ResponseFilter filter;
    filter.form = "network-dimensions";
    filter.waves = {"w1", "w2"};
    for (auto _ : state) {
        ScoreDictionaries dictionaries;
        double sum = 0;
        std::size_t rows = 0;
        store->scan_scores(filter, dictionaries, [&](const ScoreBatch& batch) {
            rows += batch.size;
            for (double value : batch.values) sum += std::isnan(value) ? 0 : value;
        });
        if (rows != static_cast<std::size_t>(responses)) state.SkipWithError("rows missing");
        benchmark::DoNotOptimize(sum);
    }
    state.counters["responses"] = static_cast<double>(responses);
}

void BM_ReportByTerritory(benchmark::State& state) { report_by_territory(state, true); }
void BM_ReportByTerritoryFull(benchmark::State& state) { report_by_territory(state, false); }

// MEASUREMENT CODE, not product code: the baseline the report is compared
// with is the plainest query a database can answer over the same scores (one
// average per territory, wave and score) over the layout most favourable to
// it: a narrow long-form table of just those columns, clustered on the
// GROUP BY key so SQLite streams the groups without sorting. The table is
// built once per database from the store's own read (Store::load_scores),
// outside the timing. All product SQL lives in core/src/store/; these
// statements exist only to time the floor.
void check(sqlite3* db, int status, const char* doing) {
    if (status != SQLITE_OK && status != SQLITE_DONE && status != SQLITE_ROW)
        throw std::runtime_error(std::string(doing) + ": " + sqlite3_errmsg(db));
}

void build_baseline_table(const std::string& path) {
    sqlite3* db = nullptr;
    check(db, sqlite3_open(path.c_str(), &db), "opening");
    sqlite3_stmt* exists = nullptr;
    check(db,
          sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE name = 'bench_scores'",
                             -1, &exists, nullptr),
          "checking the baseline table");
    sqlite3_step(exists);
    const bool ready = sqlite3_column_int(exists, 0) == 1;
    sqlite3_finalize(exists);
    if (ready) {
        sqlite3_close(db);
        return;
    }
    std::cerr << "bench_report: building the baseline table in " << path << " ..." << std::endl;
    ScoreColumns columns;
    {
        auto store = Store::open(path);
        ResponseFilter filter;
        filter.form = "network-dimensions";
        columns = store->load_scores(filter);
    }
    check(db,
          sqlite3_exec(db,
                       "CREATE TABLE bench_scores (territory TEXT, wave TEXT, score TEXT, "
                       "respondent TEXT, value REAL, PRIMARY KEY (territory, wave, score, "
                       "respondent)) WITHOUT ROWID; BEGIN",
                       nullptr, nullptr, nullptr),
          "creating the baseline table");
    sqlite3_stmt* insert = nullptr;
    check(db,
          sqlite3_prepare_v2(db, "INSERT INTO bench_scores VALUES (?, ?, ?, ?, ?)", -1, &insert,
                             nullptr),
          "preparing the baseline insert");
    for (std::size_t row = 0; row < columns.size(); ++row) {
        const auto bind = [&](int position, const std::string& text) {
            sqlite3_bind_text(insert, position, text.data(), static_cast<int>(text.size()),
                              SQLITE_STATIC);
        };
        bind(1, columns.territories[static_cast<std::size_t>(columns.territory[row])]);
        bind(2, columns.waves[static_cast<std::size_t>(columns.wave[row])]);
        bind(3, columns.scores[static_cast<std::size_t>(columns.score[row])]);
        bind(4, columns.respondents[static_cast<std::size_t>(columns.respondent[row])]);
        if (std::isnan(columns.value[row]))
            sqlite3_bind_null(insert, 5);
        else
            sqlite3_bind_double(insert, 5, columns.value[row]);
        check(db, sqlite3_step(insert), "filling the baseline table");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "committing");
    sqlite3_close(db);
}

void BM_SqlGroupByAverage(benchmark::State& state) {
    const long long responses = state.range(0);
    const std::string& path = database(responses);
    build_baseline_table(path);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    const char* sql =
        "SELECT territory, wave, score, AVG(value), COUNT(value) FROM bench_scores "
        "WHERE wave IN ('w1', 'w2') GROUP BY territory, wave, score";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
    for (auto _ : state) {
        int rows = 0;
        double sum = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++rows;
            sum += sqlite3_column_double(statement, 3);
        }
        sqlite3_reset(statement);
        // One row per territory x wave x score (the plugin scores the map too).
        if (rows < 4 * 2 * 4)
            state.SkipWithError("fewer groups than territories x waves x dimensions");
        benchmark::DoNotOptimize(sum);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    state.counters["responses"] = static_cast<double>(responses);
}

}  // namespace

BENCHMARK(BM_SqlGroupByAverage)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ScoreScan)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportByTerritory)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
// With alpha and the instrument's extras every response is parsed: measured
// at 100k only (1M would hold a quarter million parsed responses per group).
BENCHMARK(BM_ReportByTerritoryFull)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);

BENCHMARK_MAIN();
