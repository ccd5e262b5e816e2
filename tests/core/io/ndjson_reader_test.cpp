#include "ndjson_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

using sonda::io::ChunkSource;
using sonda::io::NdjsonLine;
using sonda::io::NdjsonReader;

namespace {
std::vector<NdjsonLine> read_all(const std::string& text, std::size_t max_line = 1 << 20,
                                 std::size_t chunk = 1 << 16) {
    std::istringstream in(text);
    ChunkSource source(in, chunk);
    NdjsonReader reader(source, max_line);
    std::vector<NdjsonLine> lines;
    NdjsonLine line;
    while (reader.next(line)) lines.push_back(line);
    return lines;
}
}  // namespace

TEST_CASE("[io] NDJSON lines keep their physical line numbers across blank lines") {
    const auto lines = read_all("{\"a\":1}\n\n   \n{\"b\":2}\n\t\n{\"c\":3}");
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].text == "{\"a\":1}");
    CHECK(lines[0].number == 1);
    CHECK(lines[1].text == "{\"b\":2}");
    CHECK(lines[1].number == 4);
    CHECK(lines[2].text == "{\"c\":3}");  // no newline at the end of the file
    CHECK(lines[2].number == 6);
}

TEST_CASE("[io] NDJSON CRLF endings are removed, a CR inside a line is kept") {
    const auto lines = read_all("{\"a\":1}\r\n{\"b\":\"x\ry\"}\r\n\r\n");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "{\"a\":1}");
    CHECK(lines[1].text == "{\"b\":\"x\ry\"}");
    CHECK(lines[1].number == 2);
}

TEST_CASE("[io] NDJSON byte order mark on the first line is dropped") {
    std::istringstream in("\xEF\xBB\xBF{\"a\":1}\n{\"b\":2}\n");
    ChunkSource source(in);
    NdjsonReader reader(source);
    NdjsonLine line;
    REQUIRE(reader.next(line));
    CHECK(line.text == "{\"a\":1}");
    CHECK(reader.had_byte_order_mark());
    REQUIRE(reader.next(line));
    CHECK(line.text == "{\"b\":2}");
    CHECK_FALSE(reader.next(line));
    CHECK(source.consumed() == 3 + 8 + 8);
}

TEST_CASE("[io] NDJSON empty input and input of blank lines give no line") {
    CHECK(read_all("").empty());
    CHECK(read_all("\n\r\n  \n").empty());
}

TEST_CASE("[io] NDJSON lines longer than one chunk are joined whole") {
    const std::string big(100000, 'x');
    const auto lines = read_all("{\"t\":\"" + big + "\"}\n{\"u\":1}\n", 1 << 20, 64);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text.size() == big.size() + 8);
    CHECK(lines[1].text == "{\"u\":1}");
    CHECK(lines[1].number == 2);
}

TEST_CASE("[io] NDJSON a line over the limit is reported and skipped, the next ones still read") {
    const std::string big(5000, 'y');
    const auto lines = read_all("{\"a\":1}\n" + big + "\n{\"b\":2}\r\n", 1000, 256);
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(lines[0].too_long);
    CHECK(lines[1].too_long);
    CHECK(lines[1].number == 2);
    CHECK(lines[1].text.empty());
    CHECK(lines[1].length == 5000);
    CHECK_FALSE(lines[2].too_long);
    CHECK(lines[2].text == "{\"b\":2}");
    CHECK(lines[2].number == 3);
}

TEST_CASE("[io] NDJSON a line exactly at the limit is accepted, with or without CR") {
    const std::string exact(1000, 'z');
    auto lines = read_all(exact + "\r\n" + exact + "\n" + exact + "z\n", 1000, 128);
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(lines[0].too_long);
    CHECK(lines[0].text == exact);
    CHECK_FALSE(lines[1].too_long);
    CHECK(lines[2].too_long);
}

TEST_CASE("[io] NDJSON bytes consumed are counted for the progress bar") {
    std::istringstream in("{\"a\":1}\n{\"b\":2}\n");
    ChunkSource source(in, 16);
    NdjsonReader reader(source);
    NdjsonLine line;
    REQUIRE(reader.next(line));
    CHECK(source.consumed() == 8);
    REQUIRE(reader.next(line));
    CHECK(source.consumed() == 16);
}
