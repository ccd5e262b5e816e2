// sonda chart: every listed chart in every format, files of the size asked
// for, and clear refusals.
#include <catch2/catch.hpp>
#include <cmath>

#include "cli_runner.hpp"
#include "png_header.hpp"

using namespace sonda::test;

namespace {

std::vector<std::string> listed_charts() {
    const CliResult result = run_sonda({"chart", "--list"});
    REQUIRE(result.exit_code == 0);
    std::vector<std::string> names;
    std::istringstream lines(result.out);
    std::string name;
    for (std::string line; std::getline(lines, line);)
        if (std::istringstream(line) >> name) names.push_back(name);
    return names;
}

}  // namespace

TEST_CASE("[cli] sonda chart --list names each chart with what it shows", "[cli]") {
    const std::vector<std::string> names = listed_charts();
    CHECK(names == std::vector<std::string>{"change", "territories", "trend", "star", "heatmap",
                                            "network-map"});
    const CliResult italian = run_sonda({"chart", "--list", "--lang", "it"});
    CHECK(italian.out.find("cambiamento") != std::string::npos);
}

TEST_CASE("[cli] sonda chart writes every listed chart as svg, png and pdf", "[cli]") {
    ScratchFolder scratch;
    for (const std::string& chart : listed_charts()) {
        const std::string form = chart == "heatmap" ? "team-expectations" : "network-dimensions";
        for (const char* format : {"svg", "png", "pdf"}) {
            const std::string out = scratch.file(chart + "." + format);
            const CliResult result =
                run_sonda({"chart",      "--db", shared_demo_db(), "--form",        form,
                           "--chart",    chart,  "--territory",    "sds_pistoiese", "--from",
                           "workshop-1", "--to", "workshop-2",     "--lang",        "it",
                           "--format",   format, "--width",        "1600",          "--out",
                           out});
            INFO(chart << " " << format << ": " << result.err);
            REQUIRE(result.exit_code == 0);
            const std::string bytes = read_file(out);
            if (std::string(format) == "png") {
                REQUIRE(bytes.size() > 24);
                CHECK(bytes.substr(1, 3) == "PNG");
                CHECK(sonda::test::png_width(bytes) == 1600u);
                CHECK(sonda::test::png_height(bytes) == 900u);  // 16:9
            } else if (std::string(format) == "pdf") {
                const std::string info = command_output("pdfinfo '" + out + "'");
                CHECK(info.find("Pages:           1") != std::string::npos);
                CHECK(info.find("Page size:       960 x 540 pts") != std::string::npos);
            } else {
                CHECK(bytes.find("<svg") != std::string::npos);
            }
        }
    }
}

TEST_CASE("[cli] sonda chart takes the format from the file's extension", "[cli]") {
    ScratchFolder scratch;
    const CliResult result =
        run_sonda({"chart", "--db", shared_demo_db(), "--form", "team-expectations", "--chart",
                   "trend", "--out", scratch.file("trend.pdf")});
    REQUIRE(result.exit_code == 0);
    CHECK(read_file(scratch.file("trend.pdf")).rfind("%PDF", 0) == 0);
}

TEST_CASE("[cli] sonda chart refuses what it cannot draw, and writes nothing", "[cli]") {
    ScratchFolder scratch;
    const std::string out = scratch.file("chart.png");
    const std::vector<std::string> base{
        "chart", "--db", shared_demo_db(), "--form", "network-dimensions", "--out", out};
    auto with = [&](std::vector<std::string> more) {
        std::vector<std::string> args = base;
        args.insert(args.end(), more.begin(), more.end());
        return run_sonda(args);
    };
    CliResult result = with({"--chart", "pie"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("unknown chart 'pie'; the charts are: change, territories, trend, star, "
                          "heatmap, network-map") != std::string::npos);
    result = with({"--chart", "change", "--territory", "pisa"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown territory 'pisa'") != std::string::npos);
    result = with({"--chart", "change", "--width", "5"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--width must be between 16 and 16384") != std::string::npos);
    result = with({"--chart", "change", "--format", "jpeg"});
    CHECK(result.exit_code == 1);
    result = run_sonda({"chart", "--db", shared_demo_db(), "--chart", "change", "--out", out});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--form is required") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("[cli] the team-expectations HTML report draws the heatmap sonda chart draws", "[cli]") {
    ScratchFolder scratch;
    const std::string out = scratch.file("te.html");
    const CliResult result =
        run_sonda({"report", "--db", shared_demo_db(), "--form", "team-expectations", "--format",
                   "html", "--lang", "it", "--out", out});
    REQUIRE(result.exit_code == 0);
    const std::string html = read_file(out);
    // One heatmap per group whose themes are shown, in place of the counts table.
    CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\"") !=
          std::string::npos);
    CHECK(html.find("Temi delle aspettative: Società della Salute Pistoiese") != std::string::npos);
    CHECK(html.find("Theme counts") == std::string::npos);
}
