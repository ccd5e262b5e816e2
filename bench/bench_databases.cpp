#include "bench_databases.hpp"

#include <Poco/File.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <stdexcept>

#include "sonda/forms/study_loader.hpp"

namespace sonda::bench {

const std::vector<std::string> kTerritories{"pistoia", "amiata_grossetana", "livorno",
                                            "piana_di_lucca"};

bool is_postgres(const std::string& target) { return target.rfind("postgresql://", 0) == 0; }

namespace {

const std::vector<std::string> kRoles{"social_worker", "educator", "psychologist",
                                      "employment_advisor"};
const std::vector<std::string> kDimensions{"sharing", "integration", "consolidation", "capacity"};

std::string database_path(long long responses, bool maps) {
    if (maps)
        return std::string(SONDA_BENCH_DIR) + "/bench-report-maps-" + std::to_string(responses) +
               ".db";
    if (const char* url = std::getenv("SONDA_BENCH_POSTGRES_URL"); url && *url) return url;
    return std::string(SONDA_BENCH_DIR) + "/bench-report-" + std::to_string(responses) + ".db";
}

const std::vector<std::string> kServices{"oss",         "social_service",    "employment_centre",
                                         "counselling", "addiction_service", "mental_health"};

// A network map of four to seven actors: most of the form's services and,
// now and then, a partner named in free text.
Poco::JSON::Object::Ptr random_map(std::mt19937_64& random) {
    std::uniform_int_distribution<int> percent(0, 99), ring(1, 4), intensity(1, 3);
    Poco::JSON::Array::Ptr actors = new Poco::JSON::Array;
    const auto place = [&](const char* key, const std::string& value) {
        Poco::JSON::Object::Ptr actor = new Poco::JSON::Object;
        actor->set(key, value);
        actor->set("ring", ring(random));
        if (percent(random) < 70) actor->set("intensity", intensity(random));
        actors->add(actor);
    };
    for (const std::string& service : kServices)
        if (percent(random) < 75) place("service", service);
    if (percent(random) < 30) place("name", "Caritas");
    Poco::JSON::Object::Ptr map = new Poco::JSON::Object;
    map->set("actors", actors);
    return map;
}

}  // namespace

Engine& engine() {
    static Engine* instance = [] {
        auto* made = new Engine;  // lives as long as the process: plugins stay loaded
        made->load_plugins();
        return made;
    }();
    return *instance;
}

namespace {

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
void generate(const std::string& path, long long responses, bool maps) {
    if (is_postgres(path)) {
        auto store = Store::open(path);
        ResponseFilter any;
        any.form = "network-dimensions";
        if (store->has_study() && store->any_response(any))
            throw std::runtime_error(
                "SONDA_BENCH_POSTGRES_URL holds other bench data: give an empty database "
                "(script/postgres start DIR makes a fresh cluster) for each size");
    } else {
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    }
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
        // The shipped form takes its services from the study: the demo's.
        study.services =
            load_study_file(std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json").services;
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
            if (maps) response.answers->set("network_map", random_map(random));
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

}  // namespace

namespace {

const std::string& prepared(long long responses, bool maps) {
    static std::map<std::pair<long long, bool>, std::string> ready;
    auto found = ready.find({responses, maps});
    if (found != ready.end()) return found->second;
    const std::string path = database_path(responses, maps);
    bool usable = false;
    if (is_postgres(path) || Poco::File(path).exists()) {
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
        generate(path, responses, maps);
    }
    return ready.emplace(std::pair{responses, maps}, path).first->second;
}

}  // namespace

const std::string& database(long long responses) { return prepared(responses, false); }
const std::string& database_with_maps(long long responses) { return prepared(responses, true); }

}  // namespace sonda::bench
