// The plain-language reading of a change (report_wording.cpp), in English and
// Italian, on the contradictions an evaluator found in it: means of everyone
// and the change among the pairs going opposite ways, a "rise" of 0.00, a
// negative alpha read as "items agree little", "p = 0.000", an effect size
// named by its identifier, and red for every fall.
#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.hpp"
#include "report_renderers.hpp"
#include "sonda/report/report_wording.hpp"

using namespace sonda;

namespace {

bool has(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
}

// One group, one score: what the reading of `s` says in `language`.
struct OneScore {
    Report report;
    OneScore() {
        report = testing::hand_built_report();
        report.groups.resize(1);
        report.groups[0].scores = {testing::clear_change()};
        report.groups[0].instrument = nullptr;
    }
    ScoreComparison& stats() { return report.groups[0].scores[0].stats; }
    ScoreDefinition& definition() { return report.score_definitions[0]; }
    std::string read(const std::string& language) {
        return report_detail::read_change(report, report.groups[0].scores[0], language).text;
    }
};

// Integrazione at the demo's second workshop: 14 then 12 respondents, 9 of
// them both times; everyone's mean fell, the pairs' change is positive.
void mean_fell_pairs_rose(ScoreComparison& s) {
    s.n_from = 14;
    s.n_to = 12;
    s.n_paired = 9;
    s.mean_from = 3.2262;
    s.mean_to = 3.2105;
    s.delta = *s.mean_to - *s.mean_from;
    s.diff_mean = 0.1204;
    s.ci95_low = -0.15;
    s.ci95_high = 0.39;
    s.p_t = 0.34;
    s.effect_size = 0.34;
}

}  // namespace

TEST_CASE("[reading] means of everyone and pairs going opposite ways are explained", "[report]") {
    OneScore one;
    mean_fell_pairs_rose(one.stats());
    const std::string en = one.read("en");
    CHECK(has(en,
              "Sharing: the mean of all respondents fell from 3.23 to 3.21, but among the 9 "
              "who answered both times the change is +0.12"));
    CHECK(has(en,
              "The two disagree because the mean of all respondents also counts those who "
              "answered only once (5 only the first time, 3 only the second)"));
    const std::string it = one.read("it");
    CHECK(has(it,
              "Sharing (it): la media di tutti i rispondenti è scesa da 3,23 a 3,21, ma tra "
              "i 9 che hanno risposto entrambe le volte il cambiamento è +0,12"));
    CHECK(has(it,
              "Le due cifre non concordano perché la media di tutti i rispondenti conta anche "
              "chi ha risposto una sola volta (5 solo la prima volta, 3 solo la seconda)"));

    // The other way round: everyone's mean rose, the pairs fell.
    ScoreComparison& s = one.stats();
    s.diff_mean = -0.1204;
    s.ci95_low = -0.39;
    s.ci95_high = 0.15;
    s.effect_size = -0.34;
    std::swap(s.mean_from, s.mean_to);
    CHECK(has(one.read("en"),
              "rose from 3.21 to 3.23, but among the 9 who answered both times "
              "the change is -0.12"));
    CHECK(has(one.read("it"), "è salita da 3,21 a 3,23, ma tra i 9"));
    CHECK(has(one.read("it"), "Le due cifre non concordano"));

    // When they agree, no "but" and no explanation.
    OneScore agree;
    CHECK_FALSE(has(agree.read("en"), ", but among"));
    CHECK_FALSE(has(agree.read("en"), "The two disagree"));
    CHECK_FALSE(has(agree.read("it"), "non concordano"));
}

TEST_CASE("[reading] a change that rounds to zero never rose or fell", "[report]") {
    OneScore one;
    ScoreComparison& s = one.stats();
    // Everyone's mean and the pairs both move by less than 0.005.
    s.mean_from = 4.1012;
    s.mean_to = 4.1041;
    s.delta = 0.0029;
    s.diff_mean = 0.0031;
    s.ci95_low = -0.2;
    s.ci95_high = 0.21;
    s.effect_size = 0.01;
    for (const char* language : {"en", "it"}) {
        const std::string text = one.read(language);
        INFO(text);
        for (const char* moved : {"rose", "fell", "salit", "sces"}) CHECK_FALSE(has(text, moved));
    }
    CHECK(has(one.read("en"),
              "Sharing: the mean of all respondents stayed at 4.10; among the 10 "
              "who answered both times the change is 0.00"));
    CHECK(has(one.read("it"), "la media di tutti i rispondenti è rimasta a 4,10; tra i 10"));

    // Means printed apart though their difference rounds to 0.00: about the same.
    s.mean_from = 4.1049;
    s.mean_to = 4.1051;
    CHECK(has(one.read("en"), "stayed about the same (4.10, then 4.11)"));
    CHECK(has(one.read("it"), "è rimasta pressoché uguale (4,10, poi 4,11)"));

    // "Attori sulla mappa è salito ... 0,00": everyone's mean rose, the pairs'
    // change is 0.00; the reading says "but" and why.
    s.mean_from = 4.10;
    s.mean_to = 4.50;
    s.n_from = 14;
    const std::string en = one.read("en");
    CHECK(has(en,
              "rose from 4.10 to 4.50, but among the 10 who answered both times the change "
              "is 0.00"));
    CHECK(has(en, "The two disagree"));
    CHECK(has(one.read("it"),
              "è salita da 4,10 a 4,50, ma tra i 10 che hanno risposto "
              "entrambe le volte il cambiamento è 0,00"));
}

TEST_CASE("[reading] a negative or undefined alpha is not interpretable", "[report]") {
    OneScore one;
    one.stats().alpha_to = -0.35;
    CHECK(has(one.read("en"),
              "Caution: the reliability of this score is not interpretable (alpha -0.35, below "
              "zero"));
    CHECK(has(one.read("it"),
              "Attenzione: l'affidabilità di questo punteggio non è interpretabile (alfa -0,35, "
              "sotto lo zero"));
    for (const char* language : {"en", "it"}) {
        CHECK_FALSE(has(one.read(language), "agree weakly"));
        CHECK_FALSE(has(one.read(language), "concordano poco"));
    }

    one.stats().alpha_to.reset();  // eleven answered: alpha should have been computable
    CHECK(has(one.read("en"),
              "the reliability of this score is not interpretable (alpha cannot be computed"));
    CHECK(has(one.read("it"),
              "l'affidabilità di questo punteggio non è interpretabile (in una delle due "
              "rilevazioni l'alfa non si può calcolare)"));

    one.report.items_read = false;  // a scores-only report: no alpha by design, no caution
    CHECK_FALSE(has(one.read("en"), "Caution"));
    one.report.items_read = true;

    one.stats().alpha_to = 0.55;  // low but readable: the items agree weakly
    CHECK(has(one.read("en"), "Caution: the items of this score agree weakly (alpha 0.55)."));
    CHECK(has(one.read("it"),
              "Attenzione: gli item di questo punteggio concordano poco (alfa "
              "0,55)."));
    one.stats().alpha_to = 0.84;
    CHECK_FALSE(has(one.read("en"), "Caution"));

    // A score without items (a count, a rate) has no alpha to speak of.
    one.definition().items.clear();
    one.stats().alpha_from.reset();
    one.stats().alpha_to.reset();
    CHECK_FALSE(has(one.read("en"), "Caution"));
}

TEST_CASE("[reading] p below 0.001 is said so, never 0.000", "[report]") {
    OneScore one;
    one.stats().p_t = 0.00002;
    one.stats().p_rank = 0.0004;
    CHECK(has(one.read("en"), ", p < 0.001,"));
    CHECK(has(one.read("it"), ", p < 0,001,"));
    for (const char* language : {"en", "it"}) {
        std::ostringstream text, html;
        report_detail::write_report_text(one.report, nullptr, nullptr, language, text);
        report_detail::write_report_html(one.report, nullptr, nullptr, language, html);
        for (const std::string& out : {text.str(), html.str(), one.read(language)}) {
            CHECK_FALSE(has(out, "0.000"));
            CHECK_FALSE(has(out, "0,000"));
            CHECK_FALSE(has(out, "p = <"));
        }
    }
}

TEST_CASE("[reading] the effect size is named in words", "[report]") {
    OneScore one;
    CHECK(has(one.read("en"), "large effect, Cohen's dz 1.37"));
    CHECK(has(one.read("it"), "effetto grande, dz di Cohen 1,37"));
    one.stats().effect_size_kind = "hedges_g";
    one.stats().design = Design::Independent;
    CHECK(has(one.read("en"), "large effect, Hedges' g 1.37"));
    CHECK(has(one.read("it"), "effetto grande, g di Hedges 1,37"));
    for (const char* language : {"en", "it"}) {
        CHECK_FALSE(has(one.read(language), "cohen_dz"));
        CHECK_FALSE(has(one.read(language), "hedges_g"));
    }
}

TEST_CASE("[reading] a clear change with few pairs is clear, not weak", "[report]") {
    // p = 0.011, dz 1.09, an interval above zero: seven pairs are enough.
    OneScore one;
    ScoreComparison& s = one.stats();
    s.n_paired = 7;
    s.diff_mean = 0.55;
    s.ci95_low = 0.17;
    s.ci95_high = 0.93;
    s.p_t = 0.011;
    s.effect_size = 1.09;
    CHECK(has(one.read("en"),
              "A clear improvement: the 95% interval does not include zero and "
              "the effect is large."));
    CHECK(has(one.read("it"),
              "Un chiaro miglioramento: l'intervallo al 95% non comprende lo zero "
              "e l'effetto è grande."));
    CHECK_FALSE(has(one.read("en"), "weak"));
}

TEST_CASE("[reading] each verdict is said in both languages", "[report]") {
    OneScore one;
    ScoreComparison& s = one.stats();
    struct Case {
        double diff, low, high, effect;
        const char* en;
        const char* it;
    };
    for (const Case& c : {
             Case{0.3, -0.9, 1.5, 0.29,
                  "Uncertain: the effect is small, but the 95% interval includes zero and is "
                  "wide",
                  "Incerto: l'effetto è piccolo, ma l'intervallo al 95% comprende lo zero ed è "
                  "ampio"},
             Case{0.02, -0.05, 0.09, 0.1,
                  "No evidence of change: the 95% interval includes zero and the effect is "
                  "negligible.",
                  "Nessuna evidenza di cambiamento: l'intervallo al 95% comprende lo zero e "
                  "l'effetto è trascurabile."},
             Case{0.02, -0.2, 0.24, 0.1, "a change of medium size either way is not ruled out",
                  "non si può escludere un cambiamento di media entità, in un senso o "
                  "nell'altro"},
             Case{0.05, -0.01, 0.09, 0.25, "is narrow enough to rule out a change of medium size",
                  "è abbastanza stretto da escludere un cambiamento di media entità"},
             Case{0.019, 0.002, 0.036, 0.19,
                  "No evidence of a change that matters: the 95% interval does not include zero, "
                  "but the effect is negligible",
                  "Nessuna evidenza di un cambiamento rilevante"},
             Case{-0.4, -0.7, -0.1, -0.6, "A clear worsening", "Un chiaro peggioramento"},
         }) {
        s.mean_from = 3.0;
        s.mean_to = 3.0 + c.diff;
        s.diff_mean = c.diff;
        s.ci95_low = c.low;
        s.ci95_high = c.high;
        s.effect_size = c.effect;
        INFO(c.en);
        CHECK(has(one.read("en"), c.en));
        CHECK(has(one.read("it"), c.it));
    }
    s.ci95_low.reset();
    CHECK(has(one.read("en"), "Not computable: no test was possible"));
    CHECK(has(one.read("it"), "Non calcolabile: nessun test possibile (troppo poche risposte"));
}

TEST_CASE("[reading] a fall where lower is better is an improvement, coloured so", "[report]") {
    // Fewer actors on the outermost ring of the network map.
    OneScore one;
    one.definition().improvement = Improvement::Lower;
    one.definition().bands.clear();
    ScoreComparison& s = one.stats();
    s.mean_from = 3.4;
    s.mean_to = 2.6;
    s.diff_mean = -0.7;
    s.ci95_low = -1.0;
    s.ci95_high = -0.3;
    s.effect_size = -1.2;
    one.report.groups[0].scores[0].band_from.reset();
    one.report.groups[0].scores[0].band_to.reset();
    CHECK(has(one.read("en"), "A clear improvement"));
    CHECK(has(one.read("en"), "For this score lower is better."));
    CHECK(has(one.read("it"), "Un chiaro miglioramento"));
    CHECK(has(one.read("it"), "Per questo punteggio un valore più basso è migliore."));

    std::ostringstream html;
    report_detail::write_report_html(one.report, nullptr, nullptr, "en", html);
    CHECK(has(html.str(), "<circle class=\"estimate\""));
    CHECK(has(html.str(), "fill=\"#1f7a3a\"/>"));  // green: improved
    CHECK_FALSE(has(html.str(), "#b3261e\"/>"));   // never red for it
    CHECK(has(html.str(), "<span class=\"tag improved\">improved</span>"));

    one.definition().improvement = Improvement::Higher;  // the same fall where higher is better
    std::ostringstream worse;
    report_detail::write_report_html(one.report, nullptr, nullptr, "it", worse);
    CHECK(has(worse.str(), "fill=\"#b3261e\"/>"));
    CHECK(has(worse.str(), "<span class=\"tag worsened\">peggiorato</span>"));
}

TEST_CASE("[reading] a withheld cell's reading carries no verdict tag in HTML", "[report]") {
    Report report = testing::hand_built_report();
    std::ostringstream html;
    report_detail::write_report_html(report, nullptr, nullptr, "en", html);
    // Pistoia's integration is withheld: its line gives the reason, untagged.
    const std::string page = html.str();
    const std::size_t line = page.find("<li class=\"not-clear withheld\">Integration: Withheld");
    REQUIRE(line != std::string::npos);
    CHECK(page.substr(line, page.find("</li>", line) - line).find("class=\"tag") ==
          std::string::npos);
    CHECK_FALSE(has(page, "tag not_computable\">not computable</span>Integration: Withheld"));
}
