#include "csv_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

using sonda::io::ChunkSource;
using sonda::io::CsvReader;
using sonda::io::CsvReaderOptions;
using sonda::io::CsvRecord;
using sonda::io::TextEncoding;
using Fields = std::vector<std::string>;

namespace {
struct Parsed {
    std::vector<CsvRecord> records;
    char delimiter = 0;
    TextEncoding encoding = TextEncoding::Unknown;
    bool bom = false;
};

Parsed read_all(const std::string& text, CsvReaderOptions options = {},
                std::size_t chunk = 1 << 16) {
    std::istringstream in(text);
    ChunkSource source(in, chunk);
    CsvReader reader(source, options);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) parsed.records.push_back(record);
    parsed.delimiter = reader.delimiter();
    parsed.encoding = reader.encoding();
    parsed.bom = reader.had_byte_order_mark();
    return parsed;
}
}  // namespace

TEST_CASE("[io] CSV delimiter is detected from the header line") {
    CHECK(read_all("id;form;q1\n1;f;2,5\n").delimiter == ';');
    CHECK(read_all("id,form,q1\n1,f,\"2,5\"\n").delimiter == ',');
    CHECK(read_all("id\tform\tq1\n1\tf\t2\n").delimiter == '\t');
    CHECK(read_all("id\n1\n").delimiter == ',');
    // Only the header decides: commas in the data rows do not count.
    CHECK(read_all("id;q1\n1;\"a,b,c,d\"\n").delimiter == ';');
    // A delimiter inside a quoted header name does not count either.
    CHECK(read_all("\"a;b\",c\n").delimiter == ',');
}

TEST_CASE("[io] CSV an explicit delimiter overrides detection") {
    CsvReaderOptions options;
    options.delimiter = ',';
    const Parsed parsed = read_all("a;b,c\n", options);
    REQUIRE(parsed.records.size() == 1);
    CHECK(parsed.records[0].fields == Fields{"a;b", "c"});
}

TEST_CASE("[io] CSV RFC 4180 quoting: delimiters, doubled quotes and newlines inside quotes") {
    const Parsed parsed = read_all(
        "id;text;n\r\n"
        "1;\"semi;colon\";3\r\n"
        "2;\"she said \"\"sì\"\"\";4\r\n"
        "3;\"two\r\nlines\nthree\";5\r\n"
        "4;;\r\n");
    REQUIRE(parsed.records.size() == 5);
    CHECK(parsed.records[0].fields == Fields{"id", "text", "n"});
    CHECK(parsed.records[1].fields == Fields{"1", "semi;colon", "3"});
    CHECK(parsed.records[2].fields == Fields{"2", "she said \"sì\"", "4"});
    CHECK(parsed.records[3].fields == Fields{"3", "two\r\nlines\nthree", "5"});
    CHECK(parsed.records[4].fields == Fields{"4", "", ""});
    // Line numbers are physical lines: the record after the quoted newlines
    // starts at line 7.
    CHECK(parsed.records[1].line == 2);
    CHECK(parsed.records[3].line == 4);
    CHECK(parsed.records[4].line == 7);
    for (const CsvRecord& record : parsed.records) CHECK(record.error.empty());
    // The raw bytes of a record are kept for the rejected-rows file.
    CHECK(parsed.records[3].raw == "3;\"two\r\nlines\nthree\";5");
    CHECK(parsed.records[4].raw == "4;;");
}

TEST_CASE("[io] CSV blank lines are skipped, trailing empty fields kept") {
    const Parsed parsed = read_all("a,b\n\n1,\n\r\n2,x");
    REQUIRE(parsed.records.size() == 3);
    CHECK(parsed.records[1].fields == Fields{"1", ""});
    CHECK(parsed.records[1].line == 3);
    CHECK(parsed.records[2].fields == Fields{"2", "x"});
    CHECK(parsed.records[2].line == 5);
}

TEST_CASE("[io] CSV a quoted empty field and a quoted field at the end of the file") {
    const Parsed parsed = read_all("a,b\n\"\",\"x\"");
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[1].fields == Fields{"", "x"});
    CHECK(parsed.records[1].error.empty());
}

TEST_CASE("[io] CSV UTF-8 with byte order mark, semicolons and CRLF as Excel saves it") {
    const Parsed parsed =
        read_all("\xEF\xBB\xBFid;territorio;punteggio\r\n1;Società della Salute;3,5\r\n");
    CHECK(parsed.bom);
    CHECK(parsed.delimiter == ';');
    CHECK(parsed.encoding == TextEncoding::Utf8);
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[0].fields == Fields{"id", "territorio", "punteggio"});
    CHECK(parsed.records[1].fields == Fields{"1", "Società della Salute", "3,5"});
}

TEST_CASE("[io] CSV Windows-1252 bytes are converted to UTF-8") {
    // "Società" and "perché" as Italian Excel saves them: à = 0xE0, é = 0xE9;
    // the euro sign is 0x80 in Windows-1252.
    const Parsed parsed = read_all("id;nome\r\n1;Societ\xE0\r\n2;perch\xE9 \x80\r\n");
    CHECK(parsed.encoding == TextEncoding::Windows1252);
    REQUIRE(parsed.records.size() == 3);
    CHECK(parsed.records[1].fields[1] == "Società");
    CHECK(parsed.records[2].fields[1] == "perché €");
    CHECK(parsed.records[1].error.empty());
    // The raw bytes stay as they were, for a rejected file in the same encoding.
    CHECK(parsed.records[1].raw == "1;Societ\xE0");
}

TEST_CASE("[io] CSV invalid UTF-8 after UTF-8 text is an error on that record only") {
    const Parsed parsed = read_all("id,nome\n1,Società\n2,Societ\xE0\n3,ok\n");
    CHECK(parsed.encoding == TextEncoding::Utf8);
    REQUIRE(parsed.records.size() == 4);
    CHECK(parsed.records[1].error.empty());
    CHECK_THAT(parsed.records[2].error, Catch::Contains("invalid UTF-8 at byte 7 of field 2"));
    CHECK(parsed.records[2].line == 3);
    CHECK(parsed.records[3].error.empty());
}

TEST_CASE("[io] CSV a file with a byte order mark is UTF-8 even when a field is not") {
    const Parsed parsed = read_all("\xEF\xBB\xBFid,nome\n1,Societ\xE0\n");
    REQUIRE(parsed.records.size() == 2);
    CHECK_THAT(parsed.records[1].error, Catch::Contains("invalid UTF-8"));
}

TEST_CASE("[io] CSV malformed quoting is reported and reading goes on") {
    const Parsed parsed = read_all(
        "a,b\n"
        "1,ab\"c\n"
        "2,\"x\"y\n"
        "3,\"ok\"\n");
    REQUIRE(parsed.records.size() == 4);
    CHECK_THAT(parsed.records[1].error, Catch::Contains("quote inside an unquoted field 2"));
    CHECK_THAT(parsed.records[2].error, Catch::Contains("text after the closing quote of field 2"));
    CHECK(parsed.records[3].error.empty());
    CHECK(parsed.records[3].fields == Fields{"3", "ok"});
    CHECK(parsed.records[3].line == 4);
}

TEST_CASE("[io] CSV an unclosed quote is reported with the line it opened on") {
    const Parsed parsed = read_all("a,b\n1,\"never closed\n2,x\n3,y\n");
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[1].line == 2);
    CHECK_THAT(parsed.records[1].error, Catch::Contains("quote opened at line 2 is never closed"));
}

TEST_CASE("[io] CSV a record over the size limit is reported, memory is not kept, next read") {
    CsvReaderOptions options;
    options.max_record_bytes = 1000;
    const std::string big(10000, 'x');
    const Parsed parsed = read_all("a,b\n1," + big + "\n2,\"" + big + "\"\n3,z\n", options, 512);
    REQUIRE(parsed.records.size() == 4);
    CHECK_THAT(parsed.records[1].error, Catch::Contains("record longer than 1000 bytes"));
    CHECK(parsed.records[1].raw.empty());
    CHECK(parsed.records[1].fields.empty());
    CHECK_THAT(parsed.records[2].error, Catch::Contains("record longer than 1000 bytes"));
    CHECK(parsed.records[3].fields == Fields{"3", "z"});
    CHECK(parsed.records[3].line == 4);
}

TEST_CASE("[io] CSV records split across small chunks read the same") {
    const std::string text = "id;t\r\n1;\"a;\"\"b\"\"\r\nc\"\r\n2;\xE0\r\n";
    const Parsed whole = read_all(text);
    for (std::size_t chunk : {16u, 17u, 19u, 23u}) {
        const Parsed split = read_all(text, {}, chunk);
        REQUIRE(split.records.size() == whole.records.size());
        for (std::size_t i = 0; i < whole.records.size(); ++i) {
            CHECK(split.records[i].fields == whole.records[i].fields);
            CHECK(split.records[i].line == whole.records[i].line);
        }
    }
    CHECK(whole.records[1].fields[1] == "a;\"b\"\r\nc");
    CHECK(whole.records[2].fields[1] == "à");
}
