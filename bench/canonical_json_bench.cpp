// The canonical JSON of a response, as the store keeps it: Poco's Stringifier
// (the baseline, what sonda used before) beside json_text (sonda/util/json_text.hpp),
// in the same run, on the same parsed network-dimensions responses.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

#include "sonda/model/response.hpp"
#include "sonda/util/json.hpp"

namespace {

// Ten likert answers, one text list in Italian: the import benchmark's rows.
std::vector<sonda::Response> responses() {
    std::vector<sonda::Response> out;
    for (int i = 0; i < 1000; ++i) {
        std::string answers;
        for (int item = 1; item <= 10; ++item)
            answers += (item > 1 ? ",\"" : "\"") + std::string("dim_") + std::to_string(item) +
                       "\":" + std::to_string((i + item) % 5 + 1);
        if (i % 8 == 0)
            answers +=
                ",\"strengths\":[\"Tavolo di coordinamento mensile con la Società della "
                "Salute\"]";
        const std::string line = "{\"answers\":{" + answers +
                                 "},\"form\":\"network-dimensions\",\"form_version\":1,"
                                 "\"id\":\"0b7e6a4c-1f2d-4c3b-9a8e-" +
                                 std::to_string(100000000000 + i) +
                                 "\",\"respondent\":\"R0000123\",\"role\":\"social_service\","
                                 "\"territory\":\"t07\",\"wave\":\"w1\"}";
        out.push_back(sonda::Response::from_json(
            *sonda::parse_json_object(line, sonda::Location{"", 0, "$", ""})));
    }
    return out;
}

std::string through_poco(const sonda::Response& response) {
    Poco::JSON::Object object;
    object.set("id", response.id);
    object.set("form", response.form);
    object.set("form_version", response.form_version);
    object.set("wave", response.wave);
    object.set("territory", response.territory);
    object.set("role", response.role);
    object.set("respondent", response.respondent);
    object.set("answers", response.answers);
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(object, out);
    return out.str();
}

void BM_CanonicalPoco(benchmark::State& state) {
    const std::vector<sonda::Response> all = responses();
    for (auto _ : state)
        for (const sonda::Response& response : all)
            benchmark::DoNotOptimize(through_poco(response));
    state.SetItemsProcessed(state.iterations() * static_cast<long long>(all.size()));
}

void BM_CanonicalJsonText(benchmark::State& state) {
    const std::vector<sonda::Response> all = responses();
    for (auto _ : state)
        for (const sonda::Response& response : all)
            benchmark::DoNotOptimize(response.to_canonical_json());
    state.SetItemsProcessed(state.iterations() * static_cast<long long>(all.size()));
}

}  // namespace

BENCHMARK(BM_CanonicalPoco)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CanonicalJsonText)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
