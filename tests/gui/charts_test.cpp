#include "sonda/gui/charts.hpp"

#include <Poco/TemporaryFile.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "headless_imgui.hpp"
#include "sonda/gui/colors.hpp"
#include "sonda/gui/disclosure_text.hpp"

using namespace sonda::gui;

TEST_CASE("[gui] a dumbbell with both means draws more than one with none", "[gui]") {
    sonda::test::HeadlessImGui imgui;
    const charts::Axis axis{1, 5};
    const int empty = imgui.frame(
        [&] { charts::dumbbell_row("sharing", {}, {}, {}, {}, axis, colors::kWaveTo, 20); });
    const int full = imgui.frame(
        [&] { charts::dumbbell_row("sharing", 2.5, 3.5, 0.2, 1.8, axis, colors::kWaveTo, 20); });
    CHECK(full > empty);
}

TEST_CASE("[gui] the dumbbell scale writes a number at each whole tick, stepping wide scales",
          "[gui]") {
    sonda::test::HeadlessImGui imgui;
    int likert = 0, wide = 0, empty = 0;
    const int with_numbers = imgui.frame([&] { likert = charts::dumbbell_axis({1, 5}, 12); });
    imgui.frame([&] { wide = charts::dumbbell_axis({0, 100}, 12); });
    const int without = imgui.frame([&] { empty = charts::dumbbell_axis({2.2, 2.8}, 12); });
    CHECK(likert == 5);
    CHECK(wide == 11);  // 0, 10, ..., 100
    CHECK(empty == 0);  // no whole number inside
    CHECK(with_numbers > without);
}

TEST_CASE("[gui] the axis maps values into its width and clamps outside values", "[gui]") {
    const charts::Axis axis{1, 5};
    CHECK(axis.to_x(1, 100, 400) == Approx(100));
    CHECK(axis.to_x(5, 100, 400) == Approx(500));
    CHECK(axis.to_x(3, 100, 400) == Approx(300));
    CHECK(axis.to_x(9, 100, 400) == Approx(500));
    CHECK(charts::Axis{2, 2}.to_x(2, 0, 100) == Approx(50));
}

TEST_CASE("[gui] the ring map reports the actor under the mouse", "[gui]") {
    sonda::test::HeadlessImGui imgui;
    std::vector<charts::RingActor> actors{{"SerD", 1, colors::kInward, "moved inward"}};
    int hovered = -2;
    // Nothing is hovered at first. The one actor of ring 1 sits below the
    // centre (odd rings start half a step round), 1.5 ring widths away.
    imgui.frame([&] { hovered = charts::ring_map("map", "OSS", 4, actors, 400); });
    CHECK(hovered == -1);
    const ImVec2 window_padding = ImGui::GetStyle().WindowPadding;
    const float outer = 400 * 0.47f, inner = outer / 5;
    imgui.move_mouse(window_padding.x + 200, window_padding.y + 200 + inner * 1.5f);
    imgui.frame([&] { hovered = charts::ring_map("map", "OSS", 4, actors, 400); });
    CHECK(hovered == 0);
}

TEST_CASE("[gui] bands have their own colours and unknown bands are grey", "[gui]") {
    CHECK(colors::band("strength") != colors::band("concern"));
    CHECK(colors::band("no-such-band") == IM_COL32(170, 170, 170, 255));
}

TEST_CASE("[gui] heat colours run from white at zero, by sign when diverging", "[gui]") {
    CHECK(charts::heat_color(0, 4, false) == IM_COL32(255, 255, 255, 255));
    CHECK(charts::heat_color(4, 4, false) == IM_COL32(0, 114, 178, 255));
    CHECK(charts::heat_color(9, 4, false) == IM_COL32(0, 114, 178, 255));    // clamped
    CHECK(charts::heat_color(2, 0, false) == IM_COL32(255, 255, 255, 255));  // no scale: white
    CHECK(charts::heat_color(3, 3, true) == IM_COL32(0, 158, 115, 255));
    CHECK(charts::heat_color(-3, 3, true) == IM_COL32(213, 94, 0, 255));
    CHECK(charts::heat_color(1, 3, true) != charts::heat_color(-1, 3, true));
}

TEST_CASE("[gui] a suppressed cell, a blank cell and a heat cell look different", "[gui]") {
    sonda::test::HeadlessImGui imgui;
    const ImVec2 size(80, 30);
    const int heat =
        imgui.frame([&] { charts::heat_cell(0, 4, false, size, charts::HeatCellLabel{}); });
    const int blank = imgui.frame([&] { charts::blank_cell(size, "no responses"); });
    const int suppressed = imgui.frame([&] { charts::suppressed_box(size, "n < 5"); });
    CHECK(suppressed > heat);  // the hatching
    CHECK(heat != blank);
    // A caption adds its glyphs; a long text stays clipped inside the cell.
    const int captioned = imgui.frame([&] {
        charts::heat_cell(2, 4, true, size, {nullptr, "1 -> 3"});
    });
    CHECK(captioned > heat);
    imgui.frame([&] {
        charts::suppressed_box(size, "suppressed: fewer than 5 respondents in this group");
        CHECK(ImGui::GetItemRectSize().x == Approx(size.x));
    });
}

TEST_CASE("[gui] the heat legend spans its bar and both end labels", "[gui]") {
    sonda::test::HeadlessImGui imgui;
    float width = 0, labels = 0;
    imgui.frame([&] {
        charts::heat_legend(4, true, ImVec2(100, 12));
        width = ImGui::GetItemRectSize().x;
        labels = ImGui::CalcTextSize("-4").x + ImGui::CalcTextSize("+4").x;
    });
    CHECK(width >= 100 + labels);
}

TEST_CASE("[gui] a withheld cell says why, in the dashboard's language", "[gui]") {
    using sonda::Withheld;
    CHECK(disclosure::withheld_marker(Withheld::Small, 5, "en") == "withheld: fewer than 5");
    CHECK(disclosure::withheld_marker(Withheld::Small, 5, "it") == "oscurato: meno di 5");
    CHECK(disclosure::withheld_marker(Withheld::Protects, 5, "en") ==
          "withheld to protect another group");
    CHECK(disclosure::withheld_marker(Withheld::Protects, 5, "it") ==
          "oscurato a protezione di un altro gruppo");
    // A suppressed figure whose report gives no reason is withheld for its size.
    CHECK(disclosure::withheld_marker(Withheld::No, 7, "en") == "withheld: fewer than 7");
    CHECK_THAT(disclosure::withheld_reason(Withheld::Protects, 5, "en"),
               Catch::Contains("not small"));

    // The box keeps the size it is given, hatched like every suppressed box,
    // whatever the length of its reason.
    sonda::test::HeadlessImGui imgui;
    const ImVec2 size(90, 30);
    const int heat =
        imgui.frame([&] { charts::heat_cell(0, 4, false, size, charts::HeatCellLabel{}); });
    for (const Withheld why : {Withheld::Small, Withheld::Protects})
        for (const std::string language : {"it", "en"}) {
            const int drawn = imgui.frame([&] {
                charts::suppressed_box(size, 5, language, why);
                CHECK(ImGui::GetItemRectSize().x == Approx(size.x));
                CHECK(ImGui::GetItemRectSize().y == Approx(size.y));
            });
            CHECK(drawn > heat);
        }
}

TEST_CASE("[gui] the alert banner spans the width in red and its text is a text item", "[gui]") {
    sonda::test::HeadlessImGui imgui(600, 400);
    const std::string text = disclosure::suppression_off_banner(5, 2, "en");
    CHECK_THAT(text, Catch::Contains("fewer than 5"));
    CHECK_THAT(text, Catch::Contains("from 2 up"));
    Poco::TemporaryFile log;
    float width = 0, height = 0, available = 0;
    imgui.frame([&] {
        available = ImGui::GetContentRegionAvail().x;
        ImGui::LogToFile(-1, log.path().c_str());  // the text ImGui renders
        charts::alert_banner(text.c_str());
        ImGui::LogFinish();
        width = ImGui::GetItemRectSize().x;
        height = ImGui::GetItemRectSize().y;
    });
    std::ifstream in(log.path());
    std::stringstream logged;
    logged << in.rdbuf();
    CHECK_THAT(logged.str(), Catch::Contains("SMALL-CELL SUPPRESSION IS OFF"));
    CHECK(width == Approx(available));
    CHECK(height > 2 * ImGui::GetTextLineHeight());  // wrapped in 600 px, not cut off
    // The band is drawn in the alert red, under white text.
    const ImDrawData* data = ImGui::GetDrawData();
    int red = 0;
    for (int list = 0; list < data->CmdListsCount; ++list)
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer)
            red += vertex.col == colors::kAlert;
    CHECK(red >= 4);
}

TEST_CASE("[gui] verdict colours follow improvement, and only clear changes are coloured",
          "[gui]") {
    using sonda::Outcome;
    CHECK(colors::outcome(Outcome::Improved) == colors::kInward);
    CHECK(colors::outcome(Outcome::Worsened) == colors::kOutward);
    // The alert red is the suppression-off banner's alone.
    for (Outcome any : {Outcome::Improved, Outcome::Worsened, Outcome::Changed, Outcome::Held,
                        Outcome::Uncertain, Outcome::NotComputable})
        CHECK(colors::outcome(any) != colors::kAlert);
    CHECK(colors::outcome(Outcome::Changed) == colors::kAppeared);
    const ImU32 grey = colors::outcome(Outcome::Held);
    CHECK(colors::outcome(Outcome::Uncertain) == grey);
    CHECK(colors::outcome(Outcome::NotComputable) == grey);
    for (Outcome strong : {Outcome::Improved, Outcome::Worsened, Outcome::Changed})
        CHECK(colors::outcome(strong) != grey);
    // Fewer actors on the outermost ring, clearly: an improvement, so green.
    sonda::ScoreComparison fell;
    fell.diff_mean = -0.7;
    fell.ci95_low = -1.0;
    fell.ci95_high = -0.3;
    fell.effect_size = -1.2;
    CHECK(colors::outcome(sonda::judge_change(fell, sonda::Improvement::Lower).outcome) ==
          colors::kInward);
    CHECK(colors::outcome(sonda::judge_change(fell, sonda::Improvement::Higher).outcome) ==
          colors::kOutward);
}

TEST_CASE("[gui] a verdict chip fills its box and says its verdict in words", "[gui]") {
    sonda::test::HeadlessImGui imgui;
    bool hovered = true;
    const int empty = imgui.frame([&] {});
    const int chip = imgui.frame([&] {
        hovered = charts::verdict_chip(sonda::Outcome::Improved, "improved", ImVec2(120, 20));
    });
    CHECK(chip > empty);
    CHECK_FALSE(hovered);
    const ImVec2 padding = ImGui::GetStyle().WindowPadding;
    imgui.move_mouse(padding.x + 60, padding.y + 10);
    imgui.frame([&] {
        hovered = charts::verdict_chip(sonda::Outcome::Improved, "improved", ImVec2(120, 20));
    });
    CHECK(hovered);
}
