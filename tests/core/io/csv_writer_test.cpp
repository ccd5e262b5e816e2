#include "csv_writer.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "csv_reader.hpp"

using sonda::io::ChunkSource;
using sonda::io::csv_quote;
using sonda::io::CsvReader;
using sonda::io::CsvRecord;
using sonda::io::CsvWriter;
using Fields = std::vector<std::string>;

TEST_CASE("[io] CSV writer quotes only what needs quoting") {
    CHECK(csv_quote("plain", ',') == "plain");
    CHECK(csv_quote("3,5", ',') == "\"3,5\"");
    CHECK(csv_quote("3,5", ';') == "3,5");
    CHECK(csv_quote("a;b", ';') == "\"a;b\"");
    CHECK(csv_quote("say \"hi\"", ',') == "\"say \"\"hi\"\"\"");
    CHECK(csv_quote("two\nlines", ',') == "\"two\nlines\"");
    CHECK(csv_quote("cr\r", ',') == "\"cr\r\"");
    CHECK(csv_quote("tab\there", '\t') == "\"tab\there\"");
    CHECK(csv_quote("", ',') == "");
}

TEST_CASE("[io] CSV writer output reads back to the same fields") {
    const std::vector<Fields> rows = {
        {"id", "testo", "valore"},
        {"1", "Società della Salute Pistoiese", "3,5"},
        {"2", "virgolette \"doppie\"; e punto e virgola", ""},
        {"3", "riga uno\nriga due\r\nriga tre", "'; DROP TABLE responses; --"},
        {"", "", ""},
    };
    for (const char delimiter : {',', ';', '\t'}) {
        std::ostringstream out;
        CsvWriter writer(out, delimiter);
        for (const Fields& row : rows) writer.record(row);
        std::istringstream in(out.str());
        ChunkSource source(in);
        CsvReader reader(source);
        CHECK(reader.delimiter() == delimiter);
        std::vector<Fields> back;
        CsvRecord record;
        while (reader.next(record)) {
            CHECK(record.error.empty());
            back.push_back(record.fields);
        }
        CHECK(back == rows);
    }
}

TEST_CASE("[io] CSV writer ends records with CRLF") {
    std::ostringstream out;
    CsvWriter writer(out, ';');
    writer.field("a");
    writer.field("b");
    writer.end_record();
    CHECK(out.str() == "a;b\r\n");
}
