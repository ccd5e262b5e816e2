// Every message of sonda's core in English, by key. Keys and printf placeholders
// match the other languages' files (tests/core/i18n checks it).
#include "sonda/i18n/catalogue.hpp"

namespace sonda::i18n {

namespace {

constexpr Message kMessages[] = {
    {"report", "Change report"},
    {"form", "Form"},
    {"from", "From"},
    {"to", "To"},
    {"by", "By"},
    {"by.territory", "territory"},
    {"by.role", "role"},
    {"by.none", "everyone together"},
    {"min_cell", "Smallest group shown"},
    {"respondents", "respondents"},
    {"score", "score"},
    {"n_from", "n from"},
    {"n_to", "n to"},
    {"n_paired", "pairs"},
    {"design", "design"},
    {"mean_from", "mean from"},
    {"mean_to", "mean to"},
    {"delta", "delta"},
    {"mean", "mean from → to"},
    {"change", "change"},
    {"ci95", "95% CI"},
    {"p_t", "p (t)"},
    {"p_rank", "p (rank)"},
    {"effect", "effect"},
    {"bands", "band from -> to"},
    {"alpha", "alpha from/to"},
    {"paired", "paired"},
    {"independent", "independent"},
    {"withheld_small", "withheld: fewer than %d"},
    {"withheld_protects", "withheld to protect another group"},
    {"reading", "Reading"},
    {"instrument", "What the instrument adds"},
    {"no_groups", "No answers for this form in these waves."},
    {"suppression_off",
     "SMALL-CELL SUPPRESSION IS OFF: this report shows groups of fewer than %d respondents. "
     "Do not share it outside the evaluation team."},
    {"small_group",
     "Withheld: it would show a group of fewer than %d people, in one of the two waves, "
     "among those who answered both, or among the few who came or left between them."},
    {"protecting_group",
     "Withheld so that another, smaller group cannot be worked out by subtraction from "
     "the published figures; this group itself is not small."},
    {"no_answers", "No answers in one of the two waves: no change can be computed."},
    {"mean_rose", "%s: the mean of all respondents rose from %s to %s"},
    {"mean_fell", "%s: the mean of all respondents fell from %s to %s"},
    {"mean_stayed", "%s: the mean of all respondents stayed at %s"},
    {"mean_flat", "%s: the mean of all respondents stayed about the same (%s, then %s)"},
    {"paired_change", "; among the %lld who answered both times the change is %s"},
    {"paired_change_but", ", but among the %lld who answered both times the change is %s"},
    {"independent_change",
     "; compared as independent groups (%lld and %lld respondents), the change is %s"},
    {"pairs_vs_all",
     "The two disagree because the mean of all respondents also counts those who answered "
     "only once (%lld only the first time, %lld only the second), and who came or left "
     "moved it; the change among the pairs compares each person with themselves, and it "
     "is the one the verdict is about."},
    {"interval", "95%% interval %s to %s"},
    {"effect_is", "%s effect, %s %s"},
    {"p_below", "p < 0.001"},
    {"band_moved", "Band: %s -> %s."},
    {"band_same", "Band unchanged: %s."},
    {"read.improved",
     "A clear improvement: the 95%% interval does not include zero and the effect is %s."},
    {"read.worsened",
     "A clear worsening: the 95%% interval does not include zero and the effect is %s."},
    {"read.changed",
     "A clear change: the 95%% interval does not include zero and the effect is %s; "
     "neither direction is better for this score."},
    {"lower_is_better", "For this score lower is better."},
    {"read.uncertain",
     "Uncertain: the effect is %s, but the 95%% interval includes zero and is wide: these "
     "data cannot tell a change from no change."},
    {"read.negligible",
     "No evidence of change: the 95%% interval includes zero and the effect is negligible."},
    {"read.negligible_wide",
     "No evidence of change: the 95%% interval includes zero and the effect is negligible; "
     "the interval is wide, though, so a change of medium size either way is not ruled "
     "out."},
    {"read.narrow",
     "No evidence of change: the 95%% interval includes zero and is narrow enough to rule "
     "out a change of medium size."},
    {"read.detectable_negligible",
     "No evidence of a change that matters: the 95%% interval does not include zero, but "
     "the effect is negligible (a large group detects even tiny shifts)."},
    {"read.no_test", "Not computable: no test was possible (too few answers or no variation)."},
    {"caution", "Caution: %s."},
    {"alpha_low", "the items of this score agree weakly (alpha %s)"},
    {"alpha_negative",
     "the reliability of this score is not interpretable (alpha %s, below zero: its items "
     "do not go together here)"},
    {"alpha_undefined",
     "the reliability of this score is not interpretable (alpha cannot be computed at one "
     "of the two times)"},
    {"verdict", "Verdict"},
    {"verdict.clear", "clear change"},
    {"verdict.uncertain", "uncertain"},
    {"verdict.no_evidence", "no evidence of change"},
    {"verdict.not_computable", "not computable"},
    {"outcome.improved", "improved"},
    {"outcome.worsened", "worsened"},
    {"outcome.changed", "changed"},
    // Outcomes are short tags (HTML, the dashboard's verdict column).
    {"outcome.held", "no evidence"},
    {"outcome.uncertain", "uncertain"},
    {"outcome.not_computable", "not computable"},
    {"negligible", "negligible"},
    {"small", "small"},
    {"medium", "medium"},
    {"large", "large"},
    {"cohen_dz", "Cohen's dz"},
    {"hedges_g", "Hedges' g"},
    // Charts (sonda chart, summaries).
    {"chart.change", "Change between two waves"},
    {"chart.change.about",
     "each score's change with its 95% interval, for one territory or everyone"},
    {"chart.change.note",
     "Dot: the change among those who answered both times (n = pairs), or between the "
     "two groups where few did; line: its 95% interval."},
    {"chart.community_mark", "Hollow ring: the whole community."},
    {"chart.colours",
     "Green: a clear improvement; red: a clear worsening; blue: a clear change where "
     "neither direction is better; grey: no clear change."},
    {"chart.withheld_note", "Groups of fewer than %d people are not shown."},
    {"chart.trend", "Means over the waves"},
    {"chart.trend.about", "the mean of each score in every wave with its 95% interval and n"},
    {"chart.trend.note", "Mean of each wave with its 95% interval; n = respondents in that wave."},
    {"chart.star", "Profile of each wave"},
    {"chart.star.about", "a star with one axis per score and one outline per wave"},
    {"chart.star.note",
     "Each axis runs from the lowest to the highest possible score; one outline per wave."},
    {"chart.territories", "Change by territory"},
    {"chart.territories.about",
     "every territory's change on one common axis, the whole community as reference"},
    {"chart.heatmap", "Themes of the expectations"},
    {"chart.heatmap.about", "how many texts name each theme for each service (team-expectations)"},
    {"chart.heatmap.note",
     "Texts that name each theme for each service; in brackets the change since %s."},
    {"chart.not_for_form",
     "chart '%s' draws what the %s instrument adds; form '%s' is scored by %s"},
    {"chart.network-map", "Network map"},
    {"chart.network-map.about",
     "the later wave's network map, each move since the earlier wave drawn as an arrow "
     "(network-dimensions)"},
    {"chart.network-map.caption", "%s, with the moves since %s"},
    {"chart.network-map.note",
     "Each actor sits on the median ring of those who placed it; an actor placed by fewer "
     "than the smallest group shown is not drawn."},
    {"chart.no_scale", "No score of this form has a range to draw."},
    {"chart.withheld", "not shown"},
    {"chart.everyone", "Whole community"},
    // The territory summary (sonda summary).
    {"summary.kicker", "Summary of results"},
    {"summary.made", "made on %s"},
    {"summary.intro",
     "What changed for your team, questionnaire by questionnaire. A change is measured "
     "among the people who answered both times; the line around each dot is its 95% "
     "interval: the shorter the line, the surer the change. Green is a clear improvement, "
     "red a clear worsening, blue a clear change where neither direction is better, grey "
     "no clear change."},
    {"summary.counts",
     "%s → %s: %lld people answered the first time, %lld the second, %lld both times."},
    {"summary.improved", "Improved"},
    {"summary.held", "No clear change"},
    {"summary.worsened", "Worsened"},
    {"summary.changed", "Changed (neither direction is better)"},
    {"summary.no_waves", "Not enough answers from this territory to compare two waves."},
    {"summary.themes", "Expectation themes most present in %s"},
    {"summary.theme_counts", "texts that name each theme, in brackets how many in %s"},
    {"summary.objectives", "Improvement objectives in %s"},
    {"summary.objective_counts",
     "%lld achieved, %lld under way, %lld stalled, %lld new, %lld removed."},
    {"summary.stalled", "stalled"},
    {"summary.new", "new"},
    {"summary.protection",
     "To protect small groups, no figure of fewer than %d people is shown, nor any that "
     "would let one be worked out by subtraction from other published figures."},
    {"summary.page", "Page"},
    {"and", "; "},
    // The network map's legend.
    {"map.inward", "moved inward"},
    {"map.outward", "moved outward"},
    {"map.appeared", "appeared"},
    {"map.disappeared", "disappeared"},
    {"map.unchanged", "same ring"},
    {"map.centre", "centre: your service"},
    {"map.rings", "rings numbered from 1, the closest"},
    {"map.arrow", "arrow: from the ring of the first wave to that of the second"},
    {"map.between", "a dot on a line: the median falls between two rings"},
    {"map.cut", "names cut with … are in full in the table below"},
};

}  // namespace

std::span<const Message> core_messages_en() { return kMessages; }

}  // namespace sonda::i18n
