// A plugin that fails, seen from the command line: the faulty test plugin
// (tests/plugins/faulty) loaded through SONDA_PLUGIN_PATH breaks on purpose,
// and every failure must reach the user as a sonda error naming the plugin,
// the form, the response and the line, cost only what it must (a row, a
// report's additions, a rescore), and leave nothing half-written.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>

#include "cli_runner.hpp"
#include "postgres_schema.hpp"

using namespace sonda::test;

namespace {

const std::string kFaultyDir = SONDA_FAULTY_PLUGIN_DIR;

CliEnvironment faulty_plugin(const std::string& version = "") {
    CliEnvironment environment;
    environment.set["SONDA_PLUGIN_PATH"] = kFaultyDir;
    if (!version.empty()) environment.set["FAULTY_PLUGIN_VERSION"] = version;
    return environment;
}

std::string response_id(int n) {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", n);
    return id;
}

std::string faulty_response(int n, const std::string& wave, const std::string& territory,
                            const std::string& respondent, int q1, int q2,
                            const std::string& note = "") {
    return R"({"id": ")" + response_id(n) + R"(", "form": "faulty", "form_version": 1, "wave": ")" +
           wave + R"(", "territory": ")" + territory +
           R"(", "role": "social_service", "respondent": ")" + respondent +
           R"(", "answers": {"q1": )" + std::to_string(q1) + R"(, "q2": )" + std::to_string(q2) +
           (note.empty() ? "" : R"(, "note": ")" + note + "\"") + "}}\n";
}

// Six respondents in each of two territories at two waves; respondent 0 of
// Livorno answers q1 = 1 at workshop-2 (response 7), the plugin's trigger.
std::string two_waves() {
    std::string lines;
    int n = 0;
    for (const char* wave : {"workshop-1", "workshop-2"})
        for (const auto& [territory, code] :
             {std::pair<const char*, const char*>{"livorno", "LI"}, {"piana_di_lucca", "PL"}})
            for (int i = 0; i < 6; ++i) {
                ++n;
                const bool trigger = std::string(territory) == "livorno" &&
                                     std::string(wave) == "workshop-2" && i == 0;
                lines +=
                    faulty_response(n, wave, territory, code + std::string("0") + std::to_string(i),
                                    trigger ? 1 : 2 + i % 3, 3 + i % 2);
            }
    return lines;
}
constexpr int kTrigger = 13;  // the first row of Livorno at workshop-2

// A study with one form of the faulty plugin that fails as `fault` says.
struct FaultyStudy {
    ScratchFolder scratch;
    std::string db;
    explicit FaultyStudy(const std::string& fault, const std::string& target = "")
        : db(target.empty() ? scratch.file("study.db") : target) {
        std::filesystem::create_directories(scratch.path("forms"));
        write_file(scratch.file("forms/faulty.json"), R"({"id": "faulty", "version": 1,
            "title": {"en": "Faulty"}, "plugin": "faulty", "fault": ")" +
                                                          fault + R"(",
            "items": [{"id": "q1", "type": "likert", "label": "Q1", "min": 1, "max": 5},
                      {"id": "q2", "type": "likert", "label": "Q2", "min": 1, "max": 5},
                      {"id": "note", "type": "faulty_text", "label": "Note"}]})");
    }
    CliResult init() {
        return run_sonda(
            {"init", "--db", db, "--study", demo_study_file(), "--forms", scratch.file("forms")},
            faulty_plugin());
    }
    // The file `name` holding `lines`, imported.
    CliResult import(const std::string& name, const std::string& lines,
                     std::vector<std::string> options = {}, const std::string& version = "") {
        write_file(scratch.file(name), lines);
        std::vector<std::string> args{"import", "--db", db, scratch.file(name)};
        args.insert(args.end(), options.begin(), options.end());
        return run_sonda(args, faulty_plugin(version));
    }
    CliResult run(std::vector<std::string> args, const std::string& version = "") {
        args.insert(args.begin() + 1, {"--db", db});
        return run_sonda(args, faulty_plugin(version));
    }
    std::size_t stored() { return count_lines(run({"export", "--form", "faulty"}).out); }
};

std::string failed_in(const std::string& call, int response) {
    return "plugin 'faulty' 0.1.0 (instrument 'faulty') failed in " + call + " on response " +
           response_id(response) + " of form 'faulty' v1: ";
}
std::string wrong_from_score(int response) {
    return "plugin 'faulty' 0.1.0 (instrument 'faulty') returned a wrong result from score() on "
           "response " +
           response_id(response) + " of form 'faulty' v1: ";
}

}  // namespace

TEST_CASE(
    "[cli] a plugin throwing in score() stops the import at its line, --skip-invalid "
    "rejects the row",
    "[cli][plugin-failure]") {
    FaultyStudy study("throw_in_score");
    REQUIRE(study.init().exit_code == 0);
    const std::string rows = faulty_response(1, "workshop-1", "livorno", "LI01", 3, 4) +
                             faulty_response(2, "workshop-1", "livorno", "LI02", 1, 4) +
                             faulty_response(3, "workshop-1", "livorno", "LI03", 2, 4);
    const CliResult stopped = study.import("rows.ndjson", rows);
    CHECK(stopped.exit_code == 2);
    const std::string file = study.scratch.file("rows.ndjson");
    CHECK(stopped.err == "sonda: " + file + ":2: " + failed_in("score()", 2) +
                             "it threw std::runtime_error: boom in score\n"
                             "sonda: " +
                             file +
                             ": 1 of 3 rows invalid: nothing was imported (fix it, or import "
                             "with --skip-invalid to store the valid rows)\n"
                             "sonda: " +
                             file +
                             ": nothing imported from this file (1 problem listed above; fix "
                             "it, or use --skip-invalid)\n");
    CHECK(study.stored() == 0);

    const std::string rejected = study.scratch.file("rejected.ndjson");
    const CliResult skipped =
        study.import("rows.ndjson", rows, {"--skip-invalid", "--rejected", rejected});
    CHECK(skipped.exit_code == 0);
    CHECK(skipped.out ==
          file + ": 3 rows, 2 inserted, 0 unchanged, 1 rejected (written to " + rejected + ")\n");
    CHECK(skipped.err == "sonda: rejected: " + file + ":2: " + failed_in("score()", 2) +
                             "it threw std::runtime_error: boom in score\n");
    CHECK(read_file(rejected) == faulty_response(2, "workshop-1", "livorno", "LI02", 1, 4));
    CHECK(study.stored() == 2);
}

TEST_CASE("[cli] a plugin's wrong results are errors of the row that says what is wrong",
          "[cli][plugin-failure]") {
    const auto [fault, expected] = GENERATE(table<std::string, std::string>({
        {"too_few_scores",
         wrong_from_score(2) +
             "it returned 1 score(s) for 2 score definition(s) (total, first): score() gives one "
             "entry per definition, without a value when the score is missing"},
        {"unknown_score", wrong_from_score(2) +
                              "it returned a score 'bogus' that score_definitions() does not "
                              "declare (declared: total, first)"},
        {"nan", wrong_from_score(2) + "it returned NaN for score 'total': a missing score has no "
                                      "value, a value is a finite number"},
        {"infinity", wrong_from_score(2) +
                         "it returned infinity for score 'total': a missing score has no value, "
                         "a value is a finite number"},
        {"out_of_range", wrong_from_score(2) +
                             "it returned 7 for score 'total', outside its declared range 1 to 5"},
        {"throw_other",
         failed_in("score()", 2) + "it threw something that is not a std::exception"},
        {"throw_in_validate",
         failed_in("validate()", 2) + "it threw std::runtime_error: validate exploded"},
    }));
    INFO(fault);
    FaultyStudy study(fault);
    REQUIRE(study.init().exit_code == 0);
    const CliResult result =
        study.import("rows.ndjson", faulty_response(1, "workshop-1", "livorno", "LI01", 3, 4) +
                                        faulty_response(2, "workshop-1", "livorno", "LI02", 1, 4));
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::StartsWith("sonda: " + study.scratch.file("rows.ndjson") +
                                             ":2: " + expected + "\n"));
    CHECK(study.stored() == 0);
}

TEST_CASE("[cli] an item type that throws names the item, the response and the line",
          "[cli][plugin-failure]") {
    FaultyStudy study("none");
    REQUIRE(study.init().exit_code == 0);
    const CliResult ndjson = study.import(
        "rows.ndjson", faulty_response(1, "workshop-1", "livorno", "LI01", 3, 4, "explode"));
    CHECK(ndjson.exit_code == 2);
    CHECK_THAT(ndjson.err,
               Catch::StartsWith("sonda: " + study.scratch.file("rows.ndjson") +
                                 ":1: plugin 'faulty' 0.1.0 (item type 'faulty_text') failed in "
                                 "validate_answer() on response " +
                                 response_id(1) +
                                 " of form 'faulty' v1, item 'note': it threw std::logic_error: "
                                 "validate_answer exploded\n"));

    // In a spreadsheet cell: the plugin may refuse a cell (its contract), or fail.
    const std::string header = "id,form,form_version,wave,territory,role,respondent,q1,q2,note\n";
    const CliResult csv = study.import(
        "rows.csv",
        header + response_id(2) + ",faulty,1,workshop-1,livorno,social_service,LI02,3,4,explode\n" +
            response_id(3) + ",faulty,1,workshop-1,livorno,social_service,LI03,3,4,refuse\n");
    CHECK(csv.exit_code == 2);
    const std::string file = study.scratch.file("rows.csv");
    CHECK_THAT(csv.err, Catch::Contains("sonda: " + file +
                                        ":2: item note: plugin 'faulty' 0.1.0 (item type "
                                        "'faulty_text') failed in parse_cell(), item 'note': it "
                                        "threw std::logic_error: parse_cell exploded\n"));
    CHECK_THAT(csv.err,
               Catch::Contains("sonda: " + file + ":3: item note: faulty_text refuses 'refuse'\n"));
    CHECK(study.stored() == 0);
}

TEST_CASE("[cli] score definitions that do not fit the form refuse the form when it is loaded",
          "[cli][plugin-failure]") {
    const auto [fault, expected] = GENERATE(table<std::string, std::string>({
        {"missing_item",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: score "
         "'total' is made of item 'q9', which this form does not have (its items: q1, q2, note)"},
        {"duplicate_score",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: score "
         "'total' is defined twice"},
        {"empty_range",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: score "
         "'first' has min 5 not below max 1"},
        {"bad_bands",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: score "
         "'total' lists band 'low' (from 1) after band 'high', which ends at 5: bands are listed "
         "from low to high and do not overlap"},
        {"band_outside",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') defines scores this form cannot have: score "
         "'total', band 'high', from 3 to 5, is outside the score's range 1 to 4"},
        {"throw_in_definitions",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') failed in score_definitions() on form "
         "'faulty' v1: it threw std::logic_error: no definitions today"},
        {"throw_in_check_form",
         "plugin 'faulty' 0.1.0 (instrument 'faulty') failed in check_form() on form 'faulty' v1: "
         "it threw std::runtime_error: check_form exploded"},
    }));
    INFO(fault);
    FaultyStudy study(fault);
    const CliResult init = study.init();
    CHECK(init.exit_code == 2);
    CHECK(init.err ==
          "sonda: " + study.scratch.file("forms/faulty.json") + ": $.plugin: " + expected + "\n");
    CHECK_FALSE(std::filesystem::exists(study.db));  // nothing is created from a bad form
}

TEST_CASE("[cli] a report carries on without the additions of a plugin that fails, and says so",
          "[cli][plugin-failure]") {
    SECTION("in one group") {
        FaultyStudy study("throw_in_add");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const CliResult json = study.run({"report", "--form", "faulty", "--format", "json"});
        CHECK(json.exit_code == 0);
        CHECK(json.err ==
              "sonda: warning: plugin 'faulty' 0.1.0 (instrument 'faulty') failed in "
              "add() on response (respondent 'LI00' of territory 'livorno') of form "
              "'faulty' v1: it threw std::out_of_range: add exploded; what it adds is "
              "left out of group 'livorno'\n");
        const auto report = parse_object(json.out);
        CHECK_FALSE(report->has("notes"));
        const auto groups = report->getArray("groups");
        REQUIRE(groups->size() == 2);
        const auto livorno = groups->getObject(0);
        CHECK_FALSE(livorno->has("instrument"));
        const auto note = livorno->getArray("notes")->getObject(0);
        CHECK(note->getValue<std::string>("kind") == "extras_left_out");
        CHECK(note->getValue<std::string>("call") == "add()");
        const std::string text =
            "Left out of this group: what plugin 'faulty' 0.1.0 adds to it, because the plugin "
            "failed in add(). The score figures do not depend on it.";
        CHECK(note->getValue<std::string>("text") == text);
        // No response id, code or plugin message in what may be published.
        CHECK(json.out.find("LI00") == std::string::npos);
        CHECK(json.out.find("exploded") == std::string::npos);
        // The other group keeps its additions, and every group its scores.
        const auto piana = groups->getObject(1);
        CHECK(piana->getObject("instrument")->getValue<int>("responses_to") == 6);
        CHECK_FALSE(piana->has("notes"));
        CHECK(livorno->getArray("scores")->getObject(0)->getValue<int>("n_to") == 6);

        const CliResult text_report = study.run({"report", "--form", "faulty", "--lang", "en"});
        CHECK(text_report.exit_code == 0);
        CHECK_THAT(text_report.out, Catch::Contains("Note: " + text));
        const CliResult html =
            study.run({"report", "--form", "faulty", "--format", "html", "--lang", "it"});
        CHECK(html.exit_code == 0);
        CHECK_THAT(html.out, Catch::Contains("<p class=\"note\"><strong>Nota:</strong> Omesso in "
                                             "questo gruppo: ciò che vi aggiunge il plugin "
                                             "&#39;faulty&#39; 0.1.0"));
    }
    SECTION("in every group") {
        FaultyStudy study("throw_in_start");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const CliResult json = study.run({"report", "--form", "faulty", "--format", "json"});
        CHECK(json.exit_code == 0);
        CHECK_THAT(json.err, Catch::Contains("failed in start_comparison() on form 'faulty' v1: it "
                                             "threw std::runtime_error: start_comparison "
                                             "exploded; what it adds is left out of every group"));
        const auto report = parse_object(json.out);
        CHECK(report->getArray("notes")->getObject(0)->getValue<std::string>("kind") ==
              "all_extras_left_out");
        for (std::size_t g = 0; g < 2; ++g)
            CHECK_FALSE(report->getArray("groups")->getObject(g)->has("instrument"));
    }
    SECTION("a NaN in its result") {
        FaultyStudy study("nan_in_finish");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const CliResult json = study.run({"report", "--form", "faulty", "--format", "json"});
        CHECK(json.exit_code == 0);
        CHECK_THAT(json.err,
                   Catch::Contains("returned a wrong result from finish() on form 'faulty' v1: its "
                                   "JSON holds NaN at $.ratio, which JSON cannot carry"));
        CHECK(json.out.find("nan") == std::string::npos);
        CHECK(json.out.find("NaN") == std::string::npos);
    }
}

TEST_CASE("[cli] a report section or chart that fails costs its own rendering, not the output",
          "[cli][plugin-failure]") {
    SECTION("a working section shows what it reads, the rest generically") {
        FaultyStudy study("none");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const CliResult html = study.run({"report", "--form", "faulty", "--format", "html"});
        REQUIRE(html.exit_code == 0);
        CHECK_THAT(html.out, Catch::Contains("<p class=\"faulty\">responses before: 6</p>"));
        CHECK(html.out.find("section_failed") == std::string::npos);
        const std::string page = study.scratch.file("livorno.html");
        REQUIRE(study.run({"summary", "--territory", "livorno", "--format", "html", "--out", page})
                    .exit_code == 0);
        CHECK_THAT(read_file(page), Catch::Contains("Faulty block ends"));
    }
    SECTION("the section fails half-way") {
        FaultyStudy study("throw_in_section");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const std::string note =
            "What plugin 'faulty' 0.1.0 adds to this group is shown as plain tables: its report "
            "section failed in ";
        const CliResult text = study.run({"report", "--form", "faulty", "--lang", "en"});
        REQUIRE(text.exit_code == 0);
        // Nothing of what it wrote before failing; its keys shown generically.
        CHECK(text.out.find("responses before") == std::string::npos);
        CHECK_THAT(text.out, Catch::Contains("responses_from"));
        CHECK_THAT(text.out, Catch::Contains("Note: " + note + "write_text()."));
        const CliResult html =
            study.run({"report", "--form", "faulty", "--format", "html", "--lang", "en"});
        REQUIRE(html.exit_code == 0);
        CHECK(html.out.find("responses before") == std::string::npos);
        CHECK(html.out.find("exploded") == std::string::npos);
        CHECK_THAT(html.out, Catch::Contains("What plugin &#39;faulty&#39; 0.1.0 adds to this "
                                             "group is shown as plain tables"));
        CHECK_THAT(html.out, Catch::EndsWith("</html>\n"));
        const std::string page = study.scratch.file("livorno.html");
        const CliResult summary = study.run({"summary", "--territory", "livorno", "--format",
                                             "html", "--lang", "en", "--out", page});
        REQUIRE(summary.exit_code == 0);
        const std::string written = read_file(page);
        CHECK(written.find("Faulty block begins") == std::string::npos);
        CHECK_THAT(written, Catch::Contains("Left out: what plugin"));
    }
    SECTION("the chart fails") {
        FaultyStudy study("throw_in_chart");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const std::string out = study.scratch.file("count.svg");
        const CliResult chart =
            study.run({"chart", "--form", "faulty", "--chart", "faulty-count", "--out", out});
        CHECK(chart.exit_code == 2);
        CHECK_THAT(chart.err, Catch::Contains("plugin 'faulty' 0.1.0 (chart 'faulty-count') "
                                              "failed in draw()"));
        CHECK_THAT(chart.err, Catch::Contains("draw exploded"));
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("a section's style fails: the page keeps everything else, and says so") {
        FaultyStudy study("none");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        CliEnvironment broken = faulty_plugin();
        broken.set["FAULTY_BROKEN_STYLE"] = "1";
        const CliResult html = run_sonda(
            {"report", "--db", study.db, "--form", "faulty", "--format", "html", "--lang", "en"},
            broken);
        CHECK(html.exit_code == 0);
        CHECK(html.out.find(".faulty { color: teal; }") == std::string::npos);
        CHECK_THAT(html.out, Catch::Contains("its report section failed in html_style()"));
        CHECK_THAT(html.out, Catch::Contains("<p class=\"faulty\">responses before: 6</p>"));
        CHECK_THAT(html.out, Catch::EndsWith("</html>\n"));
    }
    SECTION("a chart and a summary warn about what their reports left out") {
        FaultyStudy study("throw_in_add");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const std::string warning =
            "sonda: warning: plugin 'faulty' 0.1.0 (instrument 'faulty') failed in add() on "
            "response (respondent 'LI00' of territory 'livorno') of form 'faulty' v1: it threw "
            "std::out_of_range: add exploded; what it adds is left out of group 'livorno'\n";
        const CliResult chart =
            study.run({"chart", "--form", "faulty", "--chart", "faulty-count", "--territory",
                       "livorno", "--out", study.scratch.file("count.pdf")});
        CHECK(chart.exit_code == 0);
        CHECK_THAT(chart.err, Catch::StartsWith(warning));
        const CliResult summary = study.run(
            {"summary", "--territory", "livorno", "--out", study.scratch.file("livorno.pdf")});
        CHECK(summary.exit_code == 0);
        CHECK_THAT(summary.err, Catch::StartsWith(warning));
        // Scores of another plugin version: every output that reads them says so, once.
        const CliResult trend = study.run({"chart", "--form", "faulty", "--chart", "trend", "--out",
                                           study.scratch.file("trend.pdf")},
                                          "0.2.0");
        CHECK(trend.exit_code == 0);
        const std::string scored =
            "sonda: warning: form 'faulty': Some stored scores of this form "
            "were computed by plugin 'faulty' 0.1.0, but 0.2.0 is loaded";
        CHECK_THAT(trend.err, Catch::StartsWith(scored));
        CHECK(trend.err.find(scored, 1) == std::string::npos);
    }
    SECTION("a chart that works, and one whose description fails in the list") {
        FaultyStudy study("none");
        REQUIRE(study.init().exit_code == 0);
        REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
        const std::string out = study.scratch.file("count.pdf");
        REQUIRE(study
                    .run({"chart", "--form", "faulty", "--chart", "faulty-count", "--format", "pdf",
                          "--out", out})
                    .exit_code == 0);
        CHECK_THAT(pdf_text(out), Catch::Contains("12 responses"));
        CliEnvironment broken = faulty_plugin();
        broken.set["FAULTY_BROKEN_DESCRIPTION"] = "1";
        const CliResult list = run_sonda({"chart", "--list"}, broken);
        CHECK(list.exit_code == 0);
        CHECK_THAT(list.out, Catch::Contains("faulty-count"));
        CHECK_THAT(list.out, Catch::Contains("failed in description()"));
        CHECK_THAT(list.out, Catch::Contains("trend"));
    }
}

namespace {

// Import with one release of the plugin, report and rescore with the next.
void rescore_after_an_upgrade(FaultyStudy& study) {
    REQUIRE(study.init().exit_code == 0);
    REQUIRE(study.import("rows.ndjson", two_waves()).exit_code == 0);
    const std::string warning =
        "sonda: warning: form 'faulty': Some stored scores of this form were computed by plugin "
        "'faulty' 0.1.0, but 0.2.0 is loaded now: run `sonda rescore --form faulty` to compute "
        "them again with it.\n";
    const std::vector<std::string> report{"report", "--form",   "faulty", "--by",
                                          "none",   "--format", "json"};
    const CliResult before = study.run(report, "0.2.0");
    CHECK(before.exit_code == 0);
    CHECK(before.err == warning);
    const auto note = parse_object(before.out)->getArray("notes")->getObject(0);
    CHECK(note->getValue<std::string>("kind") == "scored_by_other");
    CHECK(note->getValue<std::string>("scored_by_version") == "0.1.0");
    CHECK(note->getValue<std::string>("version") == "0.2.0");
    const auto mean_to = [](const CliResult& result) {
        return parse_object(result.out)
            ->getArray("groups")
            ->getObject(0)
            ->getArray("scores")
            ->getObject(0)
            ->getValue<double>("mean_to");
    };
    const double old_mean = mean_to(before);

    // 0.2.0 scores total as max(q1, q2): 4 of each 6 respondents differ.
    const CliResult dry = study.run({"rescore", "--form", "faulty", "--dry-run"}, "0.2.0");
    CHECK(dry.exit_code == 0);
    CHECK(dry.out ==
          "form 'faulty': 24 responses scored again by plugin 'faulty' 0.2.0: 16 would change (16 "
          "scores in all); before, some had been computed by plugin 'faulty' 0.1.0 (dry run: "
          "nothing stored)\n");
    CHECK(study.run(report, "0.2.0").err == warning);  // nothing stored

    // A release that fails on one response changes nothing at all.
    const CliResult broken = study.run({"rescore", "--form", "faulty"}, "0.3.0");
    CHECK(broken.exit_code == 2);
    CHECK(broken.err ==
          "sonda: plugin 'faulty' 0.3.0 (instrument 'faulty') failed in score() on "
          "response " +
              response_id(kTrigger) +
              " of form 'faulty' v1: it threw std::runtime_error: boom in score\n"
              "sonda: form 'faulty': nothing was rescored, every stored score is "
              "as it was\n");
    CHECK(study.run(report, "0.2.0").err == warning);

    const CliResult done = study.run({"rescore", "--form", "faulty"}, "0.2.0");
    CHECK(done.exit_code == 0);
    CHECK(done.out ==
          "form 'faulty': 24 responses scored again by plugin 'faulty' 0.2.0: 16 changed (16 "
          "scores in all); before, some had been computed by plugin 'faulty' 0.1.0\n");
    const CliResult after = study.run(report, "0.2.0");
    CHECK(after.err.empty());
    CHECK_FALSE(parse_object(after.out)->has("notes"));
    CHECK(mean_to(after) > old_mean);  // the larger of two answers, not their mean
    CHECK(study.run({"rescore", "--form", "faulty"}, "0.2.0").out ==
          "form 'faulty': 24 responses scored again by plugin 'faulty' 0.2.0: 0 changed (0 scores "
          "in all)\n");
    // Now the old release is the other one.
    CHECK_THAT(study.run(report).err, Catch::Contains("computed by plugin 'faulty' 0.2.0, but "
                                                      "0.1.0 is loaded now"));
}

}  // namespace

TEST_CASE("[cli] rescore after a plugin upgrade: counts, all or nothing, and the report's warning",
          "[cli][plugin-failure]") {
    FaultyStudy study("none");
    rescore_after_an_upgrade(study);
}

TEST_CASE("[cli] rescore after a plugin upgrade on PostgreSQL", "[cli][plugin-failure][postgres]") {
    const std::optional<std::string> url = postgres_test_url();
    if (!url)
        FAIL(
            "SONDA_TEST_POSTGRES_URL is not set: run script/test, or start a server with "
            "`script/postgres start DIR` and export the URL it prints");
    const PostgresSchema schema(*url);
    FaultyStudy study("none", schema.target());
    rescore_after_an_upgrade(study);
}

TEST_CASE("[cli] the faulty test plugin is found only through SONDA_PLUGIN_PATH",
          "[cli][plugin-failure]") {
    const CliResult plain = run_sonda({"plugins"});
    CHECK(plain.exit_code == 0);
    CHECK(plain.out.find("faulty") == std::string::npos);
    CHECK_FALSE(std::filesystem::exists(std::string(SONDA_BINARY_DIR) + "/plugins/faulty.so"));
    const CliResult pointed = run_sonda({"plugins"}, faulty_plugin());
    CHECK_THAT(pointed.out, Catch::Contains("faulty") && Catch::Contains("0.1.0"));
}
