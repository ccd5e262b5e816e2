// Rows without a response id (docs/interchange.md, "Rows without an id"): the
// id is derived from study, form, wave, territory and respondent, so that a
// spreadsheet re-imported is a no-op and a changed row is a conflict.
#include <algorithm>
#include <catch2/catch.hpp>

#include "io_fixture.hpp"

using io_test::Database;
using io_test::uuid;

namespace {

// Python: uuid.uuid5(uuid.UUID('b918c1cf-53bd-4c4d-a143-a826a1f4c6da'),
//                    '7:io-test8:io-check10:workshop-17:livorno4:LI01')
const std::string kLI01 = "c5501f2b-3a1a-5123-8913-59665815cbf5";
const std::string kLI02 = "ec9847f4-3f34-56ff-8fe5-b5958f56c0b6";

const std::string kHeader = "form;form_version;wave;territory;role;respondent;sharing_1;note\r\n";

std::string row(const std::string& respondent, const std::string& sharing,
                const std::string& note = "") {
    return "io-check;1;workshop-1;livorno;social-service;" + respondent + ";" + sharing + ";" +
           note + "\r\n";
}

std::vector<std::string> stored_ids(Database& db) {
    std::vector<std::string> ids;
    sonda::ResponseFilter filter;
    filter.form = "io-check";
    db.project().store().for_each_response(
        filter, [&](const sonda::StoredResponse& stored) { ids.push_back(stored.response.id); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string all_text(const std::vector<sonda::Issue>& issues) {
    std::string out;
    for (const sonda::Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

}  // namespace

TEST_CASE("[io] ids: a CSV without an id column gets derived ids, and re-importing it is a no-op") {
    Database db;
    const std::string sheet =
        db.write("sheet.csv", kHeader + row("LI01", "4", "Società") + row("LI02", "3"));
    const sonda::ImportSummary first = db.import(sheet);
    INFO(all_text(first.issues));
    CHECK(first.inserted == 2);
    CHECK(stored_ids(db) == std::vector<std::string>{kLI01, kLI02});
    const std::string before = db.snapshot();
    const sonda::ImportSummary again = db.import(sheet);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 2);
    CHECK(db.snapshot() == before);
}

TEST_CASE("[io] ids: a changed row without id is a conflict at its line, nothing is written") {
    Database db;
    CHECK(db.import(db.write("first.csv", kHeader + row("LI01", "4"))).inserted == 1);
    const std::string before = db.snapshot();
    // A new respondent first: it must not stay either.
    const std::string changed =
        db.write("changed.csv", kHeader + row("LI02", "3") + row("LI01", "2"));
    try {
        db.import(changed);
        FAIL("the import should have failed");
    } catch (const sonda::ConflictError& error) {
        const std::string text = error.what();
        INFO(text);
        CHECK(error.exit_code() == 3);
        CHECK_THAT(text, Catch::Contains("already stored with different content"));
        CHECK_THAT(text, Catch::Contains("changed.csv:3: response " + kLI01));
        CHECK_THAT(text, Catch::Contains("the row has no id: it is derived from study 'io-test', "
                                         "form 'io-check', wave 'workshop-1', territory "
                                         "'livorno' and respondent 'LI01'"));
        CHECK_THAT(text, Catch::Contains("nothing of this file was stored"));
    }
    CHECK(db.snapshot() == before);
    // A dry run finds the same conflict and stores nothing either.
    sonda::ImportOptions dry;
    dry.dry_run = true;
    CHECK_THROWS_AS(db.import(changed, dry), sonda::ConflictError);
    CHECK(db.snapshot() == before);
}

TEST_CASE(
    "[io] ids: two rows of one sheet for one respondent and wave are an error at the second") {
    Database db;
    for (const std::string& second : {std::string("2"), std::string("4")}) {
        const std::string path = db.write(
            "twice.csv", kHeader + row("LI01", "4") + row("LI02", "3") + row("LI01", second));
        try {
            db.import(path);
            FAIL("the import should have failed");
        } catch (const sonda::InvalidInput& error) {
            const std::string text = all_text(error.issues());
            INFO(text);
            CHECK_THAT(text, Catch::Contains("twice.csv:4: a second row for respondent 'LI01' of "
                                             "territory 'livorno' at wave 'workshop-1' (the first "
                                             "is on line 2)"));
            CHECK(error.exit_code() == 2);
        }
        CHECK(db.count() == 0);
    }
    // With skip_invalid the first row is stored and the second rejected.
    sonda::ImportOptions options;
    options.skip_invalid = true;
    const sonda::ImportSummary summary =
        db.import(db.write("twice.csv", kHeader + row("LI01", "4") + row("LI01", "2")), options);
    CHECK(summary.inserted == 1);
    CHECK(summary.rejected == 1);
    CHECK(stored_ids(db) == std::vector<std::string>{kLI01});
}

TEST_CASE("[io] ids: a sheet may mix rows with ids and rows without") {
    Database db;
    const std::string text = "id;" + kHeader + uuid(7) + ";" + row("LI01", "4") + ";" +
                             row("LI02", "3") + "  ;" + row("LI03", "5");
    const sonda::ImportSummary summary = db.import(db.write("mixed.csv", text));
    INFO(all_text(summary.issues));
    CHECK(summary.inserted == 3);
    const std::vector<std::string> ids = stored_ids(db);
    CHECK(std::find(ids.begin(), ids.end(), uuid(7)) != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), kLI02) != ids.end());
    CHECK(db.import(db.write("mixed.csv", text)).unchanged == 3);
    // A row without id for a respondent stored under another id is a second answer.
    try {
        db.import(db.write("again.csv", kHeader + row("LI01", "4")));
        FAIL("the import should have failed");
    } catch (const sonda::ConflictError& error) {
        INFO(error.what());
        CHECK_THAT(error.what(), Catch::Contains("respondent 'LI01'") && Catch::Contains(uuid(7)) &&
                                     Catch::Contains("again.csv:2"));
    }
    CHECK(db.count() == 3);
}

TEST_CASE("[io] ids: NDJSON lines without id get the same derived id as a CSV row") {
    Database db;
    CHECK(db.import(db.write("sheet.csv", kHeader + row("LI01", "4"))).inserted == 1);
    const std::string line =
        "{\"form\":\"io-check\",\"form_version\":1,\"wave\":\"workshop-1\",\"territory\":"
        "\"livorno\",\"role\":\"social-service\",\"respondent\":\"LI01\",\"answers\":{"
        "\"sharing_1\":4}}\n";
    CHECK(db.import(db.write("same.ndjson", line)).unchanged == 1);
    std::string changed = line;
    changed.replace(changed.find("\"sharing_1\":4"), 13, "\"sharing_1\":5");
    CHECK_THROWS_WITH(db.import(db.write("changed.ndjson", changed)),
                      Catch::Contains("changed.ndjson:1: response " + kLI01));
    CHECK(stored_ids(db) == std::vector<std::string>{kLI01});
}

TEST_CASE("[io] ids: the export writes the derived ids and reads back unchanged") {
    Database db;
    CHECK(db.import(db.write("sheet.csv", kHeader + row("LI01", "4", "Società") + row("LI02", "3")))
              .inserted == 2);
    const std::string wide = db.export_text(sonda::ExportFormat::CsvWide, ';', ',');
    CHECK_THAT(wide, Catch::Contains(kLI01) && Catch::Contains(kLI02));
    CHECK(db.import(db.write("export.csv", wide)).unchanged == 2);
    Database fresh;
    CHECK(fresh.import(fresh.write("export.csv", wide)).inserted == 2);
    CHECK(fresh.snapshot() == db.snapshot());
}

TEST_CASE("[io] ids: an id twice in a file with different content is an error at both lines") {
    Database db;
    // An exported row (its id is the derived one) and the same respondent
    // added again without id, with another answer.
    const std::string sheet = "id;" + kHeader + kLI01 + ";" + row("LI01", "4") + ";" +
                              row("LI02", "3") + ";" + row("LI01", "2");
    try {
        db.import(db.write("again.csv", sheet));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const std::string text = all_text(error.issues());
        INFO(text);
        CHECK_THAT(text, Catch::Contains("again.csv:4: $.id: response " + kLI01 +
                                         " is also on line 2, with different content"));
        CHECK_THAT(text, Catch::Contains("a row without id has the id derived"));
    }
    CHECK(db.count() == 0);
    // The same with ids in NDJSON: both lines named.
    const std::string line = io_test::response_line(1);
    try {
        db.import(db.write("twice.ndjson", line + "\n" + io_test::response_line(2) + "\n" +
                                               io_test::response_line(1, "\"sharing_1\":2") +
                                               "\n"));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const std::string text = all_text(error.issues());
        INFO(text);
        CHECK_THAT(text, Catch::Contains("twice.ndjson:3: $.id: response " + uuid(1) +
                                         " is also on line 1, with different content"));
    }
    CHECK(db.count() == 0);
}
