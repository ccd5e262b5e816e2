#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <sstream>

#include "report_fixture.hpp"
#include "sonda/util/json.hpp"

using namespace sonda;

namespace {

// The keys of one score as issue 4 lists them, plus the two RCI shares the
// statistics module computes and the verdict with the score's better
// direction (documented in docs/report.md).
const std::vector<std::string> kScoreKeys{"score",
                                          "n_from",
                                          "n_to",
                                          "n_paired",
                                          "design",
                                          "mean_from",
                                          "mean_to",
                                          "sd_from",
                                          "sd_to",
                                          "median_from",
                                          "median_to",
                                          "delta",
                                          "diff_mean",
                                          "ci95_low",
                                          "ci95_high",
                                          "p_t",
                                          "p_rank",
                                          "effect_size",
                                          "effect_size_kind",
                                          "alpha_from",
                                          "alpha_to",
                                          "band_from",
                                          "band_to",
                                          "rci_improved_share",
                                          "rci_worsened_share",
                                          "improvement",
                                          "verdict",
                                          "outcome",
                                          "suppressed",
                                          "withheld"};

// Round trip through text: what a consumer of `sonda report --format json` sees.
Poco::JSON::Object::Ptr as_read_back(const Report& report) {
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(report_to_json(report), text);
    return parse_json_object(text.str(), Location{"report.json", 0, "$", ""});
}

std::vector<std::string> names(const Poco::JSON::Object& object) {
    return object.getNames();  // insertion order: the objects preserve it
}

}  // namespace

TEST_CASE("[report] json has the contract's keys in order", "[report]") {
    auto json = report_to_json(testing::hand_built_report());
    CHECK(names(*json) == std::vector<std::string>{"form", "form_version", "from", "to", "by",
                                                   "min_cell", "suppression", "pairing", "groups"});
    CHECK(json->getValue<std::string>("form") == "network-dimensions");
    CHECK(json->getValue<std::string>("from") == "w2023-12");
    CHECK(json->getValue<std::string>("to") == "w2024-03");
    CHECK(json->getValue<std::string>("by") == "territory");
    CHECK(json->getValue<int>("min_cell") == 5);
    auto groups = json->getArray("groups");
    REQUIRE(groups->size() == 2);
    auto pistoia = groups->getObject(0);
    CHECK(pistoia->getValue<std::string>("group") == "pistoia");
    CHECK_FALSE(pistoia->has("instrument"));  // the instrument added nothing
    auto scores = pistoia->getArray("scores");
    REQUIRE(scores->size() == 2);
    for (unsigned i = 0; i < scores->size(); ++i) CHECK(names(*scores->getObject(i)) == kScoreKeys);
    CHECK(groups->getObject(1)->getObject("instrument")->has("theme_changes"));
}

TEST_CASE("[report] json figures equal the comparison's", "[report]") {
    auto json = as_read_back(testing::hand_built_report());
    auto sharing = json->getArray("groups")->getObject(0)->getArray("scores")->getObject(0);
    const ScoreComparison expected = testing::clear_change().stats;
    CHECK(sharing->getValue<long long>("n_from") == 12);
    CHECK(sharing->getValue<long long>("n_to") == 11);
    CHECK(sharing->getValue<long long>("n_paired") == 10);
    CHECK(sharing->getValue<std::string>("design") == "paired");
    CHECK(sharing->getValue<double>("mean_from") == Approx(*expected.mean_from).epsilon(1e-12));
    CHECK(sharing->getValue<double>("p_t") == Approx(*expected.p_t).epsilon(1e-12));
    CHECK(sharing->getValue<double>("ci95_low") == Approx(0.31).epsilon(1e-12));
    CHECK(sharing->getValue<std::string>("effect_size_kind") == "cohen_dz");
    CHECK(sharing->getValue<std::string>("band_from") == "borderline");
    CHECK(sharing->getValue<std::string>("band_to") == "strength");
    CHECK(sharing->getValue<bool>("suppressed") == false);
    // The fixture's definitions say higher is better: a clear rise improves.
    CHECK(sharing->getValue<std::string>("improvement") == "higher");
    CHECK(sharing->getValue<std::string>("verdict") == "clear");
    CHECK(sharing->getValue<std::string>("outcome") == "improved");

    auto integration = json->getArray("groups")->getObject(1)->getArray("scores")->getObject(1);
    CHECK(integration->getValue<std::string>("effect_size_kind") == "hedges_g");
    CHECK(integration->isNull("alpha_to"));  // missing stays null, not 0
    CHECK(integration->getValue<std::string>("verdict") == "uncertain");
    CHECK(integration->getValue<std::string>("outcome") == "uncertain");
}

TEST_CASE("[report] json and csv carry the verdict of the one rule, by improvement", "[report]") {
    Report report = testing::hand_built_report();
    report.score_definitions[0].improvement = Improvement::Lower;
    auto json = as_read_back(report);
    auto sharing = json->getArray("groups")->getObject(0)->getArray("scores")->getObject(0);
    CHECK(sharing->getValue<std::string>("improvement") == "lower");
    CHECK(sharing->getValue<std::string>("outcome") == "worsened");  // it rose
    report.score_definitions[0].improvement = Improvement::Neither;
    sharing =
        as_read_back(report)->getArray("groups")->getObject(0)->getArray("scores")->getObject(0);
    CHECK(sharing->getValue<std::string>("improvement") == "neither");
    CHECK(sharing->getValue<std::string>("outcome") == "changed");

    std::ostringstream csv;
    write_report_csv(report, csv);
    CHECK(
        csv.str().find(",rci_worsened_share,improvement,verdict,outcome,suppressed,withheld\r\n") !=
        std::string::npos);
    CHECK(csv.str().find(",neither,clear,changed,false,\r\n") != std::string::npos);
}

TEST_CASE("[report] a suppressed cell has every figure null, counts included", "[report]") {
    auto json = as_read_back(testing::hand_built_report());
    auto cell = json->getArray("groups")->getObject(0)->getArray("scores")->getObject(1);
    CHECK(cell->getValue<std::string>("score") == "integration");
    CHECK(cell->getValue<bool>("suppressed") == true);
    CHECK(cell->getValue<std::string>("withheld") == "small");  // why, never what
    // The better direction is the score definition's, not a figure of the group.
    CHECK(cell->getValue<std::string>("improvement") == "higher");
    for (const std::string& key : kScoreKeys) {
        if (key == "score" || key == "suppressed" || key == "withheld" || key == "improvement")
            continue;
        INFO(key);
        CHECK(cell->isNull(key));
    }
    auto odd = json->getArray("groups")->getObject(1)->getArray("scores")->getObject(0);
    CHECK(odd->getValue<std::string>("withheld") == "protects");
}

TEST_CASE("[report] NaN and infinity never reach the JSON", "[report]") {
    Report report = testing::hand_built_report();
    report.groups[0].scores[0].stats.sd_to = std::nan("");
    report.groups[0].scores[0].stats.effect_size = INFINITY;
    auto json = as_read_back(report);  // parse_json would throw on NaN
    auto sharing = json->getArray("groups")->getObject(0)->getArray("scores")->getObject(0);
    CHECK(sharing->isNull("sd_to"));
    CHECK(sharing->isNull("effect_size"));
}

TEST_CASE("[report] json says prominently when suppression is off", "[report]") {
    Report report = testing::hand_built_report();
    CHECK(report_to_json(report)->getValue<bool>("suppression") == true);
    CHECK_FALSE(report_to_json(report)->has("warnings"));
    report.suppression = false;
    auto json = report_to_json(report);
    CHECK(json->getValue<bool>("suppression") == false);
    REQUIRE(json->getArray("warnings"));
    CHECK(json->getArray("warnings")->getElement<std::string>(0).find("SUPPRESSION IS OFF") !=
          std::string::npos);
}

TEST_CASE("[report] csv has one row per group and score, withheld cells empty", "[report]") {
    std::ostringstream out;
    write_report_csv(testing::hand_built_report(), out);
    std::istringstream lines(out.str());
    std::vector<std::string> rows;
    for (std::string line; std::getline(lines, line);) {
        REQUIRE(!line.empty());
        REQUIRE(line.back() == '\r');
        line.pop_back();
        rows.push_back(line);
    }
    REQUIRE(rows.size() == 1 + 4);
    auto count_fields = [](const std::string& row) {
        std::size_t fields = 1;
        bool quoted = false;
        for (char c : row) {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) ++fields;
        }
        return fields;
    };
    for (const std::string& row : rows) CHECK(count_fields(row) == count_fields(rows[0]));
    CHECK(rows[0].rfind("form,from,to,by,min_cell,suppression,group,score,n_from,", 0) == 0);
    CHECK(rows[1].find(",pistoia,sharing,12,11,10,paired,3.1,3.8,") != std::string::npos);
    CHECK(rows[2].find(",pistoia,integration," + std::string(24, ',') + "higher,,,true") !=
          std::string::npos);
    CHECK(rows[3].find(",odd<b>,sharing,") != std::string::npos);
}

TEST_CASE("[report] csv text cells cannot run as spreadsheet formulas", "[report]") {
    Report report = testing::hand_built_report();
    report.groups[0].group = "=HYPERLINK(\"http://x\")";
    report.groups[0].scores[0].band_from = "+cmd";
    std::ostringstream out;
    write_report_csv(report, out);
    CHECK(out.str().find(",\"'=HYPERLINK(\"\"http://x\"\")\",") != std::string::npos);
    CHECK(out.str().find(",'+cmd,") != std::string::npos);
    CHECK(out.str().find(",=") == std::string::npos);
    CHECK(out.str().find(",+") == std::string::npos);
}
