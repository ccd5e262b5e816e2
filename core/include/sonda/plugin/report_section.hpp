// What an instrument's extras look like to a reader: its part of each group
// in the text and HTML reports (`sonda report`) and its block in a
// territory's summary (`sonda summary`). The core writes every group's scores,
// the heading of the instrument's part, and then asks the section of the
// report's instrument (Report::instrument); whatever keys of the extras
// (GroupReport::instrument, what the accumulator finished) the section did
// not show, the core shows generically as key/value tables, so nothing an
// instrument says is lost. An instrument without a section gets the generic
// rendering only.
//
// A section reads the extras its own instrument wrote; it must not throw on
// extras of another shape (an older report, hand-made JSON): it shows what it
// can read and returns the keys it showed. Every text from data goes through
// report_detail::html_escape in HTML (sonda/report/html_writer.hpp). Words
// come from the message catalogue (sonda/i18n/catalogue.hpp) in `language`.
#pragma once

#include <ostream>
#include <set>
#include <string>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"
#include "sonda/summary/page_flow.hpp"

namespace sonda {

// One group of a report, as a section sees it.
struct SectionInput {
    const Report& report;
    const GroupReport& group;  // group.instrument is not null
    const Study* study;        // null: labels fall back to ids
    const std::string& language;
};

class ReportSection {
  public:
    virtual ~ReportSection() = default;

    // The instrument whose extras it shows (its Instrument::id()).
    virtual std::string instrument() const = 0;

    // CSS for the classes its HTML uses: written once into the report's
    // <style>, after the core's rules. Nothing by default.
    virtual std::string html_style() const;

    // Its HTML for the group, written under the heading "What the instrument
    // adds"; returns the keys of group.instrument it showed. The core then
    // shows the other keys generically (bookkeeping such as "instrument" and
    // "team_level" never). Nothing by default.
    virtual std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const;

    // The same for the terminal: lines indented by two spaces.
    virtual std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const;

    // Its block in the summary of `territory` (a by-territory report of one
    // group), after the form's scores and verdicts. Nothing by default.
    virtual void write_summary(const SectionInput& input, const std::string& territory,
                               summary::PageFlow& flow) const;
};

}  // namespace sonda
