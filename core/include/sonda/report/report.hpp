// A change report: for one form, between two waves, per group (territory, role
// or everyone), every score's comparison plus what the instrument adds. The
// JSON contract is documented in docs/report.md; text, csv and html are
// renderings of the same Report.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "sonda/plugin/instrument.hpp"
#include "sonda/stats/score_comparison.hpp"
#include "sonda/stats/table_protection.hpp"
#include "sonda/store/store.hpp"

namespace sonda {

class Project;

enum class GroupBy { Territory, Role, None };

struct ReportRequest {
    std::string form;
    std::optional<int> form_version;
    std::string from_wave;  // empty: the first wave with data (before to_wave)
    std::string to_wave;    // empty: the last wave with data
    GroupBy by = GroupBy::Territory;
    std::optional<int> min_cell;  // empty: the study's min_cell
    bool suppression = true;      // off only when asked for explicitly
    std::string language = "en";
    std::vector<std::string> territories;  // filters; empty = all
    std::vector<std::string> roles;
    // Only the score table: no item-level answers (alpha and RCI stay empty)
    // and no Instrument::compare. Reads nothing but the packed score sets:
    // about a second at a million responses (docs/BENCHMARKS.md), where the
    // full report parses every response.
    bool scores_only = false;
};

struct ScoreReport {
    ScoreComparison stats;
    std::optional<std::string> band_from, band_to;  // band of mean_from / mean_to
    Withheld withheld = Withheld::No;               // the group's, when stats.suppressed
};

// What the reader must know about how a report was made, worded in the
// report's language by each writer (report_wording.hpp, note_text).
struct ReportNote {
    enum class Kind {
        ExtrasLeftOut,     // the instrument's plugin failed: its additions are not in the group
        AllExtrasLeftOut,  // the same for every group (a report's note)
        ScoredByOther,     // stored scores computed by another plugin (version) than the loaded one
        SectionFailed,     // the instrument's report section failed: its additions shown plainly
    };
    Kind kind = Kind::ExtrasLeftOut;
    std::string plugin, version;  // the loaded plugin of the form
    std::string call;             // ExtrasLeftOut, SectionFailed: the call that failed, "add()"
    Scorer scorer;                // ScoredByOther: who computed them (unrecorded when empty)
};

struct GroupReport {
    std::string group;  // territory or role id, or "all"
    LocalizedText label;
    std::vector<ScoreReport> scores;
    Poco::JSON::Object::Ptr instrument;  // Instrument::compare(), null when nothing
    // Why this group's figures are withheld, if they are: it is small, or it
    // protects another group (docs/report.md, "Disclosure control").
    Withheld withheld = Withheld::No;
    std::vector<ReportNote> notes;  // about this group only
};

// How the respondents of the two waves pair up by code, over the groups the
// report shows (docs/report.md, "Pairing"). Only counts: no code is ever shown.
struct CodePairing {
    long long paired = 0;     // codes that answered both waves
    long long only_from = 0;  // codes of the from wave alone
    long long only_to = 0;
    // With a self-generated code declared by the study: codes of the from
    // wave alone that differ in one part only from a code of the to wave
    // alone, in the same territory. Likely typos, which sonda never pairs
    // on its own. Not looked for with codes given to respondents.
    bool near_misses_checked = false;
    long long near_misses = 0;
    // Some group was withheld: its respondents are left out of these counts,
    // which would otherwise give its size away.
    bool withheld_left_out = false;
};

struct Report {
    std::string form;
    int form_version = 0;
    // The form's instrument (its "plugin"): whose report section
    // (sonda/plugin/report_section.hpp) shows the groups' extras. Not part of
    // the JSON: the form names it.
    std::string instrument;
    LocalizedText form_title;
    std::string from_wave, to_wave;
    GroupBy by = GroupBy::Territory;
    int min_cell = 5;        // k applied (none when suppression is off without --min-cell)
    int study_min_cell = 5;  // the study's: what a report with suppression off goes below
    bool suppression = true;
    std::vector<ScoreDefinition> score_definitions;
    std::vector<GroupReport> groups;
    // Whether the item answers were read (false for ReportRequest::
    // scores_only): without them alpha is empty by design, not because it
    // could not be computed, and the reading says nothing about it.
    bool items_read = true;
    // How many responses of the two waves were read (with scores). For the
    // host's own decisions (how much more work a full report is); never
    // published, so no writer prints it.
    long long responses_read = 0;
    CodePairing pairing;
    std::vector<ReportNote> notes;  // about the whole report
    // Each plugin failure in full (PluginFault::message(): the call, the
    // response and the plugin's own words) and what it cost, for the host
    // to show its user;
    // never published, since a response id or a plugin's message has no
    // place in a released report. The notes say what was left out.
    std::vector<std::string> plugin_failures;
};

// The note in `language` ("en" for JSON).
std::string note_text(const Report& report, const ReportNote& note, const std::string& language);

// What the user who asked for an output made from `report` must read on
// standard error, in English: each plugin failure in full, then stored
// scores computed by another plugin version. Hosts print them; every
// output that reads a report (the report, charts, summaries) has them.
std::vector<std::string> report_warnings(const Report& report);

// Reads the scores and responses from the store, computes every comparison
// once, and withholds every group whose cell the form's protected table
// withholds (protected_table.hpp). Filters only select cells of that table:
// a total over a subset of territories or roles is a UsageError.
Report build_report(Project& project, const ReportRequest& request);

Poco::JSON::Object::Ptr report_to_json(const Report& report);
void write_report_text(const Report& report, const Project& project, const std::string& language,
                       std::ostream& out);
void write_report_csv(const Report& report, std::ostream& out);
void write_report_html(const Report& report, const Project& project, const std::string& language,
                       std::ostream& out);

}  // namespace sonda
