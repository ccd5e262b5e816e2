#include <catch2/catch.hpp>

#include "io_fixture.hpp"

using io_test::Database;
using io_test::response_line;
using io_test::uuid;

namespace {

// The issue at `line` whose item or JSON path mentions `where` and whose
// reason contains `reason`.
bool has_issue(const std::vector<sonda::Issue>& issues, long long line, const std::string& where,
               const std::string& reason) {
    for (const sonda::Issue& issue : issues)
        if (issue.where.line == line &&
            (where.empty() || issue.where.item.find(where) != std::string::npos ||
             issue.where.path.find(where) != std::string::npos) &&
            issue.reason.find(reason) != std::string::npos)
            return true;
    return false;
}

std::string describe(const std::vector<sonda::Issue>& issues) {
    std::string out;
    for (const sonda::Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

const std::string kFull =
    "\"sharing_1\":4,\"integration_1\":3,\"consolidation_1\":2,\"capacity_1\":5,"
    "\"service\":\"counselling\",\"channels\":[\"phone\",\"email\"],\"hours\":12.5,"
    "\"note\":\"Tavolo mensile con la Società della Salute\",\"strengths\":[\"ascolto\",\"rete\"],"
    "\"expectations\":{\"counselling\":{\"contact\":3,\"protocol\":4},\"mental-health\":{"
    "\"contact\":2}}";

}  // namespace

TEST_CASE("[io] NDJSON import stores valid responses with their scores, progress reaches the end") {
    Database db;
    const std::string text = response_line(1, kFull) + "\n" + response_line(2) + "\r\n\r\n" +
                             response_line(3, "\"sharing_1\":1,\"integration_1\":2") + "\n";
    const std::string path = db.write("in.ndjson", text);
    std::vector<sonda::ImportProgress> progress;
    sonda::ImportOptions options;
    options.progress = [&](const sonda::ImportProgress& step) { progress.push_back(step); };
    const sonda::ImportSummary summary = db.import(path, options);
    CHECK(summary.rows == 3);
    CHECK(summary.inserted == 3);
    CHECK(summary.unchanged == 0);
    CHECK(summary.rejected == 0);
    CHECK(summary.issues.empty());
    CHECK(db.count() == 3);
    REQUIRE(!progress.empty());
    CHECK(progress.back().bytes_read == static_cast<long long>(text.size()));
    CHECK(progress.back().bytes_total == static_cast<long long>(text.size()));
    CHECK(progress.back().rows == 3);

    sonda::ResponseFilter filter;
    filter.form = "io-check";
    const sonda::ScoreColumns scores = db.project().store().load_scores(filter);
    bool found_sharing = false;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores.scores[scores.score[i]] == "sharing" && scores.value[i] == 4.0)
            found_sharing = true;
    CHECK(found_sharing);

    // Stored canonically: keys sorted, no white space.
    const std::string stored = db.snapshot();
    CHECK(stored.find("{\"answers\":{\"capacity_1\":5,\"channels\":[\"phone\",\"email\"]") == 0);
}

TEST_CASE("[io] NDJSON re-import of the same file is a no-op") {
    Database db;
    const std::string path =
        db.write("in.jsonl", response_line(1, kFull) + "\n" + response_line(2) + "\n");
    CHECK(db.import(path).inserted == 2);
    const std::string before = db.snapshot();
    const sonda::ImportSummary again = db.import(path);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 2);
    CHECK(db.snapshot() == before);
}

TEST_CASE("[io] NDJSON conflicting re-import changes nothing") {
    Database db;
    CHECK(db.import(db.write("a.ndjson", response_line(1) + "\n" + response_line(2) + "\n"))
              .inserted == 2);
    const std::string before = db.snapshot();
    // A new response first, then id 2 with another answer: the new one must not stay either.
    const std::string path =
        db.write("b.ndjson", response_line(3) + "\n" + response_line(2, "\"sharing_1\":5") + "\n");
    REQUIRE_THROWS_AS(db.import(path), sonda::ConflictError);
    try {
        db.import(path);
    } catch (const sonda::ConflictError& error) {
        CHECK_THAT(error.what(), Catch::Contains(uuid(2)));
    }
    CHECK(db.snapshot() == before);
    CHECK(db.count() == 2);
}

TEST_CASE("[io] NDJSON bad rows are all reported as line, item and reason, nothing is stored") {
    Database db;
    db.import(db.write("seed.ndjson", response_line(100) + "\n"));
    const std::string before = db.snapshot();
    const std::string text =
        response_line(1) + "\n" +                                             // 1 valid
        "{\"id\": \"" + uuid(2) + "\", \"form\": \n" +                        // 2 malformed JSON
        response_line(3, "\"sharing_1\":\"five\"") + "\n" +                   // 3 wrong type
        response_line(4, "\"sharing_1\":3,\"unknown_item\":1") + "\n"         // 4 unknown item
        + response_line(5, "\"sharing_1\":9") + "\n" +                        // 5 out of range
        response_line(6, "\"sharing_1\":3", "atlantide") + "\n" +             // 6 unknown territory
        response_line(7, "\"sharing_1\":3,\"note\":\"Societ\xE0\"") + "\n" +  // 7 invalid UTF-8
        response_line(8, "\"sharing_1\":3,\"note\":\"" + std::string(5000, 'x') + "\"") +
        "\n" +         // 8 very long field
        "[1,2,3]\n" +  // 9 not an object
        response_line(10, "\"channels\":[\"phone\",\"fax\"]") +
        "\n";  // 10 required missing + bad choice
    const std::string path = db.write("bad.ndjson", text);
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const auto& issues = error.issues();
        INFO(describe(issues));
        CHECK(has_issue(issues, 2, "", "malformed JSON"));
        CHECK(has_issue(issues, 3, "sharing_1", ""));
        CHECK(has_issue(issues, 4, "unknown_item", ""));
        CHECK(has_issue(issues, 5, "sharing_1", ""));
        CHECK(has_issue(issues, 6, "territory", "atlantide"));
        CHECK(has_issue(issues, 7, "", "invalid UTF-8"));
        CHECK(has_issue(issues, 8, "note", "200"));
        CHECK(has_issue(issues, 9, "", "object"));
        CHECK(has_issue(issues, 10, "sharing_1", ""));
        CHECK(has_issue(issues, 10, "channels", "fax"));
        CHECK_FALSE(has_issue(issues, 1, "", ""));
        for (const sonda::Issue& issue : issues) CHECK(issue.where.file == path);
        CHECK_THAT(error.what(), Catch::Contains("9 of 10 rows invalid: nothing was imported"));
    }
    CHECK(db.snapshot() == before);
    CHECK(db.count() == 1);
}

TEST_CASE("[io] NDJSON a line over the size limit is an error, not a crash or a memory spike") {
    Database db;
    const std::string huge =
        response_line(2, "\"note\":\"" + std::string(9 * 1024 * 1024, 'a') + "\"");
    const std::string path = db.write("huge.ndjson", response_line(1) + "\n" + huge + "\n");
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        INFO(describe(error.issues()));
        CHECK(has_issue(error.issues(), 2, "", "longer than the limit"));
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] NDJSON SQL meta-characters and non-ASCII text are stored as data") {
    Database db;
    const std::string answers =
        "\"sharing_1\":3,\"note\":\"'); DROP TABLE responses; -- \\\"quoted\\\" ; perché è così\","
        "\"strengths\":[\"Robert'); DELETE FROM scores;--\",\"Società della Salute Pistoiese\"]";
    const std::string path = db.write(
        "meta.ndjson", response_line(1, answers, "sds-pistoiese", "R'1") + "\n" +
                           response_line(2, answers, "sds-pistoiese", "SdS.Pistoia-01") + "\n");
    // A quote is not allowed in a respondent code: that row is refused with the reason.
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        CHECK(has_issue(error.issues(), 1, "respondent", "pseudonymous"));
    }
    CHECK(db.count() == 0);
    const std::string good = db.write(
        "good.ndjson", response_line(2, answers, "sds-pistoiese", "SdS.Pistoia-01") + "\n");
    CHECK(db.import(good).inserted == 1);
    const std::string stored = db.snapshot();
    CHECK_THAT(stored,
               Catch::Contains("'); DROP TABLE responses; -- \\\"quoted\\\" ; perché è così"));
    CHECK_THAT(stored, Catch::Contains("Robert'); DELETE FROM scores;--"));
    CHECK(db.count() == 1);
}

TEST_CASE(
    "[io] NDJSON with skip_invalid stores the valid rows and writes the rejected ones verbatim") {
    Database db;
    const std::string bad1 = response_line(2, "\"sharing_1\":9");
    const std::string bad2 = "{not json";
    const std::string path = db.write("mixed.ndjson", response_line(1) + "\n" + bad1 + "\r\n" +
                                                          response_line(3) + "\n" + bad2 + "\n");
    sonda::ImportOptions options;
    options.skip_invalid = true;
    options.rejected_path = (db.folder() / "rejected.ndjson").string();
    const sonda::ImportSummary summary = db.import(path, options);
    CHECK(summary.rows == 4);
    CHECK(summary.inserted == 2);
    CHECK(summary.rejected == 2);
    CHECK(has_issue(summary.issues, 2, "sharing_1", ""));
    CHECK(has_issue(summary.issues, 4, "", "malformed JSON"));
    CHECK(db.count() == 2);
    CHECK(io_test::read_file(options.rejected_path) == bad1 + "\n" + bad2 + "\n");
    CHECK_FALSE(io_test::fs::exists(options.rejected_path + ".part"));
}

TEST_CASE("[io] a failed import leaves no rejected file behind") {
    Database db;
    db.import(db.write("a.ndjson", response_line(1) + "\n"));
    sonda::ImportOptions options;
    options.skip_invalid = true;
    options.rejected_path = (db.folder() / "rejected.ndjson").string();
    const std::string path =
        db.write("b.ndjson", "{bad\n" + response_line(1, "\"sharing_1\":2") + "\n");  // conflict
    CHECK_THROWS_AS(db.import(path, options), sonda::ConflictError);
    CHECK_FALSE(io_test::fs::exists(options.rejected_path));
    CHECK_FALSE(io_test::fs::exists(options.rejected_path + ".part"));
}

TEST_CASE("[io] NDJSON issues are listed up to max_issues, and all are counted") {
    Database db;
    std::string text;
    for (int i = 1; i <= 30; ++i) text += response_line(i, "\"sharing_1\":0") + "\n";
    sonda::ImportOptions options;
    options.max_issues = 5;
    options.batch_size = 7;
    try {
        db.import(db.write("many.ndjson", text), options);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        REQUIRE(error.issues().size() == 7);  // 5 listed, "and N more", the summary
        CHECK_THAT(error.issues()[5].reason,
                   Catch::Contains("and 25 more issues not listed (30 in all, in 30 rows)"));
        CHECK_THAT(error.issues()[6].reason, Catch::Contains("30 of 30 rows invalid"));
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] import with batches smaller than the file commits once, all or nothing") {
    Database db;
    std::string text;
    for (int i = 1; i <= 25; ++i) text += response_line(i) + "\n";
    text += response_line(26, "\"sharing_1\":7") + "\n";
    sonda::ImportOptions options;
    options.batch_size = 4;
    CHECK_THROWS_AS(db.import(db.write("batches.ndjson", text), options), sonda::InvalidInput);
    CHECK(db.count() == 0);
    options.skip_invalid = true;
    const auto summary = db.import(db.write("batches.ndjson", text), options);
    CHECK(summary.inserted == 25);
    CHECK(db.count() == 25);
}

TEST_CASE("[io] an empty NDJSON file imports nothing and fails nothing") {
    Database db;
    const auto summary = db.import(db.write("empty.ndjson", "\n\n"));
    CHECK(summary.rows == 0);
    CHECK(db.count() == 0);
}

TEST_CASE("[io] the format is taken from the extension, else sniffed from the content") {
    Database db;
    const auto ndjson = db.import(db.write("data.txt", "\xEF\xBB\xBF  " + response_line(1) + "\n"));
    CHECK(ndjson.inserted == 1);
    const std::string csv = "id,form,form_version,wave,territory,role,respondent,sharing_1\n" +
                            uuid(2) + ",io-check,1,workshop-1,livorno,social-service,R2,3\n";
    CHECK(db.import(db.write("data.dat", csv)).inserted == 1);
    CHECK(db.count() == 2);
    // An explicit format wins over the extension.
    sonda::ImportOptions options;
    options.format = sonda::InputFormat::Csv;
    CHECK_THROWS_AS(db.import(db.write("data.ndjson", response_line(3) + "\n"), options),
                    sonda::InvalidInput);
}

TEST_CASE("[io] a file that cannot be opened is a clear error") {
    Database db;
    try {
        db.import((db.folder() / "missing.ndjson").string());
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        CHECK_THAT(error.what(), Catch::Contains("missing.ndjson"));
        CHECK_THAT(error.what(), Catch::Contains("cannot open"));
    }
}

TEST_CASE("[io] NDJSON a line with a key given twice is refused at its line, not half-read") {
    Database db;
    std::string two_answers = response_line(2, "\"sharing_1\":4");
    two_answers.insert(two_answers.size() - 1, ",\"answers\":{\"sharing_1\":1}");
    const std::string text = response_line(1) + "\n" + two_answers + "\n" +
                             response_line(3, "\"sharing_1\":4,\"sharing_1\":2") + "\n" +
                             response_line(4) + "\n";
    const std::string path = db.write("twice.ndjson", text);
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const auto& issues = error.issues();
        INFO(describe(issues));
        REQUIRE(issues.size() == 3);  // the two lines and the summary
        CHECK(issues[0].where.file == path);
        CHECK(issues[0].where.line == 2);
        CHECK(issues[0].reason ==
              "duplicate key \"answers\" at $.answers (keys must be unique in an object)");
        CHECK(has_issue(issues, 3, "", "duplicate key \"sharing_1\" at $.answers.sharing_1 "));
        CHECK_THAT(error.what(), Catch::Contains("2 of 4 rows invalid: nothing was imported"));
    }
    CHECK(db.count() == 0);

    sonda::ImportOptions options;
    options.skip_invalid = true;
    options.rejected_path = (db.folder() / "rejected.ndjson").string();
    const sonda::ImportSummary summary = db.import(path, options);
    CHECK(summary.inserted == 2);
    CHECK(summary.rejected == 2);
    CHECK(io_test::read_file(options.rejected_path) ==
          two_answers + "\n" + response_line(3, "\"sharing_1\":4,\"sharing_1\":2") + "\n");
}

TEST_CASE("[io] the rejected file may not be the database or the input: refused before storing") {
    Database db;
    const std::string path = db.write(
        "mixed.ndjson", response_line(1) + "\n" + response_line(2, "\"sharing_1\":9") + "\n");
    const std::string input_before = io_test::read_file(path);
    const std::string database = (db.folder() / "test.db").string();
    const std::string database_before = io_test::read_file(database);
    for (const std::string& target : {database, path, database + "-wal"}) {
        INFO(target);
        sonda::ImportOptions options;
        options.skip_invalid = true;
        options.rejected_path = target;
        CHECK_THROWS_AS(db.import(path, options), sonda::UsageError);
        CHECK(db.count() == 0);
    }
    CHECK(io_test::read_file(path) == input_before);
    CHECK(io_test::read_file(database) == database_before);
}
