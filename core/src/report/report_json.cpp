// The JSON rendering of a report: the contract other programs read
// (docs/report.md). Keys keep the documented order, missing and withheld
// figures are null (never NaN, which is not JSON, and never 0).
#include <Poco/JSON/Array.h>

#include <cmath>

#include "sonda/report/report.hpp"
#include "sonda/report/report_wording.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Poco::Dynamic::Var number_or_null(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) return Poco::Dynamic::Var();
    return *value;
}

Poco::Dynamic::Var string_or_null(const std::optional<std::string>& value) {
    if (!value) return Poco::Dynamic::Var();
    return *value;
}

Object::Ptr score_to_json(const Report& report, const ScoreReport& score) {
    const ScoreComparison& s = score.stats;
    const ScoreDefinition* definition = report_detail::definition_of(report, s.score);
    // What the score's definition calls better: not a figure of the group, so
    // a withheld cell keeps it.
    const char* improvement =
        improvement_id(definition ? definition->improvement : Improvement::Neither);
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("score", s.score);
    if (s.suppressed) {
        // A withheld cell keeps its keys, so readers need no special case,
        // but not even its counts: n itself describes the small group.
        for (const char* key : {"n_from",
                                "n_to",
                                "n_paired",
                                "design",
                                "mean_from",
                                "mean_to",
                                "sd_from",
                                "sd_to",
                                "median_from",
                                "median_to",
                                "delta",
                                "diff_mean",
                                "ci95_low",
                                "ci95_high",
                                "p_t",
                                "p_rank",
                                "effect_size",
                                "effect_size_kind",
                                "alpha_from",
                                "alpha_to",
                                "band_from",
                                "band_to",
                                "rci_improved_share",
                                "rci_worsened_share"})
            out->set(key, Poco::Dynamic::Var());
        out->set("improvement", improvement);
        out->set("verdict", Poco::Dynamic::Var());
        out->set("outcome", Poco::Dynamic::Var());
        out->set("suppressed", true);
        out->set("withheld", score.withheld == Withheld::Protects ? "protects" : "small");
        return out;
    }
    out->set("n_from", s.n_from);
    out->set("n_to", s.n_to);
    out->set("n_paired", s.n_paired);
    out->set("design", report_detail::design_name(s.design));
    out->set("mean_from", number_or_null(s.mean_from));
    out->set("mean_to", number_or_null(s.mean_to));
    out->set("sd_from", number_or_null(s.sd_from));
    out->set("sd_to", number_or_null(s.sd_to));
    out->set("median_from", number_or_null(s.median_from));
    out->set("median_to", number_or_null(s.median_to));
    out->set("delta", number_or_null(s.delta));
    out->set("diff_mean", number_or_null(s.diff_mean));
    out->set("ci95_low", number_or_null(s.ci95_low));
    out->set("ci95_high", number_or_null(s.ci95_high));
    out->set("p_t", number_or_null(s.p_t));
    out->set("p_rank", number_or_null(s.p_rank));
    out->set("effect_size", number_or_null(s.effect_size));
    if (s.effect_size_kind.empty())
        out->set("effect_size_kind", Poco::Dynamic::Var());
    else
        out->set("effect_size_kind", s.effect_size_kind);
    out->set("alpha_from", number_or_null(s.alpha_from));
    out->set("alpha_to", number_or_null(s.alpha_to));
    out->set("band_from", string_or_null(score.band_from));
    out->set("band_to", string_or_null(score.band_to));
    out->set("rci_improved_share", number_or_null(s.rci_improved_share));
    out->set("rci_worsened_share", number_or_null(s.rci_worsened_share));
    const ChangeVerdict verdict = judge_change(report, score);
    out->set("improvement", improvement);
    out->set("verdict", verdict_id(verdict.verdict));
    out->set("outcome", outcome_id(verdict.outcome));
    out->set("suppressed", false);
    out->set("withheld", Poco::Dynamic::Var());
    return out;
}

const char* note_kind_id(ReportNote::Kind kind) {
    switch (kind) {
        case ReportNote::Kind::ExtrasLeftOut:
            return "extras_left_out";
        case ReportNote::Kind::AllExtrasLeftOut:
            return "all_extras_left_out";
        case ReportNote::Kind::ScoredByOther:
            return "scored_by_other";
        case ReportNote::Kind::SectionFailed:
            return "section_failed";
    }
    return "";
}

// {"kind", "plugin", "version", ..., "text"}: the text for people, the
// fields for programs.
Array::Ptr notes_to_json(const Report& report, const std::vector<ReportNote>& notes) {
    Array::Ptr out = new Array;
    for (const ReportNote& note : notes) {
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        const bool scored = note.kind == ReportNote::Kind::ScoredByOther;
        entry->set("kind", note_kind_id(note.kind));
        entry->set("plugin", note.plugin);
        entry->set("version", note.version);
        if (scored) {
            entry->set("scored_by", note.scorer.recorded() ? Poco::Dynamic::Var(note.scorer.plugin)
                                                           : Poco::Dynamic::Var());
            entry->set("scored_by_version", note.scorer.recorded()
                                                ? Poco::Dynamic::Var(note.scorer.version)
                                                : Poco::Dynamic::Var());
        } else {
            entry->set("call", note.call);
        }
        entry->set("text", note_text(report, note, "en"));
        out->add(entry);
    }
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr report_to_json(const Report& report) {
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("form", report.form);
    out->set("form_version", report.form_version);
    out->set("from", report.from_wave);
    out->set("to", report.to_wave);
    out->set("by", std::string(report_detail::by_name(report.by)));
    out->set("min_cell", report.min_cell);
    out->set("suppression", report.suppression);
    if (!report.suppression) {
        Array::Ptr warnings = new Array;
        warnings->add(report_detail::suppression_off_warning(report, "en"));
        out->set("warnings", warnings);
    }
    Object::Ptr pairing = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    pairing->set("paired", report.pairing.paired);
    pairing->set("only_from", report.pairing.only_from);
    pairing->set("only_to", report.pairing.only_to);
    if (report.pairing.near_misses_checked)
        pairing->set("near_misses", report.pairing.near_misses);
    else
        pairing->set("near_misses", Poco::Dynamic::Var());
    pairing->set("withheld_left_out", report.pairing.withheld_left_out);
    out->set("pairing", pairing);
    if (!report.notes.empty()) out->set("notes", notes_to_json(report, report.notes));
    Array::Ptr groups = new Array;
    for (const GroupReport& group : report.groups) {
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("group", group.group);
        if (!group.label.empty()) entry->set("label", group.label.get("en"));
        if (group.withheld == Withheld::No)
            entry->set("withheld", Poco::Dynamic::Var());
        else
            entry->set("withheld", group.withheld == Withheld::Protects ? "protects" : "small");
        Array::Ptr scores = new Array;
        for (const ScoreReport& score : group.scores) scores->add(score_to_json(report, score));
        entry->set("scores", scores);
        if (group.instrument) entry->set("instrument", group.instrument);
        if (!group.notes.empty()) entry->set("notes", notes_to_json(report, group.notes));
        groups->add(entry);
    }
    out->set("groups", groups);
    return out;
}

}  // namespace sonda
