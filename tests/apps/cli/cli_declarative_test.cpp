// A declarative form (forms/collaboration-factors.json: scores declared in
// the file, no C++) end to end through the real `sonda`, run from a copy of
// the binary that finds no plugin module at all: init, a wave from a
// spreadsheet CSV and one from NDJSON, the report in JSON (figures worked out
// by hand below), HTML and text, the generic charts, and a small territory
// withheld.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include "cli_runner.hpp"
#include "png_header.hpp"
#include "sonda/plugin/plugin_api.hpp"

using namespace sonda::test;

namespace fs = std::filesystem;

namespace {

const char* kStudy = R"({"id": "cf-study",
 "title": {"it": "Comunità di pratica", "en": "Community of practice"},
 "languages": ["it", "en"], "min_cell": 5,
 "territories": [{"id": "valley", "name": {"it": "Valle", "en": "Valley"}},
                 {"id": "hills", "name": {"it": "Colline", "en": "Hills"}},
                 {"id": "coast", "name": {"it": "Costa", "en": "Coast"}}],
 "roles": [{"id": "social-service", "name": {"it": "Servizio sociale", "en": "Social service"}}],
 "services": [],
 "waves": [{"id": "w1", "date": "2024-01-10", "label": {"it": "Primo laboratorio", "en": "First workshop"}},
           {"id": "w2", "date": "2024-04-10", "label": {"it": "Secondo laboratorio", "en": "Second workshop"}}]})";

// Wave 1 as an Italian spreadsheet saves it. The communication items are
// reference_person, fluid_communication and hard_to_reach, the last one
// reversed (6 - x). Valley, per respondent: V1 (2 + 3 + 2)/3 = 7/3, V2 3
// (hard_to_reach written as its label), V3 (2 + 2 + 1)/3 = 5/3, V4 11/3, V5
// (3 + 3)/2 = 3 (2 of 3 answered are enough), V6 4/3: mean 15/6 = 2.5.
const char* kWave1Csv =
    "form;form_version;wave;territory;role;respondent;reference_person;fluid_communication;"
    "hard_to_reach;shared_care;joint_project;monitoring_meetings;formal_protocols;"
    "common_language\r\n"
    "collaboration-factors;1;w1;valley;social-service;V1;2;3;4;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;valley;social-service;V2;3;3;Né d'accordo né in disaccordo;3;2;2;"
    "2;3\r\n"
    "collaboration-factors;1;w1;valley;social-service;V3;2;2;5;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;valley;social-service;V4;4;3;2;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;valley;social-service;V5;3;;3;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;valley;social-service;V6;1;2;5;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;hills;social-service;H1;3;3;3;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;hills;social-service;H2;2;3;4;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;hills;social-service;H3;4;4;2;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;hills;social-service;H4;3;2;3;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;hills;social-service;H5;2;2;4;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;coast;social-service;C1;2;2;4;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;coast;social-service;C2;3;3;3;3;2;2;2;3\r\n"
    "collaboration-factors;1;w1;coast;social-service;C3;1;2;5;3;2;2;2;3\r\n";

std::string wave2_line(int n, const std::string& territory, const std::string& respondent,
                       int reference, int fluid, int hard) {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", n);
    return std::string(R"({"id":")") + id +
           R"(","form":"collaboration-factors","form_version":1,"wave":"w2","territory":")" +
           territory + R"(","role":"social-service","respondent":")" + respondent +
           R"(","answers":{"reference_person":)" + std::to_string(reference) +
           R"(,"fluid_communication":)" + std::to_string(fluid) + R"(,"hard_to_reach":)" +
           std::to_string(hard) +
           R"(,"shared_care":4,"joint_project":3,"monitoring_meetings":3,"formal_protocols":3,)"
           R"("common_language":3}})"
           "\n";
}

// Wave 2. Valley: V1 (3 + 4 + 4)/3 = 11/3, V2 4, V3 3, V4 13/3, V5 11/3, V6 2:
// mean 31/9. Changes V1..V6 in thirds: 4, 3, 4, 2, 2, 2 (mean 17/18).
std::string wave2_ndjson() {
    const struct {
        const char* territory;
        const char* respondent;
        int reference, fluid, hard;
    } rows[] = {{"valley", "V1", 3, 4, 2}, {"valley", "V2", 4, 4, 2}, {"valley", "V3", 3, 3, 3},
                {"valley", "V4", 4, 4, 1}, {"valley", "V5", 3, 4, 2}, {"valley", "V6", 2, 2, 4},
                {"hills", "H1", 3, 4, 3},  {"hills", "H2", 3, 3, 3},  {"hills", "H3", 4, 4, 2},
                {"hills", "H4", 4, 3, 2},  {"hills", "H5", 3, 3, 3},  {"coast", "C1", 4, 4, 1},
                {"coast", "C2", 4, 5, 1},  {"coast", "C3", 3, 3, 2}};
    std::string text;
    int n = 0;
    for (const auto& row : rows)
        text += wave2_line(++n, row.territory, row.respondent, row.reference, row.fluid, row.hard);
    return text;
}

Poco::JSON::Object::Ptr group_of(const Poco::JSON::Object::Ptr& report, const std::string& id) {
    const Poco::JSON::Array::Ptr groups = report->getArray("groups");
    for (unsigned i = 0; i < groups->size(); ++i)
        if (groups->getObject(i)->getValue<std::string>("group") == id) return groups->getObject(i);
    FAIL("no group " << id);
    return nullptr;
}

double number(const Poco::JSON::Object::Ptr& score, const std::string& key) {
    REQUIRE_FALSE(score->isNull(key));
    return score->getValue<double>(key);
}

// A copy of sonda in a prefix of its own: the core finds its plugins beside
// its library (lib/sonda/plugins), so the libraries are linked into the
// scratch prefix too (links keep their own path); SONDA_PLUGIN_PATH is
// unset, so no module loads.
struct PluginFreeSonda {
    CliEnvironment environment;
    explicit PluginFreeSonda(const ScratchFolder& scratch) {
        fs::create_directories(scratch.path("bin"));
        const fs::path copy = scratch.path("bin") / "sonda";
        fs::copy_file(std::string(SONDA_BINARY_DIR) + "/bin/sonda", copy);
        fs::permissions(copy, fs::perms::owner_all, fs::perm_options::add);
        environment.binary = copy.string();
        fs::create_directories(scratch.path("lib"));
        std::string library_path = scratch.path("lib").string();
        for (const std::string name : {"core", "render"}) {
            const fs::path built = std::string(SONDA_BINARY_DIR) + "/lib/libsonda_" + name +
                                   ".so." + std::to_string(SONDA_PLUGIN_API_VERSION);
            REQUIRE(fs::exists(built));
            fs::create_symlink(built, scratch.path("lib") / built.filename());
        }
        environment.set["LD_LIBRARY_PATH"] = library_path;
    }
    CliResult operator()(const std::vector<std::string>& args) const {
        return run_sonda(args, environment);
    }
};

}  // namespace

TEST_CASE("[cli] a declarative form with no plugin loaded: init, import, report by hand",
          "[cli][declarative]") {
    ScratchFolder scratch;
    const PluginFreeSonda sonda(scratch);
    const CliResult plugins = sonda({"plugins", "--format", "json"});
    REQUIRE(plugins.exit_code == 0);
    CHECK(Poco::JSON::Parser().parse(plugins.out).extract<Poco::JSON::Array::Ptr>()->size() == 0);

    fs::create_directories(scratch.path("forms"));
    fs::copy_file(forms_folder() + "/collaboration-factors.json",
                  scratch.path("forms") / "collaboration-factors.json");
    write_file(scratch.file("study.json"), kStudy);
    write_file(scratch.file("wave1.csv"), kWave1Csv);
    write_file(scratch.file("wave2.ndjson"), wave2_ndjson());
    const std::string db = scratch.file("cf.db");
    CliResult result = sonda({"init", "--db", db, "--study", scratch.file("study.json"), "--forms",
                              scratch.file("forms")});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("form collaboration-factors v1 (declarative)") != std::string::npos);
    result = sonda({"import", "--db", db, scratch.file("wave1.csv")});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("14 inserted") != std::string::npos);
    result = sonda({"import", "--db", db, scratch.file("wave2.ndjson")});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("14 inserted") != std::string::npos);

    const CliResult json =
        sonda({"report", "--db", db, "--form", "collaboration-factors", "--format", "json"});
    INFO(json.err);
    REQUIRE(json.exit_code == 0);
    const Poco::JSON::Object::Ptr report = parse_object(json.out);
    CHECK(report->getValue<std::string>("from") == "w1");
    CHECK(report->getValue<std::string>("to") == "w2");

    const Poco::JSON::Object::Ptr valley = group_of(report, "valley");
    CHECK(valley->isNull("withheld"));
    const Poco::JSON::Array::Ptr scores = valley->getArray("scores");
    REQUIRE(scores->size() == 3);
    const Poco::JSON::Object::Ptr communication = scores->getObject(0);
    CHECK(communication->getValue<std::string>("score") == "communication");
    CHECK(communication->getValue<int>("n_from") == 6);
    CHECK(communication->getValue<int>("n_paired") == 6);
    CHECK(communication->getValue<std::string>("design") == "paired");
    CHECK(number(communication, "mean_from") == Approx(2.5));
    CHECK(number(communication, "mean_to") == Approx(31.0 / 9.0));
    CHECK(number(communication, "diff_mean") == Approx(17.0 / 18.0));
    // The changes in thirds, 4 3 4 2 2 2, deviate from their mean 17/6 by
    // 7/6, 1/6, 7/6, -5/6 x 3: squares 174/36 = 29/6, variance 29/30 over 5.
    // So sd = sqrt(29/30) / 3, and the interval is 17/18 +- t(0.975, 5) sd / sqrt(6),
    // with t(0.975, 5) = 2.5705818366 (R: qt(0.975, 5)).
    const double sd = std::sqrt(29.0 / 30.0) / 3.0;
    const double half = 2.5705818366147395 * sd / std::sqrt(6.0);
    CHECK(number(communication, "ci95_low") == Approx(17.0 / 18.0 - half));
    CHECK(number(communication, "ci95_high") == Approx(17.0 / 18.0 + half));
    CHECK(number(communication, "effect_size") == Approx((17.0 / 18.0) / sd));  // Cohen's dz
    CHECK(communication->getValue<std::string>("band_from") == "borderline");   // 2.5
    CHECK(communication->getValue<std::string>("improvement") == "higher");
    CHECK(communication->getValue<std::string>("outcome") == "improved");

    // Coast has 3 respondents: withheld, with nothing of it shown, counts included;
    // hills (5) is withheld too, or everyone minus valley minus hills would give coast away.
    const Poco::JSON::Object::Ptr coast = group_of(report, "coast");
    CHECK(coast->getValue<std::string>("withheld") == "small");
    for (unsigned i = 0; i < 3; ++i) {
        const Poco::JSON::Object::Ptr score = coast->getArray("scores")->getObject(i);
        CHECK(score->getValue<bool>("suppressed"));
        CHECK(score->isNull("n_from"));
        CHECK(score->isNull("mean_to"));
    }
    CHECK(group_of(report, "hills")->getValue<std::string>("withheld") == "protects");

    // The HTML report: one section per group, the withheld ones saying so.
    const CliResult html = sonda({"report", "--db", db, "--form", "collaboration-factors",
                                  "--format", "html", "--lang", "it"});
    REQUIRE(html.exit_code == 0);
    CHECK(html.out.find("<section class=\"group\" data-group=\"valley\">") != std::string::npos);
    CHECK(html.out.find("<section class=\"group withheld\" data-group=\"coast\">") !=
          std::string::npos);
    CHECK(html.out.find("<td>Comunicazione</td>") != std::string::npos);
    CHECK(html.out.find("Da consolidare") != std::string::npos);  // the form's band, in Italian
    const CliResult text =
        sonda({"report", "--db", db, "--form", "collaboration-factors", "--lang", "en"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Communication      6/6/6") != std::string::npos);
    CHECK(text.out.find("Coast [coast]") != std::string::npos);

    // The same study with every plugin module loaded reports exactly the same.
    const CliResult with_plugins =
        run_sonda({"report", "--db", db, "--form", "collaboration-factors", "--format", "json"});
    REQUIRE(with_plugins.exit_code == 0);
    CHECK(with_plugins.out == json.out);
}

TEST_CASE("[cli] the generic charts draw a declarative form, an instrument's own is unknown",
          "[cli][declarative]") {
    ScratchFolder scratch;
    const PluginFreeSonda sonda(scratch);
    fs::create_directories(scratch.path("forms"));
    fs::copy_file(forms_folder() + "/collaboration-factors.json",
                  scratch.path("forms") / "collaboration-factors.json");
    write_file(scratch.file("study.json"), kStudy);
    write_file(scratch.file("wave1.csv"), kWave1Csv);
    write_file(scratch.file("wave2.ndjson"), wave2_ndjson());
    const std::string db = scratch.file("cf.db");
    REQUIRE(sonda({"init", "--db", db, "--study", scratch.file("study.json"), "--forms",
                   scratch.file("forms")})
                .exit_code == 0);
    REQUIRE(sonda({"import", "--db", db, scratch.file("wave1.csv")}).exit_code == 0);
    REQUIRE(sonda({"import", "--db", db, scratch.file("wave2.ndjson")}).exit_code == 0);

    for (const char* chart : {"change", "territories", "trend", "star"}) {
        INFO(chart);
        const std::string out = scratch.file(std::string(chart) + ".png");
        const CliResult result = sonda({"chart", "--db", db, "--form", "collaboration-factors",
                                        "--chart", chart, "--lang", "it", "--out", out});
        INFO(result.err);
        CHECK(result.exit_code == 0);
        CHECK(is_png(read_file(out)));
    }
    const CliResult heatmap = sonda({"chart", "--db", db, "--form", "collaboration-factors",
                                     "--chart", "heatmap", "--out", scratch.file("h.png")});
    // With no plugin loaded an instrument's chart is not even known; the
    // refusal of another instrument's chart is tested with the demo's plugins.
    CHECK(heatmap.exit_code == 1);
    CHECK(heatmap.err.find("unknown chart 'heatmap'") != std::string::npos);
}

TEST_CASE("[cli] forms validate names each mistake of a declarative form with its path",
          "[cli][declarative]") {
    ScratchFolder scratch;
    std::string form = read_file(forms_folder() + "/collaboration-factors.json");
    // A reversed item the score does not list, and a direction nobody knows.
    const auto replace = [&](const std::string& from, const std::string& to) {
        const std::size_t at = form.find(from);
        REQUIRE(at != std::string::npos);
        form.replace(at, from.size(), to);
    };
    replace("\"reverse\": [\n        \"hard_to_reach\"", "\"reverse\": [\n        \"shared_care\"");
    replace("\"improvement\": \"higher\"", "\"improvement\": \"better\"");
    write_file(scratch.file("cf.json"), form);
    const CliResult result = run_sonda({"forms", "validate", scratch.file("cf.json")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("cf.json: $.scores[0].reverse[0]: item 'shared_care' is reversed but is "
                          "not one of this score's items") != std::string::npos);
    CHECK(result.err.find("cf.json: $.scores[0].improvement: unknown direction 'better'") !=
          std::string::npos);
}

TEST_CASE("[cli] forms show lists the scores a declarative form declares", "[cli][declarative]") {
    const CliResult result = run_sonda(
        {"forms", "show", "collaboration-factors", "--forms", forms_folder(), "--lang", "it"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("Questionario collaboration-factors v1 (plugin declarative)") == 0);
    CHECK(result.out.find("Punteggi (3)\n  communication      Comunicazione, 1..5, più alto è "
                          "meglio\n") != std::string::npos);
    CHECK(result.out.find("domande: reference_person, fluid_communication, hard_to_reach "
                          "(invertita)\n") != std::string::npos);
    CHECK(result.out.find("fasce: Criticità 1..2,5, Da consolidare 2,5..3,5, Punto di forza "
                          "3,5..5\n") != std::string::npos);
    const CliResult english = run_sonda(
        {"forms", "show", "collaboration-factors", "--forms", forms_folder(), "--lang", "en"});
    CHECK(english.out.find("Scores (3)\n  communication      Communication, 1..5, higher is "
                           "better\n") != std::string::npos);
    CHECK(english.out.find("bands: Concern 1..2.5, Borderline 2.5..3.5, Strength 3.5..5\n") !=
          std::string::npos);
}
