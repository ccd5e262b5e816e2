// A declarative form through the whole core with no plugin module loaded:
// stored, imported (validated and scored), reported with the generic
// statistics. The expected figures are worked out by hand in the comments,
// not by running the code that is under test.
#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/forms/study_loader.hpp"
#include "sonda/io/importer.hpp"
#include "sonda/report/report.hpp"
#include "sonda/store/store.hpp"
#include "temporary_database.hpp"

using namespace sonda;

namespace {

const char* kStudy = R"({"id": "cf-study", "title": "Fattori", "min_cell": 5,
    "territories": [{"id": "valley", "name": "Valle"}],
    "roles": [{"id": "social-service", "name": "Servizio sociale"}], "services": [],
    "waves": [{"id": "w1", "date": "2024-01-10"}, {"id": "w2", "date": "2024-04-10"}]})";

std::string form_file() {
    return std::string(SONDA_SOURCE_DIR) + "/forms/collaboration-factors.json";
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// One response of respondent R<n>: the three communication items as given
// (hard_to_reach is the reversed one), every other item 3.
std::string line(int n, const std::string& wave, int reference, int fluid, int hard) {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", n + (wave == "w2" ? 100 : 0));
    return std::string(R"({"id":")") + id +
           R"(","form":"collaboration-factors","form_version":1,"wave":")" + wave +
           R"(","territory":"valley","role":"social-service","respondent":"R)" + std::to_string(n) +
           R"(","answers":{"reference_person":)" + std::to_string(reference) +
           R"(,"fluid_communication":)" + std::to_string(fluid) + R"(,"hard_to_reach":)" +
           std::to_string(hard) +
           R"(,"shared_care":3,"joint_project":3,"monitoring_meetings":3,"formal_protocols":3,)"
           R"("common_language":3}})"
           "\n";
}

}  // namespace

TEST_CASE("[declarative] import and report with no plugin loaded: hand-computed figures",
          "[declarative]") {
    sonda::test::TemporaryDatabase db;
    Engine engine;  // load_plugins() is never called: the core alone
    REQUIRE(engine.plugins().plugins().empty());
    {
        auto store = Store::open(db.path());
        store->save_study(load_study_json(kStudy, "study.json"));
        const Form form = load_form_file(form_file(), engine.registry());
        store->save_form({form.id, form.version, form.plugin, read_text(form_file())});
    }
    Project project(engine, db.path());
    // Wave 1: reference 1 2 3 4 5, fluid 2 2 3 4 5, hard_to_reach 5 4 3 2 1, which
    // reversed (6 - x) is 1 2 3 4 5. Communication per respondent:
    // 4/3, 2, 3, 4, 5; mean 46/15.
    // Wave 2: reference 2 3 3 5 5, fluid 2 3 4 4 5, hard 4 3 3 1 1 (reversed
    // 2 3 3 5 5): 2, 3, 10/3, 14/3, 5; mean 18/5. Changes per respondent
    // 2/3, 1, 1/3, 2/3, 0: mean 8/15.
    const int from[5][3] = {{1, 2, 5}, {2, 2, 4}, {3, 3, 3}, {4, 4, 2}, {5, 5, 1}};
    const int to[5][3] = {{2, 2, 4}, {3, 3, 3}, {3, 4, 3}, {5, 4, 1}, {5, 5, 1}};
    std::string text;
    for (int n = 0; n < 5; ++n) {
        text += line(n + 1, "w1", from[n][0], from[n][1], from[n][2]);
        text += line(n + 1, "w2", to[n][0], to[n][1], to[n][2]);
    }
    std::istringstream input(text);
    ImportOptions options;
    options.format = InputFormat::Ndjson;
    const ImportSummary summary = import_responses(project, input, "responses.ndjson",
                                                   static_cast<long long>(text.size()), options);
    REQUIRE(summary.inserted == 10);

    ReportRequest request;
    request.form = "collaboration-factors";
    request.by = GroupBy::None;
    const Report report = build_report(project, request);
    CHECK(report.from_wave == "w1");
    CHECK(report.to_wave == "w2");
    REQUIRE(report.groups.size() == 1);
    const GroupReport& everyone = report.groups.front();
    CHECK(everyone.withheld == Withheld::No);
    REQUIRE(everyone.scores.size() == 3);
    const ScoreComparison& communication = everyone.scores[0].stats;
    CHECK(communication.score == "communication");
    CHECK(communication.n_paired == 5);
    CHECK(*communication.mean_from == Approx(46.0 / 15.0));
    CHECK(*communication.mean_to == Approx(3.6));
    CHECK(*communication.diff_mean == Approx(8.0 / 15.0));
    CHECK(everyone.scores[0].band_from == "borderline");  // 3.07 in 2.5..3.5
    CHECK(everyone.scores[0].band_to == "strength");      // 3.6 in 3.5..5
    // Cronbach's alpha of wave 1 with hard_to_reach reversed: items 1 2 3 4 5,
    // 2 2 3 4 5, 1 2 3 4 5 have variances 2.5, 1.7, 2.5; the totals 4 6 9 12
    // 15 have 19.7; alpha = 3/2 (1 - 6.7/19.7) = 19.5/19.7. Unreversed, the
    // totals 8 8 9 10 11 would give 3/2 (1 - 6.7/1.7), below zero.
    REQUIRE(communication.alpha_from);
    CHECK(*communication.alpha_from == Approx(19.5 / 19.7));
}
