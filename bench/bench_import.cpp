// Import throughput and memory, measured beside a baseline in the same run.
//
// For each size (100k and 1M network-dimension responses by default; set
// SONDA_BENCH_SIZES=1000,10000 for a quick look) the benchmark generates an
// NDJSON file with a fixed seed, then measures
//   import/N    sonda::import_file into a fresh SQLite database: reading,
//               JSON parsing, validation, scoring, canonical JSON, conflict
//               checks, batched writes in one transaction;
//   baseline/N  the same rows (responses + score sets) bulk-inserted into the same
//               schema of a fresh database with plain SOCI vector binding, no
//               parsing or validation: the floor a database layer can reach.
// Then it prints rows/s of both and their ratio (target: import >= 0.5x the
// baseline), and runs the import again in a child process per size to read its
// peak RSS with wait4() (target: < 200 MB at 1M, flat in the file size).
//
// The SQL below is measurement code: it is the baseline, not a second store.
// Everything sonda itself writes goes through core/src/store/.
#include <benchmark/benchmark.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/io/importer.hpp"
#include "sonda/store/store.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kSeed = 20240305;
constexpr std::size_t kBatch = 5000;
const char* const kFormFile = SONDA_SOURCE_DIR "/forms/network-dimensions.json";

struct BenchContext {
    sonda::Engine engine;
    sonda::Form form;
    std::string form_json;
    std::vector<sonda::ScoreDefinition> scores;
    fs::path folder;
    BenchContext() { engine.load_plugins(); }
};
BenchContext* g_context = nullptr;
std::map<std::string, double> g_rows_per_second;

sonda::Study bench_study() {
    sonda::Study study;
    study.id = "bench";
    study.title = sonda::LocalizedText("Benchmark study");
    for (int i = 1; i <= 12; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "t%02d", i);
        study.territories.push_back({id, sonda::LocalizedText(std::string("Territorio ") + id)});
    }
    for (const char* role : {"social_service", "employment_centre", "third_sector"})
        study.roles.push_back({role, sonda::LocalizedText(role)});
    // The shipped form takes its services from the study: the demo's.
    study.services = sonda::load_study_file(SONDA_SOURCE_DIR "/forms/demo/study.json").services;
    study.waves.push_back({"w1", "2023-12-01", 1, sonda::LocalizedText("Workshop 1")});
    study.waves.push_back({"w2", "2024-03-05", 2, sonda::LocalizedText("Workshop 2")});
    return study;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A database with the study and the form, as `sonda init` leaves it.
void create_database(const std::string& path) {
    fs::remove(path);
    fs::remove(path + "-wal");
    fs::remove(path + "-shm");
    auto store = sonda::Store::open(path);
    store->save_study(bench_study());
    store->save_form({g_context->form.id, g_context->form.version, g_context->form.plugin,
                      g_context->form_json});
}

// One generated response: what the NDJSON line says, and the likert values
// the baseline needs for its score rows.
struct Generated {
    std::string id, wave, territory, role, respondent, json;
    std::map<std::string, int> likert;
};

// Deterministic network-dimension responses: every likert item answered,
// now and then a strength or an objective in Italian.
class Generator {
  public:
    explicit Generator(const sonda::Form& form) : m_random(kSeed) {
        for (const sonda::Item& item : form.items) {
            if (item.type == "likert")
                m_likert.push_back({item.id, static_cast<int>(item.min.value_or(1)),
                                    static_cast<int>(item.max.value_or(5))});
            else if (item.type == "text_list")
                m_lists.push_back(item.id);
        }
    }

    void next(Generated& out) {
        ++m_count;
        out.id = uuid();
        out.wave = m_count % 2 ? "w1" : "w2";
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "t%02d", static_cast<int>(m_random() % 12) + 1);
        out.territory = buffer;
        static const char* const roles[] = {"social_service", "employment_centre", "third_sector"};
        out.role = roles[m_random() % 3];
        std::snprintf(buffer, sizeof buffer, "R%07lld", (m_count + 1) / 2);
        out.respondent = buffer;
        out.likert.clear();
        // Keys sorted, no white space: the canonical form.
        std::string answers;
        std::map<std::string, std::string> values;
        for (const auto& [id, min, max] : m_likert) {
            const int value =
                min + static_cast<int>(m_random() % static_cast<unsigned>(max - min + 1));
            out.likert[id] = value;
            values[id] = std::to_string(value);
        }
        for (const std::string& id : m_lists)
            if (m_random() % 8 == 0)
                values[id] = "[\"Tavolo di coordinamento mensile con la Società della Salute\"]";
        for (const auto& [id, value] : values)
            answers += (answers.empty() ? "\"" : ",\"") + id + "\":" + value;
        out.json = "{\"answers\":{" + answers +
                   "},\"form\":\"network-dimensions\",\"form_version\":1,\"id\":\"" + out.id +
                   "\",\"respondent\":\"" + out.respondent + "\",\"role\":\"" + out.role +
                   "\",\"territory\":\"" + out.territory + "\",\"wave\":\"" + out.wave + "\"}";
    }

  private:
    std::string uuid() {
        const std::uint64_t high = m_random(), low = m_random();
        char text[40];
        std::snprintf(
            text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
            static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFF),
            static_cast<unsigned>(0x8000 | ((low >> 48) & 0x3FFF)),
            static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
        return text;
    }

    struct Likert {
        std::string id;
        int min, max;
    };
    std::mt19937_64 m_random;
    long long m_count = 0;
    std::vector<Likert> m_likert;
    std::vector<std::string> m_lists;
};

std::string data_file(long long rows) {
    return (g_context->folder / ("responses-" + std::to_string(rows) + ".ndjson")).string();
}

void generate_file(long long rows) {
    std::ofstream out(data_file(rows), std::ios::binary);
    Generator generator(g_context->form);
    Generated row;
    for (long long i = 0; i < rows; ++i) {
        generator.next(row);
        out << row.json << '\n';
    }
}

void BM_Import(benchmark::State& state, long long rows) {
    const std::string db = (g_context->folder / "import.db").string();
    for (auto _ : state) {
        state.PauseTiming();
        create_database(db);
        sonda::Project project(g_context->engine, db);
        sonda::ImportOptions options;
        options.batch_size = kBatch;
        state.ResumeTiming();
        const sonda::ImportSummary summary = sonda::import_file(project, data_file(rows), options);
        if (summary.inserted != rows) state.SkipWithError("the import did not insert every row");
    }
    state.counters["rows_per_s"] = benchmark::Counter(
        static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}

// Baseline: plain SOCI bulk insert of the same rows into the same schema.
void BM_Baseline(benchmark::State& state, long long rows) {
    const std::string db = (g_context->folder / "baseline.db").string();
    const auto& scores = g_context->scores;
    for (auto _ : state) {
        state.PauseTiming();
        create_database(db);
        Generator generator(g_context->form);
        Generated row;
        std::vector<std::string> ids, forms, waves, territories, roles, respondents, contents,
            stamps;
        std::vector<int> versions;
        // The scores as the store packs them: one score set per response.
        std::vector<std::string> set_values;
        std::vector<long long> set_layouts;
        std::string layout_names;
        for (const sonda::ScoreDefinition& score : scores)
            layout_names += (layout_names.empty() ? "[\"" : "\",\"") + score.name;
        layout_names += "\"]";
        state.ResumeTiming();

        soci::session sql(soci::sqlite3, "db=" + db);
        // The pragmas the store uses, so both write the same way.
        sql << "PRAGMA journal_mode=WAL";
        sql << "PRAGMA synchronous=NORMAL";
        sql << "PRAGMA foreign_keys=ON";
        soci::transaction transaction(sql);
        long long layout = 0;
        sql << "INSERT INTO score_layouts (form, names) VALUES ('network-dimensions', :names)",
            soci::use(layout_names);
        sql << "SELECT id FROM score_layouts", soci::into(layout);
        for (long long done = 0; done < rows;) {
            state.PauseTiming();
            for (auto* column : {&ids, &forms, &waves, &territories, &roles, &respondents,
                                 &contents, &stamps, &set_values})
                column->clear();
            versions.clear();
            set_layouts.clear();
            for (std::size_t i = 0; i < kBatch && done < rows; ++i, ++done) {
                generator.next(row);
                ids.push_back(row.id);
                forms.push_back("network-dimensions");
                versions.push_back(1);
                waves.push_back(row.wave);
                territories.push_back(row.territory);
                roles.push_back(row.role);
                respondents.push_back(row.respondent);
                contents.push_back(row.json);
                stamps.push_back("2026-11-26T06:00:00Z");
                std::string values;
                for (const sonda::ScoreDefinition& score : scores) {
                    double sum = 0;
                    int count = 0;
                    for (const std::string& item : score.items) {
                        auto found = row.likert.find(item);
                        if (found != row.likert.end()) {
                            sum += found->second;
                            ++count;
                        }
                    }
                    char text[32];
                    std::snprintf(text, sizeof text, "%.17g", count ? sum / count : 0.0);
                    values += (values.empty() ? "" : ";") + std::string(text);
                }
                set_values.push_back(std::move(values));
                set_layouts.push_back(layout);
            }
            state.ResumeTiming();
            sql << "INSERT INTO responses (id, form, form_version, wave, territory, role, "
                   "respondent, "
                   "content, created_at, updated_at) VALUES (:id, :form, :form_version, :wave, "
                   ":territory, :role, :respondent, :content, :created_at, :updated_at)",
                soci::use(ids), soci::use(forms), soci::use(versions), soci::use(waves),
                soci::use(territories), soci::use(roles), soci::use(respondents),
                soci::use(contents), soci::use(stamps), soci::use(stamps);
            if (!ids.empty())
                sql << "INSERT INTO score_sets (form, wave, territory, respondent, response_id, "
                       "form_version, role, layout, vals) VALUES (:form, :wave, :territory, "
                       ":respondent, :id, :form_version, :role, :layout, :vals)",
                    soci::use(forms), soci::use(waves), soci::use(territories),
                    soci::use(respondents), soci::use(ids), soci::use(versions), soci::use(roles),
                    soci::use(set_layouts), soci::use(set_values);
        }
        transaction.commit();
    }
    state.counters["rows_per_s"] = benchmark::Counter(
        static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}

// Records rows/s of each run for the ratio printed at the end.
class RatioReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            auto found = run.counters.find("rows_per_s");
            if (found != run.counters.end() && !run.error_occurred)
                g_rows_per_second[run.run_name.function_name] = found->second.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

// Child process: one import, nothing else, so its peak RSS is the import's.
int rss_probe(const std::string& file, const std::string& db) {
    create_database(db);
    sonda::Project project(g_context->engine, db);
    sonda::ImportOptions options;
    options.batch_size = kBatch;
    const auto summary = sonda::import_file(project, file, options);
    return summary.inserted > 0 ? 0 : 1;
}

long peak_rss_kib_of_child(const std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (const std::string& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;  // KiB on Linux
}

std::vector<long long> bench_sizes() {
    std::vector<long long> sizes;
    const char* text = std::getenv("SONDA_BENCH_SIZES");
    std::stringstream list(text && *text ? text : "100000,1000000");
    std::string part;
    while (std::getline(list, part, ',')) sizes.push_back(std::stoll(part));
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    BenchContext context;
    g_context = &context;
    try {
        const sonda::Study study = bench_study();
        context.form_json = read_text(kFormFile);
        context.form = sonda::load_form_json(context.form_json, kFormFile,
                                             context.engine.registry(), true, &study);
        context.scores = context.engine.registry()
                             .instrument(context.form.plugin)
                             ->score_definitions(context.form);
    } catch (const std::exception& error) {
        std::cerr << "bench_import: cannot load " << kFormFile
                  << " with its plugin: " << error.what() << "\n";
        return 1;
    }

    if (argc == 5 && std::string(argv[1]) == "--rss-probe") {
        context.folder = argv[4];
        try {
            return rss_probe(argv[2], argv[3]);
        } catch (const std::exception& error) {
            std::cerr << "rss probe: " << error.what() << "\n";
            return 1;
        }
    }

    benchmark::Initialize(&argc, argv);
    const char* tmp = std::getenv("TMPDIR");
    context.folder =
        fs::path(tmp && *tmp ? tmp : "/tmp") / ("sonda-bench-import-" + std::to_string(getpid()));
    fs::create_directories(context.folder);
    const std::vector<long long> sizes = bench_sizes();
    for (const long long rows : sizes) {
        const auto start = std::chrono::steady_clock::now();
        generate_file(rows);
        std::cerr << "generated " << rows << " responses ("
                  << fs::file_size(data_file(rows)) / (1024 * 1024) << " MiB) in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s\n";
        benchmark::RegisterBenchmark(("import/" + std::to_string(rows)).c_str(), BM_Import, rows)
            ->Iterations(1)
            ->Unit(benchmark::kSecond)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("baseline/" + std::to_string(rows)).c_str(), BM_Baseline,
                                     rows)
            ->Iterations(1)
            ->Unit(benchmark::kSecond)
            ->UseRealTime();
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    std::cout << "\nrows/s    import      baseline    ratio    import peak RSS\n";
    for (const long long rows : sizes) {
        const std::string n = std::to_string(rows);
        const double import_rate = g_rows_per_second["import/" + n];
        const double baseline_rate = g_rows_per_second["baseline/" + n];
        const long rss = peak_rss_kib_of_child({argv[0], "--rss-probe", data_file(rows),
                                                (context.folder / "probe.db").string(),
                                                context.folder.string()});
        std::printf("%-9s %-11.0f %-11.0f %-8.2f %.1f MiB\n", n.c_str(), import_rate, baseline_rate,
                    baseline_rate > 0 ? import_rate / baseline_rate : 0.0, rss / 1024.0);
    }
    std::error_code ignored;
    fs::remove_all(context.folder, ignored);
    return 0;
}
