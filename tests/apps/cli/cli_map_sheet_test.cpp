// Network maps entered one actor per row (docs/csv.md, "Network maps, one actor
// per row"): `sonda export --maps` and `sonda import --maps` on the demo study.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"

using namespace sonda::test;

namespace {

const std::string kWideHeader =
    "form;form_version;wave;territory;role;respondent;sharing_1;sharing_2;sharing_3;"
    "integration_1;integration_2;integration_3\r\n";
const std::string kMapHeader =
    "wave;territory;respondent;centre;service;name;ring;intensity;note\r\n";

std::string wide_row(const std::string& respondent) {
    return "network-dimensions;1;workshop-1;livorno;social_service;" + respondent +
           ";4;3;4;2;3;3\r\n";
}

std::string init_db(const ScratchFolder& scratch) {
    const std::string db = scratch.file("study.db");
    REQUIRE(run_sonda({"init", "--db", db, "--study", demo_study_file()}).exit_code == 0);
    return db;
}

std::string export_ndjson(const std::string& db) {
    const CliResult result = run_sonda({"export", "--db", db, "--form", "network-dimensions"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

}  // namespace

TEST_CASE("[cli] maps: the demo's maps export one actor a row and import back unchanged", "[cli]") {
    const std::string& demo = shared_demo_db();
    ScratchFolder scratch;
    const std::string wide = scratch.file("risposte.csv");
    const std::string maps = scratch.file("mappe.csv");
    const CliResult exported =
        run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--format", "csv-wide",
                   "--delimiter", ";", "--decimal", ",", "--out", wide, "--maps", maps});
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    const std::string wide_text = read_file(wide);
    const std::string map_text = read_file(maps);
    // The map column leaves the wide sheet; the map sheet has a row per actor.
    CHECK(wide_text.substr(0, wide_text.find('\n')).find("network_map") == std::string::npos);
    CHECK(map_text.rfind("\xEF\xBB\xBF"
                         "form;wave;territory;respondent;item;centre;service;name;ring;"
                         "intensity;note\r\n",
                         0) == 0);
    CHECK(count_lines(map_text) > count_lines(wide_text));

    const std::string db = init_db(scratch);
    const CliResult imported = run_sonda({"import", "--db", db, wide, "--maps", maps});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(export_ndjson(db) == export_ndjson(demo));
    // Imported again, the pair is a no-op.
    const CliResult again = run_sonda({"import", "--db", db, wide, "--maps", maps});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find(" 0 inserted") != std::string::npos);

    // --maps only goes with csv-wide, and never replaces the wide sheet.
    CHECK(run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--maps", maps})
              .exit_code == 1);
    CHECK(run_sonda({"export", "--db", demo, "--form", "network-dimensions", "--format", "csv-wide",
                     "--out", wide, "--maps", wide})
              .exit_code == 1);
}

TEST_CASE("[cli] maps: a sheet typed by hand becomes each respondent's map", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string wide = scratch.file("risposte.csv");
    const std::string maps = scratch.file("mappe.csv");
    write_file(wide, kWideHeader + wide_row("LI01") + wide_row("LI02") + wide_row("LI03"));
    write_file(maps, kMapHeader + "workshop-1;livorno;LI01;social_service;asl;;2;3;protocollo\r\n" +
                         "workshop-1;livorno;LI02;;;Caritas;3;;\r\n" +
                         "workshop-1;livorno;LI01;;;Società della Salute;1;;\r\n" +
                         "workshop-1;livorno;LI03;;;;;;\r\n");
    const CliResult imported = run_sonda({"import", "--db", db, wide, "--maps", maps});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    const std::string stored = export_ndjson(db);
    CHECK(stored.find("\"network_map\":{\"actors\":[{\"intensity\":3,\"note\":\"protocollo\","
                      "\"ring\":2,\"service\":\"asl\"},{\"name\":\"Società della Salute\","
                      "\"ring\":1}],\"centre\":\"social_service\"}") != std::string::npos);
    CHECK(stored.find("\"network_map\":{\"actors\":[{\"name\":\"Caritas\",\"ring\":3}]}") !=
          std::string::npos);
    CHECK(stored.find("\"network_map\":{\"actors\":[]}") != std::string::npos);
}

TEST_CASE("[cli] maps: problems are reported at the map sheet's row, nothing is stored", "[cli]") {
    ScratchFolder scratch;
    const std::string db = init_db(scratch);
    const std::string wide = scratch.file("risposte.csv");
    write_file(wide, kWideHeader + wide_row("LI01") + wide_row("LI02"));

    const std::string cells = scratch.file("celle.csv");
    write_file(cells, kMapHeader + "workshop-1;livorno;LI01;;asl;;due;;\r\n" +
                          "workshop-1;livorno;LI01;;oss;;;;\r\n" +
                          "workshop-1;livorno;LI02;social_service;oss;;1;;\r\n" +
                          "workshop-1;livorno;LI02;third_sector;asl;;2;;\r\n");
    const CliResult refused = run_sonda({"import", "--db", db, wide, "--maps", cells});
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find(cells + ":2: column ring: 'due' is not a whole number") !=
          std::string::npos);
    CHECK(refused.err.find(cells + ":3: column ring: the actor has no ring") != std::string::npos);
    CHECK(refused.err.find(cells + ":5: column centre: centre 'third_sector' where line 4 has "
                                   "'social_service'") != std::string::npos);

    const std::string checked = scratch.file("controllo.csv");
    write_file(checked, kMapHeader + "workshop-1;livorno;LI01;;asl;;2;;\r\n" +
                            "workshop-1;livorno;LI01;;oss;;9;;\r\n" +
                            "workshop-1;livorno;LI01;;nope;;1;;\r\n" +
                            "workshop-2;livorno;LI01;;oss;;1;;\r\n");
    const CliResult invalid = run_sonda({"import", "--db", db, wide, "--maps", checked});
    INFO(invalid.err);
    CHECK(invalid.exit_code == 2);
    CHECK(invalid.err.find(checked + ":3: column ring: actor 2: ring 9 is outside 1..4") !=
          std::string::npos);
    CHECK(invalid.err.find(checked + ":4: column service: actor 3: unknown service 'nope'") !=
          std::string::npos);
    CHECK(invalid.err.find(checked + ":5: no row of " + wide +
                           " has this row's wave 'workshop-2', territory 'livorno'") !=
          std::string::npos);
    // Even with --skip-invalid a map row without its response fails the file.
    CHECK(run_sonda({"import", "--db", db, wide, "--maps", checked, "--skip-invalid"}).exit_code ==
          2);

    // A map both in the wide cell and in the map sheet.
    const std::string both_wide = scratch.file("entrambi.csv");
    write_file(both_wide,
               "form;form_version;wave;territory;role;respondent;sharing_1;sharing_2;sharing_3;"
               "integration_1;integration_2;integration_3;network_map\r\n"
               "network-dimensions;1;workshop-1;livorno;social_service;LI01;4;3;4;2;3;3;"
               "\"{\"\"actors\"\":[]}\"\r\n");
    const std::string one_map = scratch.file("una.csv");
    write_file(one_map, kMapHeader + "workshop-1;livorno;LI01;;oss;;1;;\r\n");
    const CliResult both = run_sonda({"import", "--db", db, both_wide, "--maps", one_map});
    INFO(both.err);
    CHECK(both.exit_code == 2);
    CHECK(both.err.find(both_wide + ":2: item network_map: this row's map cell is filled and " +
                        one_map + " (from line 2) has map rows") != std::string::npos);

    // NDJSON carries its maps as JSON.
    const std::string ndjson = scratch.file("r.ndjson");
    write_file(ndjson, network_response("6f1c6c2e-0000-4000-8000-000000000001", "workshop-1",
                                        "livorno", "LI01") +
                           "\n");
    CHECK(run_sonda({"import", "--db", db, ndjson, "--maps", one_map}).exit_code == 1);
    CHECK(export_ndjson(db).empty());
}
