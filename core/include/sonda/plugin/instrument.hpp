// An instrument is what a plugin contributes for its forms: validation beyond
// single items, scoring of one response into named scores, and what the
// instrument adds to the comparison of two waves (built response by response:
// sonda/plugin/extras.hpp). The host calls it only through the registry's
// guard, which turns an exception or a wrong result into a PluginFailure
// (sonda/plugin/plugin_failure.hpp). The
// generic statistics of each score (means, intervals, tests, suppression) are
// the core's (sonda/stats); an instrument only adds what is its own, such as
// the moves of the entries of a map or changes in coded texts; how that is
// shown is its report section's (sonda/plugin/report_section.hpp).
#pragma once

#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/code_override.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/localized_text.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/extras.hpp"

namespace sonda {

// A score band such as strength / borderline / concern, from the form file.
// A value v is in the band when from <= v < to (the last band includes `to`).
struct Band {
    std::string id;
    LocalizedText label;
    double from = 0;
    double to = 0;
};

// Which way a score's change is an improvement: the verdict on a change
// (sonda/report/verdict.hpp) calls a clear change improved or worsened with it,
// and the reports and the dashboard colour it so. Neither is the default: a
// score that declares nothing is never painted better or worse by a guess
// (a clear change of it reads "changed"); every in-tree score declares one.
enum class Improvement {
    Higher,   // more is better (agreement, collaboration, achievement)
    Lower,    // less is better (entries left at the far end of a scale)
    Neither,  // no better direction, or not known
};

struct ScoreDefinition {
    std::string name;  // e.g. "sharing"
    LocalizedText label;
    std::vector<std::string> items;  // the items the score is made of (Cronbach's alpha)
    // Those of `items` the score counts reversed (min + max - answer, as
    // "I often cannot reach the other services"): alpha mirrors them too, or
    // a reversed item would pull it down instead of up.
    std::vector<std::string> reversed_items;
    std::optional<double> min;  // range of the score, for charts
    std::optional<double> max;
    std::vector<Band> bands;  // ordered low to high; may be empty
    Improvement improvement = Improvement::Neither;

    const Band* band_of(double value) const;
};

struct CompareOptions {
    int min_cell = 5;             // groups smaller than this are suppressed
    bool suppression = true;      // false only when an evaluator turns it off explicitly
    std::string language = "en";  // for labels in the output
    // Evaluators' corrections of automatic coding for this form (may be empty).
    std::vector<CodeOverride> overrides;
    // Territories and roles whose cell inside this group is withheld by the
    // protected table (docs/report.md, "Disclosure control"). This group's
    // output must not name them nor break a figure down by them: a text of
    // such a territory still counts in the group's totals but carries no
    // territory; a tally of its entries is not listed on its own.
    std::set<std::string> unnamed_territories;
    std::set<std::string> unnamed_roles;
    // Whether this group may list its free texts. A list is a set, so two
    // lists of overlapping groups (a territory's and a role's) intersect in
    // their smaller common group: texts are listed only for everyone and for
    // each territory (over every role), groups that never overlap but as a
    // whole and its parts, whose differences the protected table covers.
    bool list_texts = true;
};

class Instrument {
  public:
    virtual ~Instrument() = default;

    // The value of a form's "plugin" key that this instrument serves.
    virtual std::string id() const = 0;
    virtual LocalizedText description() const = 0;

    // Checks the instrument-specific parts of a form (e.g. every likert item
    // has a known `dimension`). Issues carry JSON paths.
    virtual void check_form(const Form& form, std::vector<Issue>& issues) const;

    virtual std::vector<ScoreDefinition> score_definitions(const Form& form) const = 0;

    // Cross-item rules, after every item passed its type's validation.
    virtual void validate(const Form& form, const Response& response,
                          std::vector<Issue>& issues) const;

    // One value (or missing) per score definition, each name once; a value
    // is finite and inside the definition's min..max (the host checks).
    virtual std::vector<Score> score(const Form& form, const Response& response) const = 0;

    // What this instrument adds to the change of one group between two
    // waves (moves on a map, changes in coded texts, transitions of a plan), response by
    // response; the report calls it once per group, with the options of that
    // group, before the group's first response. Null: nothing to add.
    // The default buffers the group's responses and calls compare() at the
    // end: simple, but it holds the whole group, so an instrument meant for
    // large forms implements its own accumulator.
    virtual std::unique_ptr<ExtrasAccumulator> start_comparison(
        const Form& form, const CompareOptions& options) const;

    // The same for whole waves, for instruments that keep the buffering
    // default: `from` and `to` in the core's order, each wave by (territory,
    // respondent, id). Null when nothing.
    virtual Poco::JSON::Object::Ptr compare(const Form& form, const std::vector<Response>& from,
                                            const std::vector<Response>& to,
                                            const CompareOptions& options) const;
};

// The scores of one response as an accumulator sees them: one value per
// score definition, NaN where `scores` (what Instrument::score returned)
// has none.
std::vector<double> score_values(const std::vector<ScoreDefinition>& definitions,
                                 const std::vector<Score>& scores);

// Scores `response` and hands it to `accumulator` as the report would: with
// its JSON only when wants_response says so. `definitions` are the
// instrument's for `form`.
void add_response(ExtrasAccumulator& accumulator, const Instrument& instrument, const Form& form,
                  const std::vector<ScoreDefinition>& definitions, WaveSide side,
                  const Response& response);

// For tests and for hosts holding a few responses: scores each response,
// feeds `from` then `to` through start_comparison and returns finish().
Poco::JSON::Object::Ptr compare_responses(const Instrument& instrument, const Form& form,
                                          const std::vector<Response>& from,
                                          const std::vector<Response>& to,
                                          const CompareOptions& options);

}  // namespace sonda
