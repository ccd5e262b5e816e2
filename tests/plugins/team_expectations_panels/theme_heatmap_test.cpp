// The heatmap's cells from small hand-made compare() extras: values, the
// change, the shared colour scale, the texts behind a cell, and every way a
// figure can be missing (suppressed wave, absent wave, withheld group) never
// reading as zero.
#include "theme_heatmap.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "sonda/util/json.hpp"

using namespace sonda::team_expectations::panels;

namespace {

// Two themes x two services, in the shape of docs/instruments/team-expectations.md.
std::string extras(const std::string& head, const std::string& counts,
                   const std::string& texts_from, const std::string& texts_to) {
    return R"js({"instrument": "team-expectations", )js" + head + R"js(,
      "themes": [{"id": "reference_person", "label": "Referente stabile e raggiungibile"},
                 {"id": "formal_protocols", "label": "Protocolli formali"}],
      "services": [{"id": "mental_health", "label": "Salute Mentale Adulti (UFSMA)"},
                   {"id": "addiction_service", "label": "Servizio per le Dipendenze (SerD)"}],
      "theme_counts": [)js" +
           counts + R"js(],
      "uncoded": [{"service": "mental_health", "texts_from": 1, "texts_to": 0, "texts_change": -1},
                  {"service": "addiction_service", "texts_from": 0, "texts_to": 2, "texts_change": 2}],
      "coded_texts": {"from": [)js" +
           texts_from + R"js(], "to": [)js" + texts_to + R"js(]},
      "warnings": []})js";
}

std::string cell(const std::string& service, const std::string& theme, const std::string& tf,
                 const std::string& tt, const std::string& tc, const std::string& rf,
                 const std::string& rt, const std::string& rc) {
    return R"js({"service": ")js" + service + R"js(", "theme": ")js" + theme +
           R"js(", "texts_from": )js" + tf + R"js(, "texts_to": )js" + tt +
           R"js(, "texts_change": )js" + tc + R"js(, "respondents_from": )js" + rf +
           R"js(, "respondents_to": )js" + rt + R"js(, "respondents_change": )js" + rc + "}";
}

// As the instrument writes a coded text: no respondent code, no response id,
// and no "territory" key when the report does not name it (territory "").
std::string text(const std::string& territory, const std::string& service, const std::string& words,
                 const std::string& themes, const std::string& source = "rules") {
    return R"js({)js" +
           (territory.empty() ? std::string()
                              : R"js("territory": ")js" + territory + R"js(", )js") +
           R"js("key": "expectations/)js" + service + R"js(/ask/0", "item": "expectations",
              "service": ")js" +
           service + R"js(", "facet": "ask", "index": 0, "text": ")js" + words +
           R"js(", "themes": [)js" + themes + R"js(], "source": ")js" + source +
           R"js(", "matched": {"reference_person": ["referent"]}})js";
}

ThemeHeatmap read(const std::string& json) {
    return ThemeHeatmap::from_json(
        sonda::parse_json_object(json, sonda::Location{"test", 0, "", ""}));
}

const std::string kFull = extras(
    R"js("n_from": 6, "n_to": 7, "suppressed_from": false, "suppressed_to": false)js",
    cell("mental_health", "reference_person", "1", "3", "2", "1", "2", "1") + "," +
        cell("addiction_service", "reference_person", "0", "0", "0", "0", "0", "0") + "," +
        cell("mental_health", "formal_protocols", "4", "1", "-3", "3", "1", "-2") + "," +
        cell("addiction_service", "formal_protocols", "2", "2", "0", "2", "2", "0"),
    text("sds_pistoiese", "mental_health", "Uno psichiatra referente",
         R"js("reference_person")js") +
        "," +
        text("livorno", "mental_health", "Un protocollo scritto", R"js("formal_protocols")js"),
    text("sds_pistoiese", "mental_health", "Referente raggiungibile", R"js("reference_person")js") +
        "," +
        text("", "mental_health", "Referente e protocollo",
             R"js("reference_person", "formal_protocols")js") +
        "," + text("", "mental_health", "Riunioni mensili", R"js()js", "override"));

}  // namespace

TEST_CASE("[team_expectations_panels] cells carry each wave's counts and their change",
          "[team_expectations_panels]") {
    const ThemeHeatmap heatmap = read(kFull);
    REQUIRE(heatmap.present());
    REQUIRE(heatmap.themes().size() == 2);
    REQUIRE(heatmap.services().size() == 2);
    CHECK(heatmap.themes()[0].label == "Referente stabile e raggiungibile");
    CHECK(heatmap.n(WaveSide::From) == 6);
    CHECK(heatmap.n(WaveSide::To) == 7);

    const CellRef reference_mh{0, 0};
    HeatCell c = heatmap.cell(reference_mh, HeatmapView::From, HeatmapMeasure::Texts);
    CHECK(c.state == CellState::Value);
    CHECK(c.value == 1);
    CHECK(heatmap.cell(reference_mh, HeatmapView::To, HeatmapMeasure::Texts).value == 3);
    c = heatmap.cell(reference_mh, HeatmapView::Change, HeatmapMeasure::Texts);
    CHECK(c.value == 2);
    CHECK(c.from == 1);
    CHECK(c.to == 3);
    CHECK(heatmap.cell(reference_mh, HeatmapView::Change, HeatmapMeasure::Respondents).value == 1);
    // A real zero is a value, drawn as 0.
    c = heatmap.cell(CellRef{0, 1}, HeatmapView::To, HeatmapMeasure::Texts);
    CHECK(c.state == CellState::Value);
    CHECK(c.value == 0);
    CHECK(heatmap.cell(CellRef{1, 0}, HeatmapView::Change, HeatmapMeasure::Texts).value == -3);
}

TEST_CASE("[team_expectations_panels] both waves share one colour scale, the change has its own",
          "[team_expectations_panels]") {
    const ThemeHeatmap heatmap = read(kFull);
    // The largest count of either wave (4 texts at wave A), so wave B's colours compare with wave
    // A's.
    CHECK(heatmap.scale_max(HeatmapView::From, HeatmapMeasure::Texts) == 4);
    CHECK(heatmap.scale_max(HeatmapView::To, HeatmapMeasure::Texts) == 4);
    CHECK(heatmap.scale_max(HeatmapView::Change, HeatmapMeasure::Texts) == 3);  // |-3|
    CHECK(heatmap.scale_max(HeatmapView::From, HeatmapMeasure::Respondents) == 3);
    // The busiest cell of the change is the largest drop, not the largest gain.
    CHECK(heatmap.busiest(HeatmapView::Change, HeatmapMeasure::Texts) == CellRef{1, 0});
}

TEST_CASE("[team_expectations_panels] a cell's texts are those of its theme and service, per wave",
          "[team_expectations_panels]") {
    const ThemeHeatmap heatmap = read(kFull);
    auto from = heatmap.texts_of(CellRef{0, 0}, WaveSide::From);
    REQUIRE(from.size() == 1);
    CHECK(from[0]->text == "Uno psichiatra referente");
    CHECK(from[0]->territory == "sds_pistoiese");
    // A text whose territory the report does not name reads with none.
    auto to_texts = heatmap.texts_of(CellRef{1, 0}, WaveSide::To);
    REQUIRE(to_texts.size() == 1);
    CHECK(to_texts[0]->territory.empty());
    CHECK(from[0]->matched.at("reference_person") == std::vector<std::string>{"referent"});
    auto to = heatmap.texts_of(CellRef{0, 0}, WaveSide::To);
    REQUIRE(to.size() == 2);  // a text coded into two themes counts in both cells
    CHECK(to[1]->text == "Referente e protocollo");
    CHECK(heatmap.texts_of(CellRef{1, 0}, WaveSide::To).size() == 1);
    CHECK(heatmap.texts_of(CellRef{0, 1}, WaveSide::To).empty());
    // The row of texts with no theme: an override that left a text uncoded.
    auto uncoded = heatmap.texts_of(CellRef{std::nullopt, 0}, WaveSide::To);
    REQUIRE(uncoded.size() == 1);
    CHECK(uncoded[0]->overridden);
    CHECK(
        heatmap.cell(CellRef{std::nullopt, 1}, HeatmapView::Change, HeatmapMeasure::Texts).value ==
        2);
    // Uncoded texts are counted as texts only: no respondent figure to invent.
    CHECK(heatmap.cell(CellRef{std::nullopt, 1}, HeatmapView::To, HeatmapMeasure::Respondents)
              .state == CellState::Missing);
    // Out of range is nothing, not a crash.
    CHECK(heatmap.texts_of(CellRef{7, 0}, WaveSide::From).empty());
    CHECK(heatmap.cell(CellRef{0, 9}, HeatmapView::From, HeatmapMeasure::Texts).state ==
          CellState::Missing);
}

TEST_CASE(
    "[team_expectations_panels] a suppressed wave is suppressed in its view and in the change, "
    "never zero",
    "[team_expectations_panels]") {
    // As the instrument writes it: wave A's counts and change null, no texts.
    // A text is slipped into wave A anyway: it must still not come out.
    const ThemeHeatmap heatmap = read(
        extras(R"js("n_from": 1, "n_to": 6, "suppressed_from": true, "suppressed_to": false)js",
               cell("mental_health", "reference_person", "null", "2", "null", "null", "2", "null"),
               text("livorno", "mental_health", "Referente", R"js("reference_person")js"),
               text("livorno", "mental_health", "Referente", R"js("reference_person")js")));
    for (const HeatmapMeasure measure : {HeatmapMeasure::Texts, HeatmapMeasure::Respondents}) {
        const HeatCell from = heatmap.cell(CellRef{0, 0}, HeatmapView::From, measure);
        CHECK(from.state == CellState::Suppressed);
        CHECK_FALSE(from.shown());
        CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::Change, measure).state ==
              CellState::Suppressed);
        CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::To, measure).value == 2);
    }
    CHECK(heatmap.suppressed(WaveSide::From));
    CHECK(heatmap.texts_of(CellRef{0, 0}, WaveSide::From).empty());
    CHECK(heatmap.texts_of(CellRef{0, 0}, WaveSide::To).size() == 1);
    // No change to show, so no busiest cell and a neutral scale.
    CHECK_FALSE(heatmap.busiest(HeatmapView::Change, HeatmapMeasure::Texts));
    CHECK(heatmap.scale_max(HeatmapView::Change, HeatmapMeasure::Texts) == 1);
    CHECK(heatmap.scale_max(HeatmapView::To, HeatmapMeasure::Texts) == 2);
}

TEST_CASE(
    "[team_expectations_panels] an absent wave reads as no responses, even with suppression off",
    "[team_expectations_panels]") {
    // Suppression off: the instrument writes zeros and a change of to - 0.
    // That change is not a change, and the zeros are not counts.
    const ThemeHeatmap heatmap = read(
        extras(R"js("n_from": 0, "n_to": 6, "suppressed_from": false, "suppressed_to": false)js",
               cell("mental_health", "reference_person", "0", "2", "2", "0", "2", "2"), "",
               text("sds_pistoiese", "mental_health", "Referente", R"js("reference_person")js")));
    CHECK(heatmap.no_responses(WaveSide::From));
    CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::From, HeatmapMeasure::Texts).state ==
          CellState::NoResponses);
    CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::Change, HeatmapMeasure::Texts).state ==
          CellState::NoResponses);
    CHECK(heatmap.cell(CellRef{0, 0}, HeatmapView::To, HeatmapMeasure::Texts).value == 2);

    // Suppression on: 0 < min_cell marks it suppressed too; nobody answered
    // is what it shows, since it is the more precise reason.
    const ThemeHeatmap on = read(
        extras(R"js("n_from": 6, "n_to": 0, "suppressed_from": false, "suppressed_to": true)js",
               cell("mental_health", "reference_person", "2", "null", "null", "2", "null", "null"),
               "", ""));
    CHECK(on.cell(CellRef{0, 0}, HeatmapView::To, HeatmapMeasure::Texts).state ==
          CellState::NoResponses);
    CHECK(on.cell(CellRef{0, 0}, HeatmapView::Change, HeatmapMeasure::Respondents).state ==
          CellState::NoResponses);
}

TEST_CASE("[team_expectations_panels] a group the report withheld is suppressed everywhere",
          "[team_expectations_panels]") {
    const ThemeHeatmap heatmap = ThemeHeatmap::from_json(nullptr);
    CHECK(heatmap.withheld());
    CHECK_FALSE(heatmap.present());
    CHECK(heatmap.suppressed(WaveSide::From));
    CHECK(heatmap.suppressed(WaveSide::To));
    for (const HeatmapView view : {HeatmapView::From, HeatmapView::To, HeatmapView::Change})
        CHECK(heatmap.cell(CellRef{0, 0}, view, HeatmapMeasure::Texts).state ==
              CellState::Suppressed);
    CHECK(heatmap.texts_of(CellRef{0, 0}, WaveSide::To).empty());
    CHECK_FALSE(heatmap.busiest(HeatmapView::To, HeatmapMeasure::Texts));
}

TEST_CASE(
    "[team_expectations_panels] another instrument's extras or a cell left out give no figure",
    "[team_expectations_panels]") {
    const ThemeHeatmap foreign = read(
        R"js({"instrument": "network-dimensions", "n_from": 6, "n_to": 6, "network_map": {}})js");
    CHECK_FALSE(foreign.present());
    CHECK_FALSE(foreign.withheld());
    CHECK(foreign.cell(CellRef{0, 0}, HeatmapView::To, HeatmapMeasure::Texts).state ==
          CellState::Missing);

    // Only one of the four cells is listed: the other three are missing, not 0.
    const ThemeHeatmap partial = read(
        extras(R"js("n_from": 6, "n_to": 6, "suppressed_from": false, "suppressed_to": false)js",
               cell("mental_health", "reference_person", "1", "1", "0", "1", "1", "0"), "", ""));
    CHECK(partial.cell(CellRef{0, 0}, HeatmapView::To, HeatmapMeasure::Texts).value == 1);
    CHECK(partial.cell(CellRef{1, 1}, HeatmapView::To, HeatmapMeasure::Texts).state ==
          CellState::Missing);
}

TEST_CASE("[team_expectations_panels] a text is attributed only to a territory named and shown",
          "[team_expectations_panels]") {
    const ThemeHeatmap everyone = read(kFull);
    // Livorno's own group shows both waves; Pistoia's is not in the report.
    const ThemeHeatmap livorno = read(
        extras(R"js("n_from": 6, "n_to": 6, "suppressed_from": false, "suppressed_to": false)js",
               cell("mental_health", "reference_person", "1", "1", "0", "1", "1", "0"), "", ""));
    WriterVisibility writers;
    writers.add_territory("livorno", livorno);
    int named = 0, unnamed = 0;
    for (std::size_t t = 0; t < 2; ++t)
        for (const WaveSide side : {WaveSide::From, WaveSide::To})
            for (const CodedTextEntry* entry : everyone.texts_of(CellRef{t, 0}, side)) {
                if (entry->territory.empty()) {
                    ++unnamed;
                    CHECK_FALSE(writers.may_name(*entry));
                } else if (entry->territory == "livorno") {
                    ++named;
                    CHECK(writers.may_name(*entry));
                } else {
                    CHECK_FALSE(writers.may_name(*entry));  // Pistoia: not shown on its own
                }
            }
    CHECK(named == 1);
    CHECK(unnamed == 2);  // one text coded into both themes, listed in both rows
    // Even a territory that is shown cannot lend its name to a text without one.
    CodedTextEntry anonymous;
    anonymous.side = WaveSide::From;
    CHECK_FALSE(writers.may_name(anonymous));
}
