// The territory report over 100k and 1M network-dimensions responses, beside
// a bare SQL GROUP BY average over the same scores in the same run (targets:
// under 1 s at 1M and within 5x of the bare query; docs/BENCHMARKS.md), and
// the full report (alpha and the instrument's extras) beside the scores-only
// one, with its peak memory in a child process (issue 11).
//
// The databases are generated once through the Store's writer with a fixed
// seed (scores by the real network-dimensions plugin) and kept in the build
// directory: bench-report-<n>.db. Delete them to regenerate.
//
//   build/bin/bench_report --benchmark_counters_tabular=true
#include <Poco/File.h>
#include <benchmark/benchmark.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_databases.hpp"
#include "sonda/engine.hpp"
#include "sonda/report/protected_table.hpp"
#include "sonda/report/report.hpp"

extern char** environ;

namespace {

using namespace sonda;
using sonda::bench::database;
using sonda::bench::engine;
using sonda::bench::kTerritories;

ReportRequest bench_request(GroupBy by, bool scores_only) {
    ReportRequest request;
    request.form = "network-dimensions";
    request.from_wave = "w1";
    request.to_wave = "w2";
    request.by = by;
    request.scores_only = scores_only;
    return request;
}

std::size_t expected_groups(GroupBy by) {
    return by == GroupBy::None ? 1 : 4;  // four territories, four roles
}

void report(benchmark::State& state, GroupBy by, bool scores_only, bool maps = false) {
    const long long responses = state.range(0);
    Project project(engine(),
                    maps ? sonda::bench::database_with_maps(responses) : database(responses));
    const ReportRequest request = bench_request(by, scores_only);
    for (auto _ : state) {
        Report built = build_report(project, request);
        if (built.groups.size() != expected_groups(by))
            state.SkipWithError("wrong number of groups");
        benchmark::DoNotOptimize(built);
    }
    state.counters["responses"] = static_cast<double>(responses);
}

// --report-child <by> <responses>: one full report in a fresh process, so
// that its peak RSS is the report's own (BM_ReportPeakRss reads it).
int report_child(const std::string& by_name, long long responses) {
    const GroupBy by = by_name == "none"   ? GroupBy::None
                       : by_name == "role" ? GroupBy::Role
                                           : GroupBy::Territory;
    Project project(engine(), database(responses));
    const Report built = build_report(project, bench_request(by, false));
    return built.groups.size() == expected_groups(by) ? 0 : 1;
}

// Peak RSS of a full report in a child process, per --by (0 none, 1
// territory, 2 role): the memory bound of issue 11 is under 300 MB at 1M.
void BM_ReportPeakRss(benchmark::State& state) {
    static const char* const kBy[] = {"none", "territory", "role"};
    const char* by = kBy[state.range(0)];
    const long long responses = state.range(1);
    database(responses);  // generated (and migrated) outside the child
    const std::string count = std::to_string(responses);
    double peak_mb = 0;
    for (auto _ : state) {
        char self[] = "/proc/self/exe";
        char flag[] = "--report-child";
        std::vector<char> by_arg(by, by + std::strlen(by) + 1);
        std::vector<char> count_arg(count.begin(), count.end());
        count_arg.push_back('\0');
        char* argv[] = {self, flag, by_arg.data(), count_arg.data(), nullptr};
        pid_t child = 0;
        if (posix_spawn(&child, self, nullptr, nullptr, argv, environ) != 0) {
            state.SkipWithError("cannot start the child report");
            return;
        }
        int status = 0;
        rusage usage{};
        wait4(child, &status, 0, &usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("the child report failed");
            return;
        }
        peak_mb = std::max(peak_mb, static_cast<double>(usage.ru_maxrss) / 1024.0);
    }
    state.counters["peak_rss_MB"] = peak_mb;
    state.counters["responses"] = static_cast<double>(responses);
}

// The protected table alone (a part of every report since issue 9): one more
// scan of the two waves and the earlier ones, and the table's audit.
void BM_ProtectForm(benchmark::State& state) {
    const long long responses = state.range(0);
    Project project(engine(), database(responses));
    const Form& form = project.form("network-dimensions");
    for (auto _ : state) {
        ProtectedTable table = protect_form(project, form, {"w1", "w2"}, 5);
        if (table.territories.size() != kTerritories.size())
            state.SkipWithError("wrong number of territories");
        benchmark::DoNotOptimize(table);
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
        if (rows != static_cast<std::size_t>(responses)) {
            const std::string message =
                "scanned " + std::to_string(rows) + " responses, not " + std::to_string(responses);
            state.SkipWithError(message.c_str());
        }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["responses"] = static_cast<double>(responses);
}

void BM_ReportByTerritory(benchmark::State& state) { report(state, GroupBy::Territory, true); }
void BM_ReportByTerritoryFull(benchmark::State& state) { report(state, GroupBy::Territory, false); }
void BM_ReportAll(benchmark::State& state) { report(state, GroupBy::None, true); }
// Every response with a network map: each is read and parsed for the map's extras.
void BM_ReportByTerritoryMaps(benchmark::State& state) {
    report(state, GroupBy::Territory, true, true);
}
void BM_ReportByTerritoryMapsFull(benchmark::State& state) {
    report(state, GroupBy::Territory, false, true);
}
void BM_ReportAllFull(benchmark::State& state) { report(state, GroupBy::None, false); }

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
    if (sonda::bench::is_postgres(path)) {
        state.SkipWithError("the SQLite baseline needs the SQLite databases");
        return;
    }
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
BENCHMARK(BM_ProtectForm)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportByTerritory)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
// With alpha (item answers from the scan) and the instrument's extras.
BENCHMARK(BM_ReportByTerritoryFull)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ReportAll)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportAllFull)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ReportByTerritoryMaps)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportByTerritoryMapsFull)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportPeakRss)
    ->ArgsProduct({{0, 1, 2}, {1000000}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--report-child")
        return report_child(argv[2], std::stoll(argv[3]));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
