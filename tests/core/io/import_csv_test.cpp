#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "io_fixture.hpp"

using io_test::Database;
using io_test::uuid;

namespace {

bool has_issue(const std::vector<sonda::Issue>& issues, long long line, const std::string& item,
               const std::string& reason) {
    for (const sonda::Issue& issue : issues)
        if (issue.where.line == line &&
            (item.empty() || issue.where.item.find(item) != std::string::npos ||
             issue.where.path.find(item) != std::string::npos) &&
            issue.reason.find(reason) != std::string::npos)
            return true;
    return false;
}

std::string describe(const std::vector<sonda::Issue>& issues) {
    std::string out;
    for (const sonda::Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}

// The stored answers of the response with this id.
Poco::JSON::Object::Ptr answers_of(Database& db, const std::string& id) {
    Poco::JSON::Object::Ptr found;
    sonda::ResponseFilter filter;
    filter.form = "io-check";
    db.project().store().for_each_response(filter, [&](const sonda::StoredResponse& stored) {
        if (stored.response.id == id) found = stored.response.answers;
    });
    REQUIRE(found);
    return found;
}

const std::string kHeaderSemicolon =
    "id;form;form_version;wave;territory;role;respondent;sharing_1;integration_1;hours;channels;"
    "note;strengths;expectations[counselling][contact];expectations[mental-health][protocol]";

}  // namespace

TEST_CASE("[io] CSV as Italian Excel saves it: UTF-8 BOM, ',', decimal comma, CRLF") {
    Database db;
    const std::string text =
        "\xEF\xBB\xBF" + kHeaderSemicolon + "\r\n" + uuid(1) +
        ";io-check;1;workshop-1;sds-pistoiese;social-service;R1;4;3;12,5;phone|email;"
        "\"Tavolo; con \"\"virgolette\"\"\";\"ascolto\r\nrete\";3;2\r\n" +
        uuid(2) + ";io-check;1;workshop-2;livorno;employment-centre;R2;2;;;;;;;\r\n" +
        ";;;;;;;;;;;;;;\r\n";  // a row Excel keeps because it was formatted
    const std::string path = db.write("excel.csv", text);
    const sonda::ImportSummary summary = db.import(path);
    INFO(describe(summary.issues));
    CHECK(summary.inserted == 2);
    CHECK(db.count() == 2);
    const auto answers = answers_of(db, uuid(1));
    CHECK(answers->getValue<int>("sharing_1") == 4);
    CHECK(answers->getValue<double>("hours") == 12.5);
    CHECK(answers->getValue<std::string>("note") == "Tavolo; con \"virgolette\"");
    REQUIRE(answers->getArray("channels"));
    CHECK(answers->getArray("channels")->size() == 2);
    REQUIRE(answers->getArray("strengths"));
    CHECK(answers->getArray("strengths")->getElement<std::string>(1) == "rete");
    const auto matrix = answers->getObject("expectations");
    REQUIRE(matrix);
    CHECK(matrix->getObject("counselling")->getValue<int>("contact") == 3);
    CHECK(matrix->getObject("mental-health")->getValue<int>("protocol") == 2);
    // Empty cells are unanswered items, not empty answers.
    const auto second = answers_of(db, uuid(2));
    CHECK(second->size() == 1);
}

TEST_CASE("[io] CSV in Windows-1252 (Excel's 'CSV (separato da virgola)') is read as such") {
    Database db;
    const std::string text =
        "id;form;form_version;wave;territory;role;respondent;sharing_1;note\r\n" + uuid(1) +
        ";io-check;1;workshop-1;sds-pistoiese;social-service;R1;3;Societ\xE0 della Salute, "
        "perch\xE9 s\xEC\r\n";
    CHECK(db.import(db.write("ansi.csv", text)).inserted == 1);
    CHECK(answers_of(db, uuid(1))->getValue<std::string>("note") ==
          "Società della Salute, perché sì");
}

TEST_CASE("[io] CSV bad cells are reported as line, column and reason, nothing is stored") {
    Database db;
    const std::string before = db.snapshot();
    const std::string header =
        "id,form,form_version,wave,territory,role,respondent,sharing_1,hours,service,note\n";
    const std::string text =
        header + uuid(1) +
        ",io-check,1,workshop-1,livorno,social-service,R1,3,10,counselling,ok\n" +    // 2 ok
        uuid(2) + ",io-check,1,workshop-1,livorno,social-service,R2,tre,10,,\n" +     // 3 type
        uuid(3) + ",io-check,1,workshop-1,livorno,social-service,R3,3,1000,,\n" +     // 4 range
        uuid(4) + ",io-check,1,workshop-1,livorno,social-service,R4,3,,dentist,\n" +  // 5 choice
        uuid(5) + ",io-check,1,workshop-9,livorno,social-service,R5,3,,,\n" +         // 6 wave
        uuid(6) + ",io-check,one,workshop-1,livorno,social-service,R6,3,,,\n" +       // 7 version
        uuid(7) +
        ",io-check,1,workshop-1,livorno,social-service,R7,3,,,bad \"quote\n" +  // 8 quoting
        uuid(8) + ",io-check,1,workshop-1,livorno,social-service,R8,3,,\n" +    // 9 fields
        uuid(9) + ",io-check,1,workshop-1,livorno,social-service,R9,3,,,\"" +
        std::string(300, 'x') + "\"\n" +                                        // 10 long
        "not-a-uuid,io-check,1,workshop-1,livorno,social-service,R10,3,,,\n" +  // 11 id
        uuid(11) +
        ",io-check,1,workshop-1,livorno,social-service,R11,3,,,Societ\xE0\n";  // 12 UTF-8
    // Line 12 comes after valid UTF-8? No accented letter before it, so the
    // file is taken as Windows-1252 from there: that row is fine.
    try {
        db.import(db.write("bad.csv", text));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const auto& issues = error.issues();
        INFO(describe(issues));
        CHECK(has_issue(issues, 3, "sharing_1", "tre"));
        CHECK(has_issue(issues, 4, "hours", ""));
        CHECK(has_issue(issues, 5, "service", "dentist"));
        CHECK(has_issue(issues, 6, "wave", "workshop-9"));
        CHECK(has_issue(issues, 7, "", "form_version"));
        CHECK(has_issue(issues, 8, "", "quote inside an unquoted field"));
        CHECK(has_issue(issues, 9, "", "10 fields where the header has 11"));
        CHECK(has_issue(issues, 10, "note", "200"));
        CHECK(has_issue(issues, 11, "id", "UUID"));
        CHECK_FALSE(has_issue(issues, 2, "", ""));
        CHECK_FALSE(has_issue(issues, 12, "", ""));
    }
    CHECK(db.snapshot() == before);
    CHECK(db.count() == 0);
}

TEST_CASE("[io] CSV invalid UTF-8 in a UTF-8 file is an error on its line") {
    Database db;
    const std::string text =
        "id,form,form_version,wave,territory,role,respondent,sharing_1,note\n" + uuid(1) +
        ",io-check,1,workshop-1,livorno,social-service,R1,3,Società\n" + uuid(2) +
        ",io-check,1,workshop-1,livorno,social-service,R2,3,Societ\xE0\n";
    try {
        db.import(db.write("mixed.csv", text));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        INFO(describe(error.issues()));
        CHECK(has_issue(error.issues(), 3, "", "invalid UTF-8"));
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] CSV unknown columns are refused, naming the valid ones") {
    Database db;
    const std::string text =
        "id,form,form_version,wave,territory,role,respondent,sharing_1,sharing_2,"
        "expectations[counselling][price]\n" +
        uuid(1) + ",io-check,1,workshop-1,livorno,social-service,R1,3,4,1\n";
    try {
        db.import(db.write("unknown.csv", text));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        INFO(describe(error.issues()));
        CHECK(has_issue(error.issues(), 1, "sharing_2", "integration_1"));
        CHECK(has_issue(error.issues(), 1, "expectations[counselling][price]",
                        "expectations[counselling][contact]"));
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] CSV without the key columns, or empty, is refused with the expected columns") {
    Database db;
    try {
        db.import(db.write("keys.csv",
                           "id;form;wave;sharing_1\r\n" + uuid(1) + ";io-check;workshop-1;3\r\n"));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        CHECK_THAT(error.what(),
                   Catch::Contains("missing columns form_version, territory, role, respondent"));
    }
    CHECK_THROWS_WITH(db.import(db.write("empty.csv", "")), Catch::Contains("empty CSV file"));
    CHECK_THROWS_WITH(db.import(db.write("dup.csv", "id,id,form\n")),
                      Catch::Contains("appears twice"));
    CHECK(db.count() == 0);
}

TEST_CASE("[io] CSV with skip_invalid writes the rejected rows under the same header") {
    Database db;
    const std::string header =
        "\xEF\xBB\xBFid;form;form_version;wave;territory;role;respondent;sharing_1;note";
    const std::string bad =
        uuid(2) + ";io-check;1;workshop-1;livorno;social-service;R2;9;\"a\r\nb\"";
    const std::string text = header + "\r\n" + uuid(1) +
                             ";io-check;1;workshop-1;livorno;social-service;R1;3;ok\r\n" + bad +
                             "\r\n";
    sonda::ImportOptions options;
    options.skip_invalid = true;
    options.rejected_path = (db.folder() / "rejected.csv").string();
    const sonda::ImportSummary summary = db.import(db.write("skip.csv", text), options);
    CHECK(summary.inserted == 1);
    CHECK(summary.rejected == 1);
    CHECK(has_issue(summary.issues, 3, "sharing_1", ""));
    CHECK(io_test::read_file(options.rejected_path) == header + "\r\n" + bad + "\r\n");
    // The rejected file, corrected, imports.
    std::string fixed = io_test::read_file(options.rejected_path);
    fixed.replace(fixed.find(";9;"), 3, ";5;");
    CHECK(db.import(db.write("fixed.csv", fixed)).inserted == 1);
    CHECK(db.count() == 2);
}

TEST_CASE("[io] CSV rows for another form than the file's first are refused") {
    Database db;
    const std::string text = "id,form,form_version,wave,territory,role,respondent,sharing_1\n" +
                             uuid(1) + ",io-check,1,workshop-1,livorno,social-service,R1,3\n" +
                             uuid(2) + ",other-form,1,workshop-1,livorno,social-service,R2,3\n" +
                             uuid(3) + ",io-check,2,workshop-1,livorno,social-service,R3,3\n";
    try {
        db.import(db.write("forms.csv", text));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        INFO(describe(error.issues()));
        CHECK(has_issue(error.issues(), 3, "", "each form in its own CSV file"));
        CHECK(has_issue(error.issues(), 4, "", "no version 2"));
    }
    CHECK(db.count() == 0);
}
