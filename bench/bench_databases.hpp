// The benchmark databases shared by bench_report and bench_dashboard:
// network-dimensions responses in two waves, four territories and four roles,
// the same respondents in both waves, generated once with a fixed seed through
// the Store's writer (scores by the real plugin) and kept in the build
// directory as bench-report-<n>.db. Delete them to regenerate.
#pragma once

#include <string>
#include <vector>

#include "sonda/engine.hpp"

namespace sonda::bench {

extern const std::vector<std::string> kTerritories;

// One Engine with the plugins loaded, for the whole process.
Engine& engine();

// The path of a database with exactly `responses` responses, generated when
// missing or different. With SONDA_BENCH_POSTGRES_URL set, that PostgreSQL
// database instead, which must be empty or hold exactly this size's data:
// one size per database (docs/BENCHMARKS.md).
const std::string& database(long long responses);

bool is_postgres(const std::string& target);

// The same responses, each with a network map of four to seven actors (SQLite
// only, bench-report-maps-<n>.db): the full report then reads every response
// whole, which is its cost when maps are drawn.
const std::string& database_with_maps(long long responses);

}  // namespace sonda::bench
