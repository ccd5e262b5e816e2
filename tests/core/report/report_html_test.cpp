#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "report_fixture.hpp"
#include "report_renderers.hpp"
#include "sonda/report/html_writer.hpp"

using namespace sonda;

namespace {

std::string html_of(const Report& report, const std::string& language = "en") {
    std::ostringstream out;
    report_detail::write_report_html(report, nullptr, nullptr, language, out);
    return out.str();
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

TEST_CASE("[report] html escaping makes every text inert", "[report]") {
    using report_detail::html_escape;
    CHECK(html_escape("<script>alert(\"x\")</script>") ==
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    CHECK(html_escape("a & b 'c'") == "a &amp; b &#39;c&#39;");
    CHECK(html_escape("Società") == "Società");
    CHECK(html_escape(std::string("bad \xC3 byte")) == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("[report] html carries no markup from data and fetches nothing", "[report]") {
    const std::string html = html_of(testing::hand_built_report());
    const std::string low = lower(html);
    CHECK(low.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;") !=
          std::string::npos);
    CHECK(html.find("Team &quot;A&quot; &amp; &lt;script&gt;") != std::string::npos);
    CHECK(html.find("data-group=\"odd&lt;b&gt;\"") != std::string::npos);
    CHECK(html.find("Società della Salute Pistoiese") != std::string::npos);
    // Self-contained: nothing to load from anywhere.
    for (const char* fetch : {" src=", " href=", "@import", "url(", "<link", "<iframe", "<img"})
        CHECK(low.find(fetch) == std::string::npos);
    std::regex address(R"(https?://)");
    std::string without_svg_namespace =
        std::regex_replace(html, std::regex(R"(xmlns="http://www\.w3\.org/2000/svg")"), "");
    CHECK_FALSE(std::regex_search(without_svg_namespace, address));
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("[report] html has a section per group, charts, and prints on A4", "[report]") {
    const std::string html = html_of(testing::hand_built_report());
    CHECK(html.find("id=\"sonda-report\"") != std::string::npos);
    CHECK(html.find("@page { size: A4") != std::string::npos);
    CHECK(html.find("page-break-before: always") != std::string::npos);
    std::size_t sections = 0;
    for (std::size_t at = html.find("<section class=\"group\""); at != std::string::npos;
         at = html.find("<section class=\"group\"", at + 1))
        ++sections;
    CHECK(sections == 2);
    std::size_t estimates = 0;
    for (std::size_t at = html.find("class=\"estimate\""); at != std::string::npos;
         at = html.find("class=\"estimate\"", at + 1))
        ++estimates;
    CHECK(estimates == 2);  // the two cells that are not suppressed
    CHECK(html.find("<td class=\"suppressed\" colspan=\"9\">withheld: fewer than 5</td>") !=
          std::string::npos);
    CHECK(html.find(
              "class=\"band b-mid\">borderline</span> →<br><span class=\"band b-good\">strength") !=
          std::string::npos);
    CHECK(html.find("id=\"suppression-off\"") == std::string::npos);
}

TEST_CASE("[report] html colours a band by which end is better, not by its place", "[report]") {
    Report report = testing::hand_built_report();
    // Where less is better (a declarative form may say so), the highest band is the worst.
    report.score_definitions[0].improvement = Improvement::Lower;
    CHECK(html_of(report).find("class=\"band b-mid\">borderline</span> →<br><span class=\"band "
                               "b-bad\">strength") != std::string::npos);
    // No better direction: no colour says better or worse.
    report.score_definitions[0].improvement = Improvement::Neither;
    CHECK(html_of(report).find(
              "class=\"band \">borderline</span> →<br><span class=\"band \">strength") !=
          std::string::npos);
}

TEST_CASE("[report] html shows a banner when suppression is off", "[report]") {
    Report report = testing::hand_built_report();
    report.suppression = false;
    const std::string html = html_of(report);
    CHECK(html.find("<div class=\"banner\" id=\"suppression-off\">SMALL-CELL SUPPRESSION IS OFF") !=
          std::string::npos);
}
