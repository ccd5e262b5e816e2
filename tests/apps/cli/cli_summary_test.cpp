// sonda summary: one or two A4 pages per territory, with its name and every
// questionnaire's heading, in one language, in PDF, HTML and PNG.
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "cli_runner.hpp"
#include "sonda/report/report_wording.hpp"

using namespace sonda::test;

namespace {

const std::vector<std::pair<std::string, std::string>> kTerritories{
    {"sds_pistoiese", "Società della Salute Pistoiese"},
    {"sds_grossetana", "Società della Salute Amiata Grossetana"},
    {"livorno", "Comune di Livorno"},
    {"piana_di_lucca", "Piana di Lucca"}};

// The form titles in `language`, read from the forms folder.
std::vector<std::string> form_titles(const std::string& language) {
    std::vector<std::string> titles;
    for (const char* form : {"network-dimensions", "team-expectations", "objectives-monitoring"}) {
        const auto object = parse_object(read_file(forms_folder() + "/" + form + ".json"));
        titles.push_back(object->getObject("title")->getValue<std::string>(language));
    }
    return titles;
}

// The literal pieces of each English phrase (between its %s and %d), long
// enough that an Italian page cannot hold them by chance.
std::vector<std::string> english_fragments() {
    const std::regex placeholder("%[a-z]+|%%");
    std::vector<std::string> fragments;
    for (const std::string& phrase : sonda::report_detail::english_phrases())
        for (auto piece = std::sregex_token_iterator(phrase.begin(), phrase.end(), placeholder, -1);
             piece != std::sregex_token_iterator(); ++piece)
            if (piece->length() >= 12) fragments.push_back(piece->str());
    return fragments;
}

}  // namespace

TEST_CASE("[cli] each demo territory's Italian summary is one or two A4 pages, all Italian",
          "[cli]") {
    ScratchFolder scratch;
    const std::vector<std::string> headings = form_titles("it");
    const std::vector<std::string> english = english_fragments();
    REQUIRE(english.size() > 40);
    for (const auto& [territory, name] : kTerritories) {
        const std::string out = scratch.file(territory + ".pdf");
        const CliResult result = run_sonda({"summary", "--db", shared_demo_db(), "--territory",
                                            territory, "--lang", "it", "--out", out});
        INFO(territory << ": " << result.err);
        REQUIRE(result.exit_code == 0);
        const std::string info = command_output("pdfinfo '" + out + "'");
        CHECK(std::regex_search(info, std::regex(R"(Pages:\s+[12]\n)")));
        CHECK(info.find("(A4)") != std::string::npos);
        const std::string text = pdf_text(out);
        CHECK(text.find(name) != std::string::npos);
        for (const std::string& heading : headings) CHECK(text.find(heading) != std::string::npos);
        for (const std::string& fragment : english) {
            INFO("English: " << fragment);
            CHECK(text.find(fragment) == std::string::npos);
        }
    }
}

TEST_CASE("[cli] a summary withholds what the report withholds", "[cli]") {
    ScratchFolder scratch;
    // Livorno had fewer than five people at workshop 1.
    const std::string out = scratch.file("livorno.pdf");
    REQUIRE(run_sonda({"summary", "--db", shared_demo_db(), "--territory", "livorno", "--lang",
                       "en", "--out", out})
                .exit_code == 0);
    const std::string text = pdf_text(out);
    CHECK(text.find("Withheld: it would show a group of fewer than 5 people") != std::string::npos);
    CHECK_FALSE(std::regex_search(text, std::regex(R"([+-]\d\.\d\d)")));  // no change printed
}

TEST_CASE("[cli] sonda summary --territory all writes one file per territory", "[cli]") {
    ScratchFolder scratch;
    const std::string folder = scratch.file("summaries");
    for (const char* format : {"html", "png"}) {
        const CliResult result = run_sonda({"summary", "--db", shared_demo_db(), "--territory",
                                            "all", "--format", format, "--out", folder});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        for (const auto& [territory, name] : kTerritories) {
            const std::string file = folder + "/" + territory + "." + format;
            REQUIRE(std::filesystem::exists(file));
            const std::string bytes = read_file(file);
            if (std::string(format) == "png") {
                CHECK(bytes.substr(1, 3) == "PNG");
            } else {
                CHECK(bytes.find("<svg") != std::string::npos);
                CHECK(bytes.find("size: A4 portrait") != std::string::npos);
            }
        }
    }
}

TEST_CASE("[cli] sonda summary refuses an unknown territory or format, writing nothing", "[cli]") {
    ScratchFolder scratch;
    const std::string out = scratch.file("x.pdf");
    CliResult result =
        run_sonda({"summary", "--db", shared_demo_db(), "--territory", "pisa", "--out", out});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("pisa") != std::string::npos);
    result = run_sonda({"summary", "--db", shared_demo_db(), "--territory", "livorno", "--format",
                        "docx", "--out", out});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--format must be pdf, html or png") != std::string::npos);
    result = run_sonda({"summary", "--db", shared_demo_db(), "--out", out});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("--territory is required") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    // --territory all into a file, not a folder.
    write_file(out, "keep me");
    result = run_sonda({"summary", "--db", shared_demo_db(), "--territory", "all", "--out", out});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("is a file: --territory all writes one file per territory into a "
                          "folder") != std::string::npos);
    CHECK(read_file(out) == "keep me");

    // A study with no answers yet has nothing to summarise.
    const std::string empty = scratch.file("empty.db");
    REQUIRE(run_sonda({"init", "--db", empty, "--study", demo_study_file()}).exit_code == 0);
    result = run_sonda(
        {"summary", "--db", empty, "--territory", "livorno", "--out", scratch.file("empty.pdf")});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("no questionnaire has any response yet") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(scratch.file("empty.pdf")));
}
