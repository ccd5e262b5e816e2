// The text helpers every chart lays out with: widths, wrapping, cutting, ticks.
#include <catch2/catch.hpp>
#include <tuple>

#include "chart_kinds.hpp"
#include "sonda/chart/chart_frame.hpp"
#include "sonda/chart/text_width.hpp"

using namespace sonda::chart;
using namespace sonda::chart::detail;

TEST_CASE("[chart] text_width adds DejaVu Sans advances and counts unknown characters as an em",
          "[chart]") {
    CHECK(text_width("", 10) == 0);
    CHECK(text_width("i", 1000) == Approx(278));
    CHECK(text_width("W", 1000) == Approx(989));
    CHECK(text_width("W", 1000, true) == Approx(1103));
    CHECK(text_width("è", 1000) == Approx(615));  // two bytes, one letter
    CHECK(text_width("→", 10) == Approx(10));     // outside Latin-1: a full em
    CHECK(text_width("ab", 12) == Approx(text_width("a", 12) + text_width("b", 12)));
    CHECK(text_width("\xff\xfe", 10) > 0);  // malformed UTF-8 still measures
}

TEST_CASE("[chart] wrap_text keeps every line within the width and loses no word", "[chart]") {
    const std::string text =
        "Società della Salute Amiata Grossetana, Colline Metallifere, Grossetana";
    for (double width : {60.0, 120.0, 200.0, 1000.0}) {
        const auto lines = wrap_text(text, 15, width);
        std::string joined;
        for (const std::string& line : lines) {
            CHECK(text_width(line, 15) <= width);
            joined += (joined.empty() ? "" : " ") + line;
        }
        if (width >= 120) CHECK(joined == text);
    }
}

TEST_CASE("[chart] fit_text cuts at a letter boundary and marks the cut", "[chart]") {
    CHECK(fit_text("Capacity building", 15, 1000) == "Capacity building");
    const std::string cut = fit_text("Consolidamento e sviluppo", 15, 100);
    CHECK(text_width(cut, 15) <= 100);
    CHECK(cut.substr(cut.size() - 3) == "…");
    // A cut through "à" keeps it whole or drops it, never half of it.
    const std::string accented = fit_text("àààààààààà", 10, 30);
    CHECK(accented.size() % 2 == 1);  // pairs of bytes plus the 3 of "…"
}

TEST_CASE("[chart] nice_ticks covers the range with round steps", "[chart]") {
    const auto ticks = nice_ticks(-0.13, 1.21, 6);
    REQUIRE(ticks.size() >= 2);
    CHECK(ticks.front() <= -0.13);
    CHECK(ticks.back() >= 1.21);
    CHECK(ticks[1] - ticks[0] == Approx(0.25));
    CHECK(std::find(ticks.begin(), ticks.end(), 0.0) != ticks.end());
    CHECK(nice_ticks(1, 4, 4) == std::vector<double>{1, 2, 3, 4});
    CHECK_FALSE(nice_ticks(2, 2, 4).empty());  // a flat range still gets an axis
}

TEST_CASE("[chart] a change is coloured by the reports' verdict and the score's direction",
          "[chart]") {
    sonda::ScoreComparison fell;
    fell.diff_mean = -0.8;
    fell.ci95_low = -1.3;
    fell.ci95_high = -0.3;
    fell.effect_size = -1.1;
    fell.n_paired = 11;
    sonda::ScoreDefinition score;
    const auto colour_for = [&](sonda::Improvement improvement) {
        score.improvement = improvement;
        const Colour colour = change_colour(fell, &score);
        return std::tuple{colour.r, colour.g, colour.b};
    };
    const auto rgb = [](const Colour& colour) { return std::tuple{colour.r, colour.g, colour.b}; };
    // Fewer actors on the outer ring is an improvement: green, not red.
    CHECK(colour_for(sonda::Improvement::Lower) == rgb(palette::improved));
    CHECK(colour_for(sonda::Improvement::Higher) == rgb(palette::worsened));
    CHECK(colour_for(sonda::Improvement::Neither) == rgb(palette::community));
    // An interval across zero is no clear change, whatever the sign.
    fell.ci95_high = 0.4;
    CHECK(colour_for(sonda::Improvement::Lower) == rgb(palette::neutral));
    CHECK(rgb(change_colour(fell, nullptr)) == rgb(palette::neutral));
}
