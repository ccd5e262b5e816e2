// sonda import, export, report and demo against real SQLite databases.
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

std::string init_db(const ScratchFolder& scratch) {
    const std::string db = scratch.file("study.db");
    const CliResult init = run_sonda({"init", "--db", db, "--study", demo_study_file()});
    REQUIRE(init.exit_code == 0);
    return db;
}

std::string export_ndjson(const std::string& db) {
    const CliResult result = run_sonda({"export", "--db", db, "--form", "network-dimensions"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

// One response written to a file of the scratch folder and imported.
void import_one(const ScratchFolder& scratch, const std::string& db, const std::string& name,
                const std::string& response) {
    const std::string file = scratch.file(name);
    write_file(file, response + "\n");
    REQUIRE(run_sonda({"import", "--db", db, file}).exit_code == 0);
}

const char* kUuid1 = "6f1c6c2e-0000-4000-8000-000000000001";
const char* kUuid2 = "6f1c6c2e-0000-4000-8000-000000000002";
const char* kUuid3 = "6f1c6c2e-0000-4000-8000-000000000003";

}  // namespace

TEST_CASE("[cli] import NDJSON: inserted, then unchanged on a second run", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string file = scratch.file("responses.ndjson");
    write_file(file, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n" +
                         network_response(kUuid2, "workshop-2", "livorno", "LI01") + "\n");
    const CliResult first = run_sonda({"import", "--db", db, file});
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == file + ": 2 rows, 2 inserted, 0 unchanged, 0 rejected\n");
    const CliResult again = run_sonda({"import", "--db", db, file});
    CHECK(again.exit_code == 0);
    CHECK(again.out == file + ": 2 rows, 0 inserted, 2 unchanged, 0 rejected\n");
    CHECK(count_lines(export_ndjson(db)) == 2);
}

TEST_CASE("[cli] import: an invalid row fails the file with line, item and reason, db unchanged",
          "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string good = scratch.file("good.ndjson");
    write_file(good, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n");
    REQUIRE(run_sonda({"import", "--db", db, good}).exit_code == 0);
    const std::string before = export_ndjson(db);

    const std::string bad = scratch.file("bad.ndjson");
    write_file(bad, network_response(kUuid2, "workshop-2", "livorno", "LI02") + "\n" +
                        network_response(kUuid3, "workshop-2", "livorno", "LI03", 9) + "\n" +
                        "{not json\n");
    const CliResult result = run_sonda({"import", "--db", db, bad});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("sonda: " + bad + ":2") != std::string::npos);
    CHECK(result.err.find("sharing_1") != std::string::npos);
    CHECK(result.err.find(bad + ":3") != std::string::npos);
    CHECK(result.err.find("nothing imported") != std::string::npos);
    CHECK(export_ndjson(db) == before);

    SECTION("--skip-invalid stores the valid rows and writes the rejected ones") {
        const std::string rejected = scratch.file("rejected.ndjson");
        const CliResult skipped =
            run_sonda({"import", "--db", db, bad, "--skip-invalid", "--rejected", rejected});
        CHECK(skipped.exit_code == 0);
        CHECK(skipped.out.find("1 inserted") != std::string::npos);
        CHECK(skipped.out.find("2 rejected") != std::string::npos);
        CHECK(skipped.err.find("sonda: rejected: " + bad + ":2") != std::string::npos);
        const std::string written = read_file(rejected);
        CHECK(count_lines(written) == 2);
        CHECK(written.find(kUuid3) != std::string::npos);
        CHECK(count_lines(export_ndjson(db)) == 2);
    }
}

TEST_CASE("[cli] import --dry-run checks everything and stores nothing", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    import_one(scratch, db, "stored.ndjson",
               network_response(kUuid1, "workshop-1", "livorno", "LI01", 4));
    const std::string before = export_ndjson(db);

    const std::string file = scratch.file("next.ndjson");
    write_file(file, network_response(kUuid1, "workshop-1", "livorno", "LI01", 4) + "\n" +
                         network_response(kUuid2, "workshop-2", "livorno", "LI01") + "\n");
    const CliResult dry = run_sonda({"import", "--db", db, file, "--dry-run"});
    CHECK(dry.exit_code == 0);
    CHECK(dry.out == file +
                         ": 2 rows, 1 would be inserted, 1 unchanged, 0 rejected "
                         "(dry run: nothing stored)\n");
    CHECK(export_ndjson(db) == before);

    SECTION("a conflict with a stored response is found, exit 3") {
        const std::string changed = scratch.file("changed.ndjson");
        write_file(changed, network_response(kUuid1, "workshop-1", "livorno", "LI01", 2) + "\n");
        const CliResult result = run_sonda({"import", "--db", db, changed, "--dry-run"});
        CHECK(result.exit_code == 3);
        CHECK(result.err.find(kUuid1) != std::string::npos);
    }
    SECTION("an invalid row is reported as in a real import, exit 2") {
        const std::string bad = scratch.file("bad.ndjson");
        write_file(bad, network_response(kUuid3, "workshop-2", "livorno", "LI03", 9) + "\n");
        const CliResult result = run_sonda({"import", "--db", db, bad, "--dry-run"});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find(bad + ":1") != std::string::npos);
    }
    SECTION("with --rejected it is a usage error: a dry run writes nothing") {
        const std::string rejected = scratch.file("rejected.ndjson");
        const CliResult result = run_sonda(
            {"import", "--db", db, file, "--dry-run", "--skip-invalid", "--rejected", rejected});
        CHECK(result.exit_code == 1);
        CHECK_FALSE(Poco::File(rejected).exists());
    }
    CHECK(export_ndjson(db) == before);
}

TEST_CASE("[cli] import refuses binary input at once, saying what it is", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    SECTION("an endless device ends at its first NUL byte") {
        const CliResult result = run_sonda({"import", "--db", db, "/dev/zero", "--skip-invalid"});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("/dev/zero: byte 1 is a NUL byte: this is binary data") !=
              std::string::npos);
        CHECK(result.err.find("--skip-invalid") == std::string::npos);
    }
    SECTION("a NUL byte after valid rows fails the whole file") {
        const std::string file = scratch.file("nul.ndjson");
        write_file(file, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n" +
                             std::string("{\"a\":\"\0\"}\n", 10));
        const CliResult result = run_sonda({"import", "--db", db, file, "--skip-invalid"});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("is a NUL byte") != std::string::npos);
        CHECK(export_ndjson(db).empty());
    }
    SECTION("a workbook and UTF-16 text get what to do instead") {
        const std::string workbook = scratch.file("risposte.csv");
        write_file(workbook, std::string("PK\x03\x04\x14\0\x06\0", 8));
        CliResult result = run_sonda({"import", "--db", db, workbook});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("spreadsheet workbook (.xlsx, .ods)") != std::string::npos);
        CHECK(result.err.find("save it as \"CSV UTF-8\"") != std::string::npos);
        const std::string unicode = scratch.file("unicode.csv");
        write_file(unicode, std::string("\xFF\xFEi\0d\0", 6));
        result = run_sonda({"import", "--db", db, unicode});
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("UTF-16 text") != std::string::npos);
    }
}

TEST_CASE("[cli] import: an unknown territory lists the valid ones", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string file = scratch.file("unknown.ndjson");
    write_file(file, network_response(kUuid1, "workshop-1", "firenze", "FI01") + "\n");
    const CliResult result = run_sonda({"import", "--db", db, file});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("firenze") != std::string::npos);
    CHECK(result.err.find("sds_pistoiese") != std::string::npos);
}

TEST_CASE("[cli] import: the same id with different content is a conflict, exit 3", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    import_one(scratch, db, "first.ndjson",
               network_response(kUuid1, "workshop-1", "livorno", "LI01", 4));
    const std::string changed = scratch.file("changed.ndjson");
    write_file(changed, network_response(kUuid1, "workshop-1", "livorno", "LI01", 2) + "\n");
    const CliResult result = run_sonda({"import", "--db", db, changed});
    CHECK(result.exit_code == 3);
    CHECK(result.err.find(kUuid1) != std::string::npos);
}

TEST_CASE("[cli] import reads standard input with '-'", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string file = scratch.file("stdin.ndjson");
    write_file(file, network_response(kUuid1, "workshop-1", "livorno", "LI01") + "\n");
    const CliResult result = run_sonda({"import", "--db", db, "--format", "ndjson", "-"}, {}, file);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("1 inserted") != std::string::npos);
}

TEST_CASE("[cli] export and re-import as Italian CSV round-trips, invalid CSV row exit 2",
          "[cli]") {
    const std::string& demo = shared_demo_db();
    ScratchFolder scratch;
    const std::string csv = scratch.file("risposte.csv");
    const CliResult exported =
        run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--format", "csv-wide",
                   "--delimiter", ";", "--decimal", ",", "--out", csv});
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.err.find("sonda: wrote") == 0);
    const std::string text = read_file(csv);
    CHECK(text.find(';') != std::string::npos);
    const std::size_t rows = count_lines(export_ndjson(demo));
    REQUIRE(rows > 50);

    const std::string db = init_db(scratch);
    const CliResult imported = run_sonda({"import", "--db", db, csv, "--format", "csv"});
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find(std::to_string(rows) + " inserted") != std::string::npos);
    CHECK(export_ndjson(db) == export_ndjson(demo));

    // One cell made invalid: the whole file is refused, the line is named.
    ScratchFolder other;
    const std::string fresh = init_db(other);
    std::string broken = text;
    const auto second_line = broken.find('\n') + 1;
    const auto field = broken.find(";workshop-", second_line);
    REQUIRE(field != std::string::npos);
    broken.replace(field + 1, 10, "workshop-9");
    const std::string broken_csv = other.file("broken.csv");
    write_file(broken_csv, broken);
    const CliResult refused = run_sonda({"import", "--db", fresh, broken_csv});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find(broken_csv + ":2") != std::string::npos);
    CHECK(refused.err.find("workshop-9") != std::string::npos);
    const CliResult empty = run_sonda({"export", "--db", fresh, "--form", "network-dimensions"});
    CHECK(empty.out.empty());
}

TEST_CASE("[cli] export formats: ndjson, csv-long, csv-wide, dictionary, filters", "[cli]") {
    const std::string& demo = shared_demo_db();
    const std::string all = export_ndjson(demo);
    const auto first = parse_object(all.substr(0, all.find('\n')));
    CHECK(first->getValue<std::string>("form") == "network-dimensions");

    const CliResult one_wave = run_sonda({"export", "--db", demo, "--form", "network-dimensions",
                                          "--wave", "workshop-1", "--territory", "livorno"});
    REQUIRE(one_wave.exit_code == 0);
    CHECK(count_lines(one_wave.out) == 4);  // Livorno sent four people to workshop 1

    for (const char* format : {"csv-long", "csv-wide", "dictionary"}) {
        INFO(format);
        const CliResult result =
            run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--format", format});
        CHECK(result.exit_code == 0);
        CHECK(count_lines(result.out) > 2);
    }
    const CliResult long_csv =
        run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--format", "csv-long"});
    CHECK(count_lines(long_csv.out) > count_lines(all));  // one row an answer

    const CliResult unknown_wave =
        run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--wave", "workshop-7"});
    CHECK(unknown_wave.exit_code == 2);
    CHECK(unknown_wave.err.find("workshop-7") != std::string::npos);
    CHECK(unknown_wave.err.find("workshop-1") != std::string::npos);
    const CliResult unknown_form = run_sonda({"export", "--db", demo, "--form", "nope"});
    CHECK(unknown_form.exit_code == 2);
}

TEST_CASE("[cli] report on the demo: text, json, csv and html, with suppression", "[cli]") {
    const std::string& demo = shared_demo_db();
    const CliResult text = run_sonda(
        {"report", "--db", demo, "--from", "workshop-1", "--to", "workshop-2", "--lang", "en"});
    REQUIRE(text.exit_code == 0);
    for (const char* form : {"network-dimensions", "team-expectations"}) {
        INFO(form);
        CHECK(text.out.find(form) != std::string::npos);
    }

    const CliResult json =
        run_sonda({"report", "--db", demo, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto report = parse_object(json.out);
    CHECK(report->getValue<std::string>("form") == "network-dimensions");
    CHECK(report->getValue<std::string>("from") == "workshop-1");
    CHECK(report->getValue<int>("min_cell") == 5);
    const auto groups = report->getArray("groups");
    REQUIRE(groups->size() == 4);
    bool livorno_suppressed = false, pistoia_shown = false;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const auto group = groups->getObject(static_cast<unsigned>(i));
        const auto scores = group->getArray("scores");
        REQUIRE(scores->size() > 0);
        const auto score = scores->getObject(0);
        if (group->getValue<std::string>("group") == "livorno")
            livorno_suppressed = score->getValue<bool>("suppressed") && score->isNull("mean_from");
        if (group->getValue<std::string>("group") == "sds_pistoiese")
            pistoia_shown = !score->getValue<bool>("suppressed") && !score->isNull("mean_to");
    }
    CHECK(livorno_suppressed);
    CHECK(pistoia_shown);

    const CliResult unsuppressed =
        run_sonda({"report", "--db", demo, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--format", "json", "--no-suppression"});
    REQUIRE(unsuppressed.exit_code == 0);
    CHECK(unsuppressed.out.find("\"suppressed\" : true") == std::string::npos);

    const CliResult all_forms = run_sonda(
        {"report", "--db", demo, "--from", "workshop-1", "--to", "workshop-2", "--format", "json"});
    REQUIRE(all_forms.exit_code == 0);
    Poco::JSON::Parser parser;
    const auto list = parser.parse(all_forms.out).extract<Poco::JSON::Array::Ptr>();
    CHECK(list->size() >= 2);

    ScratchFolder scratch;
    const CliResult csv =
        run_sonda({"report", "--db", demo, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--format", "csv", "--by", "role"});
    CHECK(csv.exit_code == 0);
    CHECK(count_lines(csv.out) > 1);
    const std::string html = scratch.file("report.html");
    const CliResult written =
        run_sonda({"report", "--db", demo, "--form", "network-dimensions", "--from", "workshop-1",
                   "--to", "workshop-2", "--format", "html", "--out", html});
    CHECK(written.exit_code == 0);
    const std::string page = read_file(html);
    CHECK(page.find("<html") != std::string::npos);
    CHECK(page.find("</html>") != std::string::npos);

    const CliResult several_html = run_sonda({"report", "--db", demo, "--format", "html"});
    CHECK(several_html.exit_code == 1);
    CHECK(several_html.err.find("give --form") != std::string::npos);
    const CliResult bad_wave = run_sonda({"report", "--db", demo, "--from", "workshop-0"});
    CHECK(bad_wave.exit_code == 2);
    CHECK(bad_wave.err.find("workshop-0") != std::string::npos);
}

TEST_CASE("[cli] report: k only goes up, subset totals are refused, withheld cells say why",
          "[cli][disclosure]") {
    const std::string& demo = shared_demo_db();
    const std::vector<std::string> base{
        "report", "--db",       demo,   "--form",    "network-dimensions",
        "--from", "workshop-1", "--to", "workshop-2"};
    const auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return run_sonda(args);
    };
    const CliResult zero = with({"--min-cell", "0"});
    CHECK(zero.exit_code == 1);
    CHECK(zero.err.find("at least 1") != std::string::npos);
    const CliResult lower = with({"--min-cell", "2"});
    CHECK(lower.exit_code == 1);
    CHECK(lower.err.find("below the study's min_cell of 5") != std::string::npos);
    CHECK(lower.err.find("--no-suppression") != std::string::npos);
    CHECK(lower.out.empty());

    // With the explicit switch it runs, and the output says it is not protected.
    const CliResult raw = with({"--min-cell", "2", "--no-suppression", "--format", "json"});
    REQUIRE(raw.exit_code == 0);
    const auto report = parse_object(raw.out);
    CHECK_FALSE(report->getValue<bool>("suppression"));
    CHECK(report->getValue<int>("min_cell") == 2);
    CHECK(report->has("warnings"));
    const CliResult raw_text = with({"--min-cell", "2", "--no-suppression"});
    REQUIRE(raw_text.exit_code == 0);
    CHECK(raw_text.out.rfind("====", 0) == 0);                            // the banner comes first
    CHECK(with({"--min-cell", "7", "--format", "json"}).exit_code == 0);  // up is fine

    // A total over three of the four territories is Livorno by subtraction.
    const CliResult subset =
        with({"--by", "none", "--territory", "sds_pistoiese,sds_grossetana,piana_di_lucca"});
    CHECK(subset.exit_code == 1);
    CHECK(subset.err.find("--by territory") != std::string::npos);
    CHECK(subset.out.empty());
    const CliResult roles =
        with({"--by", "territory", "--role", "social_service", "--role", "health_service"});
    CHECK(roles.exit_code == 1);
    // Naming every territory is no subset: the same as none.
    const CliResult every =
        with({"--by", "none", "--territory", "sds_pistoiese,sds_grossetana,piana_di_lucca,livorno",
              "--format", "json"});
    CHECK(every.exit_code == 0);

    const CliResult it = with({"--lang", "it"});
    REQUIRE(it.exit_code == 0);
    CHECK(it.out.find("oscurato: meno di 5") != std::string::npos);  // Livorno
    CHECK(it.out.find("oscurato a protezione di un altro gruppo") !=
          std::string::npos);  // its complement
    CHECK(it.out.find("n < 5") == std::string::npos);
    const CliResult json = with({"--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto groups = parse_object(json.out)->getArray("groups");
    int small = 0, protects = 0;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const auto group = groups->getObject(static_cast<unsigned>(i));
        if (group->isNull("withheld")) continue;
        const std::string why = group->getValue<std::string>("withheld");
        small += why == "small";
        protects += why == "protects";
        CHECK(group->getArray("scores")->getObject(0)->getValue<std::string>("withheld") == why);
        CHECK_FALSE(group->has("instrument"));
    }
    CHECK(small == 1);
    CHECK(protects == 1);
}

TEST_CASE("[cli] demo builds the study, refuses to overwrite without --force", "[cli]") {
    ScratchFolder scratch;
    const std::string db = scratch.file("demo.db");
    const CliResult built = run_sonda({"demo", "--db", db});
    REQUIRE(built.exit_code == 0);
    CHECK(built.out.find("demo study reticulate-tuscany") == 0);
    CHECK(built.out.find("livorno: workshop-1=4 workshop-2=8") != std::string::npos);
    CHECK(built.err.empty());

    const CliResult again = run_sonda({"demo", "--db", db});
    CHECK(again.exit_code == 3);
    CHECK(again.err.find("--force") != std::string::npos);

    // Deterministic: a rebuild gives exactly the same responses.
    const std::string before = export_ndjson(db);
    REQUIRE(run_sonda({"demo", "--db", db, "--force"}).exit_code == 0);
    CHECK(export_ndjson(db) == before);
    const std::string team = run_sonda({"export", "--db", db, "--form", "team-expectations"}).out;
    // The report's texts as written there.
    CHECK(
        team.find("Definition of a specific procedure to refer citizens for assessment by Serd") !=
        std::string::npos);
    CHECK(before.find("Presence of a memorandum of understanding with Employment Centre and ASL") !=
          std::string::npos);
}
