// A hand-built report for the renderer tests: two territories, one with a
// suppressed cell, names with accents, quotes and markup that must stay inert.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "sonda/report/report.hpp"

namespace sonda::testing {

inline ScoreDefinition definition_with_bands(const std::string& name, const std::string& label) {
    ScoreDefinition definition;
    definition.name = name;
    definition.label.set("en", label);
    definition.label.set("it", label + " (it)");
    definition.items = {name + "_1", name + "_2", name + "_3"};
    definition.min = 1;
    definition.max = 5;
    Band concern{"concern", LocalizedText("concern"), 1, 2.5};
    Band borderline{"borderline", LocalizedText("borderline"), 2.5, 3.5};
    Band strength{"strength", LocalizedText("strength"), 3.5, 5};
    definition.bands = {concern, borderline, strength};
    definition.improvement = Improvement::Higher;
    return definition;
}

inline ScoreReport clear_change() {
    ScoreReport score;
    ScoreComparison& s = score.stats;
    s.score = "sharing";
    s.n_from = 12;
    s.n_to = 11;
    s.n_paired = 10;
    s.design = Design::Paired;
    s.mean_from = 3.1;
    s.mean_to = 3.8;
    s.sd_from = 0.6;
    s.sd_to = 0.5;
    s.median_from = 3.0;
    s.median_to = 4.0;
    s.delta = 0.7;
    s.diff_mean = 0.65;
    s.ci95_low = 0.31;
    s.ci95_high = 0.99;
    s.p_t = 0.0021;
    s.p_rank = 0.0039;
    s.effect_size = 1.37;
    s.effect_size_kind = "cohen_dz";
    s.alpha_from = 0.81;
    s.alpha_to = 0.84;
    s.rci_improved_share = 0.4;
    s.rci_worsened_share = 0.0;
    score.band_from = "borderline";
    score.band_to = "strength";
    return score;
}

inline ScoreReport weak_change() {
    ScoreReport score;
    ScoreComparison& s = score.stats;
    s.score = "integration";
    s.n_from = 6;
    s.n_to = 7;
    s.n_paired = 1;
    s.design = Design::Independent;
    s.mean_from = 2.9;
    s.mean_to = 3.2;
    s.sd_from = 0.9;
    s.sd_to = 1.1;
    s.median_from = 3.0;
    s.median_to = 3.0;
    s.delta = 0.3;
    s.diff_mean = 0.3;
    s.ci95_low = -0.9;
    s.ci95_high = 1.5;
    s.p_t = 0.59;
    s.p_rank = 0.62;
    s.effect_size = 0.29;
    s.effect_size_kind = "hedges_g";
    s.alpha_from = 0.55;
    s.alpha_to = std::nullopt;
    score.band_from = "borderline";
    score.band_to = "borderline";
    return score;
}

inline ScoreReport suppressed_cell(const std::string& name, Withheld why = Withheld::Small) {
    ScoreReport score;
    score.stats.score = name;
    score.stats.suppressed = true;
    score.withheld = why;
    return score;
}

inline Report hand_built_report() {
    Report report;
    report.form = "network-dimensions";
    report.form_version = 1;
    report.form_title.set("en", "Network dimensions");
    report.form_title.set("it", "Dimensioni della rete");
    report.from_wave = "w2023-12";
    report.to_wave = "w2024-03";
    report.by = GroupBy::Territory;
    report.min_cell = 5;
    report.score_definitions = {definition_with_bands("sharing", "Sharing"),
                                definition_with_bands("integration", "Integration")};

    GroupReport pistoia;
    pistoia.group = "pistoia";
    pistoia.label.set("it", "Società della Salute Pistoiese");
    pistoia.label.set("en", "Società della Salute Pistoiese");
    pistoia.scores = {clear_change(), suppressed_cell("integration")};

    GroupReport odd;
    odd.group = "odd<b>";
    odd.label = LocalizedText("Team \"A\" & <script>alert('x')</script>");
    odd.scores = {suppressed_cell("sharing", Withheld::Protects), weak_change()};
    Poco::JSON::Object::Ptr extras = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr themes = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr theme = new Poco::JSON::Object;
    theme->set("theme", "<script>document.body.setAttribute('data-pwned','1')</script>");
    theme->set("from", 2);
    theme->set("to", 5);
    themes->add(theme);
    extras->set("theme_changes", themes);
    odd.instrument = extras;

    report.groups = {pistoia, odd};
    return report;
}

}  // namespace sonda::testing
