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

TEST_CASE("[io] CSV writer neutralises cells a spreadsheet would run as formulas") {
    using sonda::io::neutralise_formula;
    using sonda::io::restore_formula_text;
    // OWASP's list: = + - @ tab and carriage return at the start of a cell.
    CHECK(neutralise_formula("=HYPERLINK(\"http://evil.example\",\"x\")") ==
          "'=HYPERLINK(\"http://evil.example\",\"x\")");
    CHECK(neutralise_formula("+39 0586 123") == "'+39 0586 123");
    CHECK(neutralise_formula("-2+3") == "'-2+3");
    CHECK(neutralise_formula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(neutralise_formula("\t=1") == "'\t=1");
    CHECK(neutralise_formula("\r=1") == "'\r=1");
    CHECK(neutralise_formula("-") == "'-");
    // Numbers stay numbers, with either decimal mark.
    for (const char* number : {"-3", "+3", "-2.5", "-2,5", "-.5", "1e-3", "-1.5E+10", "0"})
        CHECK(neutralise_formula(number) == number);
    // Plain text, and quotes that reading back would not remove, are left alone.
    for (const char* text : {"plain", "'", "'tis", "a=b", "", "'; DROP TABLE responses; --"})
        CHECK(neutralise_formula(text) == text);
    // A leading quote that reading back would remove gets one more.
    CHECK(neutralise_formula("'=x") == "''=x");
    CHECK(neutralise_formula("''") == "'''");

    // Reading back gives every original text.
    for (const char* original : {"=1+1", "+x", "-3", "-x", "@x", "\tx", "\rx", "'=x", "''=x", "'",
                                 "''", "'''", "'tis", "plain", "", "-", "'-3", "=", "'\t"})
        CHECK(restore_formula_text(neutralise_formula(original)) == original);
}

TEST_CASE("[io] CSV writer output is formula-safe through the writer") {
    std::ostringstream out;
    CsvWriter writer(out, ',');
    writer.record({"=cmd|' /C calc'!A0", "-3", "say \"=hi\""});
    CHECK(out.str() == "'=cmd|' /C calc'!A0,-3,\"say \"\"=hi\"\"\"\r\n");
}
