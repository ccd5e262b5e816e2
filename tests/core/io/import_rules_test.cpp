// Import-level rules of issue 10: numbers that would wrap, control characters
// in texts, a respondent's second answer under a new id, UUIDs in any case.
#include <catch2/catch.hpp>

#include "io_fixture.hpp"

using io_test::Database;
using io_test::response_line;
using io_test::uuid;

namespace {
std::string line_with_id(const std::string& id, const std::string& respondent,
                         const std::string& answers = "\"sharing_1\":4") {
    return "{\"id\":\"" + id +
           "\",\"form\":\"io-check\",\"form_version\":1,\"wave\":\"workshop-1\",\"territory\":"
           "\"sds-pistoiese\",\"role\":\"social-service\",\"respondent\":\"" +
           respondent + "\",\"answers\":{" + answers + "}}";
}

std::vector<std::string> stored_ids(Database& db) {
    std::vector<std::string> ids;
    sonda::ResponseFilter filter;
    filter.form = "io-check";
    db.project().store().for_each_response(
        filter, [&](const sonda::StoredResponse& stored) { ids.push_back(stored.response.id); });
    return ids;
}

std::string all_text(const std::vector<sonda::Issue>& issues) {
    std::string out;
    for (const sonda::Issue& issue : issues) out += issue.to_string() + "\n";
    return out;
}
}  // namespace

TEST_CASE("[io] an integer past 64 bits is refused at its line and path, never stored wrapped") {
    Database db;
    // 2^64+3 was stored as 3, a valid point of the scale.
    const std::string path =
        db.write("big.ndjson", response_line(1, "\"sharing_1\":18446744073709551619") + "\n" +
                                   response_line(2, "\"sharing_1\":4,\"hours\":1e400") + "\n" +
                                   response_line(3, "\"sharing_1\":-9223372036854775809") + "\n");
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const std::string text = all_text(error.issues());
        INFO(text);
        CHECK(text.find("big.ndjson:1: number 18446744073709551619 at $.answers.sharing_1 is out "
                        "of range") != std::string::npos);
        CHECK(text.find(":2: number 1e400 at $.answers.hours is out of range") !=
              std::string::npos);
        CHECK(text.find(":3: number -9223372036854775809 at $.answers.sharing_1") !=
              std::string::npos);
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] control characters in a text answer are refused, and not echoed") {
    Database db;
    const std::string path = db.write(
        "esc.ndjson",
        response_line(1, "\"sharing_1\":4,\"note\":\"\\u001b]0;owned\\u0007 \\u009b2J\"") + "\n");
    try {
        db.import(path);
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const std::string text = all_text(error.issues()) + error.what();
        INFO(text);
        CHECK(text.find("control character U+001B (ESC)") != std::string::npos);
        for (const char c : text)
            CHECK((c == '\n' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)));
        CHECK(text.find("\xC2\x9B") == std::string::npos);
    }
    CHECK(db.count() == 0);
}

TEST_CASE("[io] a respondent's second answer to a form and wave under a new id is a conflict") {
    Database db;
    CHECK(db.import(db.write("first.ndjson", line_with_id(uuid(1), "LI01") + "\n")).inserted == 1);
    const std::string second =
        db.write("second.ndjson", line_with_id(uuid(2), "LI02") + "\n" +
                                      line_with_id(uuid(7), "LI01", "\"sharing_1\":2") + "\n");
    try {
        db.import(second);
        FAIL("the import should have failed");
    } catch (const sonda::ConflictError& error) {
        CHECK(error.exit_code() == 3);
        CHECK_THAT(error.what(), Catch::Contains("respondent 'LI01'") && Catch::Contains(uuid(1)) &&
                                     Catch::Contains(uuid(7)));
    }
    CHECK(db.count() == 1);  // all or nothing: LI02 is not stored either
    // Two answers inside one file are refused the same way.
    CHECK_THROWS_AS(db.import(db.write("twice.ndjson", line_with_id(uuid(3), "LI05") + "\n" +
                                                           line_with_id(uuid(4), "LI05") + "\n")),
                    sonda::ConflictError);
    CHECK(db.count() == 1);
}

TEST_CASE("[io] UUIDs are stored in lower case, an upper-case copy is the same response") {
    Database db;
    const std::string upper = "0B7E6A4C-1F2D-4C3B-9A8E-5D6F7A8B9C0D";
    const std::string lower = "0b7e6a4c-1f2d-4c3b-9a8e-5d6f7a8b9c0d";
    CHECK(db.import(db.write("upper.ndjson", line_with_id(upper, "LI01") + "\n")).inserted == 1);
    CHECK(stored_ids(db) == std::vector<std::string>{lower});
    const sonda::ImportSummary again =
        db.import(db.write("lower.ndjson", line_with_id(lower, "LI01") + "\n"));
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 1);
    const sonda::ImportSummary mixed = db.import(db.write(
        "mixed.ndjson", line_with_id("0b7E6a4c-1F2d-4c3b-9A8e-5d6f7a8b9c0d", "LI01") + "\n"));
    CHECK(mixed.unchanged == 1);
    // Different content under a differently spelled id is a conflict on that id.
    CHECK_THROWS_AS(db.import(db.write("changed.ndjson",
                                       line_with_id(upper, "LI01", "\"sharing_1\":1") + "\n")),
                    sonda::ConflictError);
    CHECK(db.count() == 1);
}

TEST_CASE(
    "[io] CSV cells: C1 controls in a text and integers past 64 bits are refused at their cell") {
    Database db;
    const std::string header =
        "id,form,form_version,wave,territory,role,respondent,sharing_1,note\n";
    const std::string text =
        header + uuid(1) +
        ",io-check,1,workshop-1,livorno,social-service,R1,3,csi \xC2\x9B"
        "2J\n" +
        uuid(2) + ",io-check,1,workshop-1,livorno,social-service,R2,18446744073709551619,\n" +
        uuid(3) + ",io-check,99999999999999999999,workshop-1,livorno,social-service,R3,3,\n";
    try {
        db.import(db.write("cells.csv", text));
        FAIL("the import should have failed");
    } catch (const sonda::InvalidInput& error) {
        const std::string all = all_text(error.issues());
        INFO(all);
        CHECK(all.find("cells.csv:2") != std::string::npos);
        CHECK(all.find("control character U+009B") != std::string::npos);
        CHECK(all.find("\xC2\x9B") == std::string::npos);
        CHECK(all.find("cells.csv:3") != std::string::npos);
        CHECK(all.find("cells.csv:4") != std::string::npos);
    }
    CHECK(db.count() == 0);
}
