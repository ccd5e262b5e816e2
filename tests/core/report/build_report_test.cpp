// build_report end to end: a real SQLite file, the real network-dimensions
// plugin scoring the responses, and the report's figures checked against
// compare_score run on the same data built by hand here.
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

#include "demo_project.hpp"
#include "shipped_study.hpp"
#include "sonda/demo/demo_study.hpp"
#include "sonda/engine.hpp"
#include "sonda/error.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/report/report.hpp"
#include "sonda/stats/score_comparison.hpp"

using namespace sonda;

namespace {

const std::vector<std::string> kDimensions{"sharing", "integration", "consolidation", "capacity"};
const std::vector<std::string> kScores{"sharing", "integration", "consolidation_development",
                                       "capacity_building"};

struct Answer {
    std::string territory, role, respondent, wave;
    std::vector<std::vector<double>> items;  // per dimension, three likert answers
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Three territories: a paired one of 8, one of 7 then 6 of them again, and a
// small one of 3 that must be withheld; wave w3 has no data.
struct Fixture {
    std::string path;
    std::vector<Answer> answers;

    // At exit: a test database per process would otherwise pile up in the build tree.
    ~Fixture() {
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    }

    Fixture() {
        // One file per process: ctest runs test cases of this suite in parallel.
        path = std::string(SONDA_BINARY_DIR) + "/test-report-build-" + std::to_string(::getpid()) +
               ".db";
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
        std::mt19937 random(42);
        std::uniform_int_distribution<int> likert(1, 5);
        auto add = [&](const std::string& territory, const std::string& role,
                       const std::string& code, const std::string& wave, int lift) {
            Answer answer{territory, role, code, wave, {}};
            for (std::size_t d = 0; d < kDimensions.size(); ++d) {
                std::vector<double> items;
                const int base = likert(random);
                for (int i = 0; i < 3; ++i)
                    items.push_back(std::clamp(
                        base + lift + (likert(random) > 3 ? 1 : 0) - (likert(random) > 4 ? 1 : 0),
                        1, 5));
                answer.items.push_back(items);
            }
            answers.push_back(answer);
        };
        for (int i = 0; i < 8; ++i) {
            const std::string role = i % 2 ? "social_worker" : "educator";
            add("pistoia", role, "P" + std::to_string(i), "w1", 0);
            add("pistoia", role, "P" + std::to_string(i), "w2", 1);
        }
        for (int i = 0; i < 7; ++i) add("livorno", "educator", "L" + std::to_string(i), "w1", 0);
        for (int i = 0; i < 6; ++i)
            add("livorno", "educator", "L" + std::to_string(i), "w2", 0);  // 6 pairs
        // The same codes as in Pistoia: codes are scoped to a territory.
        for (int i = 0; i < 3; ++i) {
            add("lucca", "educator", "P" + std::to_string(i), "w1", 0);
            add("lucca", "educator", "P" + std::to_string(i), "w2", 0);
        }

        Engine engine;
        engine.load_plugins();
        auto store = Store::open(path);
        Study study;
        study.id = "test";
        study.title = LocalizedText("Test study");
        study.min_cell = 5;
        study.territories = {{"pistoia", LocalizedText("Società della Salute Pistoiese")},
                             {"livorno", LocalizedText("Comune di Livorno")},
                             {"lucca", LocalizedText("Piana di Lucca")}};
        study.roles = {{"educator", LocalizedText("Educator")},
                       {"social_worker", LocalizedText("Social worker")}};
        study.waves = {{"w1", "2023-12-01", 1, LocalizedText("Workshop 1")},
                       {"w2", "2024-03-05", 2, LocalizedText("Workshop 2")},
                       {"w3", "2024-10-15", 3, LocalizedText("Follow-up")}};
        study.services = sonda::test::shipped_demo_study().services;
        store->save_study(study);
        const std::string form_text =
            read_file(std::string(SONDA_SOURCE_DIR) + "/forms/network-dimensions.json");
        store->save_form(FormRecord{"network-dimensions", 1, "network-dimensions", form_text});
        store.reset();

        Project project(engine, path);
        const int version = project.form("network-dimensions").version;
        std::vector<StoredResponse> batch;
        int serial = 0;
        for (const Answer& answer : answers) {
            Response response;
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++serial);
            response.id = id;
            response.form = "network-dimensions";
            response.form_version = version;
            response.wave = answer.wave;
            response.territory = answer.territory;
            response.role = answer.role;
            response.respondent = answer.respondent;
            response.answers = new Poco::JSON::Object;
            for (std::size_t d = 0; d < kDimensions.size(); ++d)
                for (int i = 0; i < 3; ++i)
                    response.answers->set(
                        kDimensions[d] + "_" + std::to_string(i + 1),
                        static_cast<int>(answer.items[d][static_cast<std::size_t>(i)]));
            batch.push_back(project.prepare(response));
        }
        auto writer = project.store().begin_write();
        writer->write(batch);
        writer->commit();
    }

    // What compare_score gives on this data for one group (by a field).
    ScoreComparison expected(std::size_t dimension,
                             const std::function<bool(const Answer&)>& in_group) const {
        CompareScoreInput input;
        input.score = kScores[dimension];
        for (const Answer& answer : answers) {
            if (!in_group(answer)) continue;
            const auto& items = answer.items[dimension];
            const double mean = (items[0] + items[1] + items[2]) / 3.0;
            const bool from = answer.wave == "w1";
            (from ? input.from : input.to)
                .push_back(ScoreObservation{answer.territory + "/" + answer.respondent, mean});
            (from ? input.items_from : input.items_to).rows.push_back(items);
        }
        return compare_score(input);
    }
};

Fixture& fixture() {
    static Fixture instance;
    return instance;
}

void check_equal(const ScoreComparison& got, const ScoreComparison& want) {
    INFO("score " << want.score);
    CHECK_FALSE(got.suppressed);
    CHECK(got.n_from == want.n_from);
    CHECK(got.n_to == want.n_to);
    CHECK(got.n_paired == want.n_paired);
    CHECK(got.design == want.design);
    auto same = [](std::optional<double> a, std::optional<double> b) {
        if (!a || !b) return !a && !b;
        return *a == Approx(*b).epsilon(1e-12).margin(1e-12);
    };
    CHECK(same(got.mean_from, want.mean_from));
    CHECK(same(got.mean_to, want.mean_to));
    CHECK(same(got.sd_from, want.sd_from));
    CHECK(same(got.median_to, want.median_to));
    CHECK(same(got.diff_mean, want.diff_mean));
    CHECK(same(got.ci95_low, want.ci95_low));
    CHECK(same(got.ci95_high, want.ci95_high));
    CHECK(same(got.p_t, want.p_t));
    CHECK(same(got.p_rank, want.p_rank));
    CHECK(same(got.effect_size, want.effect_size));
    CHECK(got.effect_size_kind == want.effect_size_kind);
    CHECK(same(got.alpha_from, want.alpha_from));
    CHECK(same(got.alpha_to, want.alpha_to));
    CHECK(same(got.rci_improved_share, want.rci_improved_share));
}

// The cell of one score in a group (the plugin has more scores than the
// four dimensions: the network map's too).
const ScoreReport& cell(const GroupReport& group, const std::string& score) {
    for (const ScoreReport& candidate : group.scores)
        if (candidate.stats.score == score) return candidate;
    throw std::runtime_error("no score " + score + " in group " + group.group);
}

}  // namespace

TEST_CASE("[report] by territory: figures are compare_score's, small cells withheld", "[report]") {
    Fixture& data = fixture();
    Engine engine;
    engine.load_plugins();
    Project project(engine, data.path);
    ReportRequest request;
    request.form = "network-dimensions";
    const Report report = build_report(project, request);

    CHECK(report.from_wave == "w1");  // the first and last waves with data; w3 has none
    CHECK(report.to_wave == "w2");
    CHECK(report.min_cell == 5);
    REQUIRE(report.groups.size() == 3);
    CHECK(report.groups[0].group == "pistoia");  // the study's order
    CHECK(report.groups[0].label.get("en") == "Società della Salute Pistoiese");
    CHECK(report.groups[1].group == "livorno");
    CHECK(report.groups[2].group == "lucca");

    const GroupReport& pistoia = report.groups[0];
    REQUIRE(pistoia.scores.size() == report.score_definitions.size());
    for (std::size_t d = 0; d < 4; ++d) {
        const ScoreComparison want =
            data.expected(d, [](const Answer& a) { return a.territory == "pistoia"; });
        const ScoreReport& got = cell(pistoia, kScores[d]);
        check_equal(got.stats, want);
        CHECK(want.design == Design::Paired);
        CHECK(want.alpha_from.has_value());
        const ScoreDefinition* definition = nullptr;
        for (const ScoreDefinition& candidate : report.score_definitions)
            if (candidate.name == kScores[d]) definition = &candidate;
        REQUIRE(definition);
        CHECK(got.band_from == definition->band_of(*want.mean_from)->id);
        CHECK(got.band_to == definition->band_of(*want.mean_to)->id);
    }
    REQUIRE(pistoia.instrument);
    CHECK(pistoia.instrument->has("dimensions"));

    // Lucca (3 people) is withheld; Livorno too, or Lucca = total - the others.
    for (const GroupReport* withheld : {&report.groups[1], &report.groups[2]}) {
        INFO(withheld->group);
        for (const std::string& name : kScores) {
            const ScoreReport& score = cell(*withheld, name);
            CHECK(score.stats.suppressed);
            CHECK_FALSE(score.stats.mean_from);
            CHECK_FALSE(score.band_from);
        }
        CHECK_FALSE(withheld->instrument);
    }
    auto json = report_to_json(report);
    auto lucca_scores = json->getArray("groups")->getObject(2)->getArray("scores");
    Poco::JSON::Object::Ptr lucca;
    for (unsigned i = 0; i < lucca_scores->size(); ++i)
        if (lucca_scores->getObject(i)->getValue<std::string>("score") == "sharing")
            lucca = lucca_scores->getObject(i);
    REQUIRE(lucca);
    CHECK(lucca->isNull("n_from"));
    CHECK(lucca->isNull("mean_to"));
    CHECK(lucca->getValue<bool>("suppressed"));
}

TEST_CASE("[report] by none and by role, min_cell and suppression switches", "[report]") {
    Fixture& data = fixture();
    Engine engine;
    engine.load_plugins();
    Project project(engine, data.path);
    ReportRequest request;
    request.form = "network-dimensions";

    // Everyone: one Livorno educator came to w1 and not to w2, and nobody
    // joined, so both waves' sums and the pairs' change would give that one
    // person's w1 answers away. Withheld as small.
    request.by = GroupBy::None;
    Report everyone = build_report(project, request);
    REQUIRE(everyone.groups.size() == 1);
    CHECK(everyone.groups[0].group == "all");
    CHECK(everyone.groups[0].withheld == Withheld::Small);
    CHECK(cell(everyone.groups[0], "sharing").stats.suppressed);

    // Social workers are 4 (Pistoia only), and the educators have the same
    // lone leaver: both withheld as small.
    request.by = GroupBy::Role;
    Report roles = build_report(project, request);
    REQUIRE(roles.groups.size() == 2);
    CHECK(roles.groups[0].group == "educator");
    CHECK(roles.groups[1].group == "social_worker");
    for (const GroupReport& group : roles.groups) {
        CHECK(cell(group, "sharing").stats.suppressed);
        CHECK(group.withheld == Withheld::Small);
    }
    // k only goes up unless suppression is turned off explicitly.
    request.min_cell = 3;
    CHECK_THROWS_AS(build_report(project, request), UsageError);
    request.suppression = false;
    roles = build_report(project, request);
    CHECK_FALSE(roles.suppression);
    CHECK(roles.min_cell == 3);
    CHECK(roles.groups[1].withheld == Withheld::No);     // 4 social workers, k = 3
    CHECK(roles.groups[0].withheld == Withheld::Small);  // the lone leaver

    // k = 3 by territory: Lucca's 3 are shown; Livorno's lone leaver is not,
    // and Pistoia (8) stays as the other territories already cover it.
    request.by = GroupBy::Territory;
    Report small = build_report(project, request);
    CHECK(small.min_cell == 3);
    CHECK_FALSE(small.suppression);
    CHECK(small.groups[1].withheld == Withheld::Small);
    CHECK(small.groups[1].group == "livorno");

    // Suppression off: every figure is compare_score's.
    request.min_cell.reset();
    Report open = build_report(project, request);
    CHECK_FALSE(open.suppression);
    for (const GroupReport& group : open.groups)
        for (const std::string& name : kScores) CHECK_FALSE(cell(group, name).stats.suppressed);
    check_equal(cell(open.groups[2], "integration").stats,
                data.expected(1, [](const Answer& a) { return a.territory == "lucca"; }));
    CHECK(report_to_json(open)->getValue<bool>("suppression") == false);
    request.by = GroupBy::None;
    everyone = build_report(project, request);
    for (std::size_t d = 0; d < 4; ++d)
        check_equal(everyone.groups[0].scores[d].stats,
                    data.expected(d, [](const Answer&) { return true; }));
    // Pairs are matched within a territory: Lucca's P0..P2 are not Pistoia's.
    CHECK(cell(everyone.groups[0], "sharing").stats.n_paired == 8 + 6 + 3);
    request.by = GroupBy::Role;
    roles = build_report(project, request);
    for (std::size_t d = 0; d < 4; ++d)
        check_equal(cell(roles.groups[0], kScores[d]).stats,
                    data.expected(d, [](const Answer& a) { return a.role == "educator"; }));

    request.by = GroupBy::Territory;
    request.suppression = true;
    request.territories = {"pistoia"};
    Report one = build_report(project, request);
    REQUIRE(one.groups.size() == 1);
    CHECK_FALSE(cell(one.groups[0], "sharing").stats.suppressed);
}

TEST_CASE("[report] scores only reads no responses and leaves alpha empty", "[report]") {
    Fixture& data = fixture();
    Engine engine;
    engine.load_plugins();
    Project project(engine, data.path);
    ReportRequest request;
    request.form = "network-dimensions";
    request.scores_only = true;
    const Report report = build_report(project, request);
    const ScoreComparison& sharing = cell(report.groups[0], "sharing").stats;
    CHECK_FALSE(sharing.alpha_from);
    CHECK_FALSE(report.groups[0].instrument);
    const ScoreComparison full =
        data.expected(0, [](const Answer& a) { return a.territory == "pistoia"; });
    CHECK(*sharing.p_t == Approx(*full.p_t).epsilon(1e-12));
}

TEST_CASE("[report] waves: unknown ones listed, the same one twice refused", "[report]") {
    Fixture& data = fixture();
    Engine engine;
    engine.load_plugins();
    Project project(engine, data.path);
    ReportRequest request;
    request.form = "network-dimensions";
    request.from_wave = "w9";
    request.to_wave = "w2";
    try {
        build_report(project, request);
        FAIL("an unknown wave was accepted");
    } catch (const InvalidInput& error) {
        CHECK(std::string(error.what()).find("unknown wave 'w9'") != std::string::npos);
        CHECK(std::string(error.what()).find("w1, w2, w3") != std::string::npos);
    }
    request.from_wave = "w2";
    CHECK_THROWS_AS(build_report(project, request), UsageError);
    request.from_wave = "w3";  // no data in w3 and nothing after it
    request.to_wave = "";
    CHECK_THROWS_AS(build_report(project, request), InvalidInput);
    request.from_wave = "";
    request.to_wave = "";
    request.territories = {"nowhere"};
    CHECK_THROWS_WITH(build_report(project, request),
                      Catch::Contains("unknown territory 'nowhere'"));
    request.territories.clear();
    request.form = "no-such-form";
    CHECK_THROWS_AS(build_report(project, request), InvalidInput);
}

TEST_CASE("[report] a team-level comparison is kept where the group's score cells are withheld",
          "[report]") {
    // The demo: one objectives-monitoring response per territory team and
    // wave, so every score cell is below min_cell; the objectives comparison
    // says it is a team's plan ("team_level") and stays in the report.
    const std::string path = std::string(SONDA_BINARY_DIR) + "/test-report-team-level-" +
                             std::to_string(::getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    sonda::test::build_demo_database(path);
    Engine engine;
    engine.load_plugins();
    {
        Project project(engine, path);
        ReportRequest request;
        request.form = "objectives-monitoring";
        request.from_wave = "workshop-1";
        request.to_wave = "workshop-2";
        for (GroupBy by : {GroupBy::Territory, GroupBy::None}) {
            request.by = by;
            const Report report = build_report(project, request);
            REQUIRE_FALSE(report.groups.empty());
            for (const GroupReport& group : report.groups) {
                INFO(group.group);
                for (const ScoreReport& score : group.scores) CHECK(score.stats.suppressed);
                REQUIRE(group.instrument);
                CHECK(group.instrument->getValue<bool>("team_level"));
                CHECK(group.instrument->getObject("transitions")->getArray("list")->size() > 0);
            }
        }
        // Scores only still reads no responses and adds nothing.
        request.scores_only = true;
        CHECK_FALSE(build_report(project, request).groups[0].instrument);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
