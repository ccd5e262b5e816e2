#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.hpp"
#include "report_renderers.hpp"
#include "sonda/report/report_wording.hpp"

using namespace sonda;

namespace {

std::string text_of(const Report& report, const std::string& language = "en") {
    std::ostringstream out;
    report_detail::write_report_text(report, nullptr, nullptr, language, out);
    return out.str();
}

std::string line_with(const std::string& text, const std::string& needle, std::size_t skip = 0) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.find(needle) != std::string::npos && skip-- == 0) return line;
    return "";
}

}  // namespace

TEST_CASE("[report] text shows a table row per score and suppressed cells as such", "[report]") {
    const std::string text = text_of(testing::hand_built_report());
    CHECK(text.find("Società della Salute Pistoiese [pistoia]") != std::string::npos);
    const std::string sharing = line_with(text, "  Sharing ");
    CHECK(sharing.find("12/11/10") != std::string::npos);
    CHECK(sharing.find("3.10 -> 3.80") != std::string::npos);
    CHECK(sharing.find("+0.65") != std::string::npos);
    CHECK(sharing.find("[+0.31, +0.99]") != std::string::npos);
    CHECK(sharing.find("0.002") != std::string::npos);
    CHECK(sharing.find("dz 1.37") != std::string::npos);
    CHECK(sharing.find("borderline -> strength") != std::string::npos);

    const std::string withheld = line_with(text, "  Integration ");
    CHECK(withheld.find("withheld: fewer than 5") != std::string::npos);
    // Never a 0 (or any figure) in place of a withheld one.
    CHECK(withheld.find_first_of("012346789") == std::string::npos);
}

TEST_CASE("[report] the reading gives the verdict and why", "[report]") {
    const std::string text = text_of(testing::hand_built_report());
    const std::string clear = line_with(text, "- Sharing: the mean of all respondents rose");
    CHECK(clear.find("from 3.10 to 3.80; among the 10 who answered both times the change is "
                     "+0.65") != std::string::npos);
    CHECK(clear.find("A clear improvement: the 95% interval does not include zero and the "
                     "effect is large.") != std::string::npos);
    CHECK(clear.find("p = 0.002, large effect, Cohen's dz 1.37)") != std::string::npos);

    const std::string uncertain =
        line_with(text, "- Integration: the mean of all respondents rose");
    CHECK(uncertain.find("Uncertain: the effect is small, but the 95% interval includes zero") !=
          std::string::npos);
    CHECK(uncertain.find("p = 0.590") != std::string::npos);
    CHECK(uncertain.find("Hedges' g") != std::string::npos);
    // alpha_to is missing with 7 answers: the score's reliability cannot be read.
    CHECK(uncertain.find("Caution: the reliability of this score is not interpretable") !=
          std::string::npos);

    CHECK(line_with(text, "- Integration: Withheld").find("fewer than 5") != std::string::npos);
}

TEST_CASE("[report] text in Italian uses the decimal comma and Italian words", "[report]") {
    const std::string text = text_of(testing::hand_built_report(), "it");
    CHECK(text.find("Rapporto sul cambiamento: Dimensioni della rete") != std::string::npos);
    CHECK(line_with(text, "Sharing (it) ").find("3,10 -> 3,80") != std::string::npos);
    CHECK(text.find("oscurato: meno di 5") != std::string::npos);
    CHECK(text.find("oscurato a protezione di un altro gruppo") != std::string::npos);
}

TEST_CASE("[report] text opens with a banner when suppression is off", "[report]") {
    Report report = testing::hand_built_report();
    CHECK(text_of(report).find("SUPPRESSION IS OFF") == std::string::npos);
    report.suppression = false;
    CHECK(text_of(report).rfind("====", 0) == 0);
    CHECK(line_with(text_of(report), "!! ").find("SMALL-CELL SUPPRESSION IS OFF") !=
          std::string::npos);
}

TEST_CASE("[report] text prints what the instrument adds", "[report]") {
    const std::string text = text_of(testing::hand_built_report());
    CHECK(text.find("What the instrument adds:") != std::string::npos);
    CHECK(text.find("theme_changes:") != std::string::npos);
}
