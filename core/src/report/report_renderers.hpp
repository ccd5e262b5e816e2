// The renderings of a report given the study directly rather than a Project:
// the public functions in sonda/report/report.hpp call these, and tests use
// them on hand-built reports without opening a database.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <set>
#include <string>

#include "sonda/model/study.hpp"
#include "sonda/plugin/report_section.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

// `study` may be null: labels then fall back to ids. `section` is the report
// section of the report's instrument; null: its extras are shown generically.
void write_report_text(const Report& report, const Study* study, const ReportSection* section,
                       const std::string& language, std::ostream& out);
void write_report_html(const Report& report, const Study* study, const ReportSection* section,
                       const std::string& language, std::ostream& out);

// The extras of a group no section showed: every key but `shown` and the
// bookkeeping the report's header already gives, generically.
void write_extras_html(const Poco::JSON::Object& extras, const std::set<std::string>& shown,
                       std::ostream& out);

// What a report section wrote for one group, or why it wrote nothing.
struct SectionOutput {
    std::string written;
    std::set<std::string> shown;     // the keys it showed
    std::optional<ReportNote> note;  // SectionFailed when it failed: shown is then empty
};

// Runs one of a section's writers into a buffer, so that a section that
// fails half-way leaves nothing half-written: the group's extras are then
// shown generically, with a note that says why.
SectionOutput run_section(const std::function<std::set<std::string>(std::ostream&)>& write);

}  // namespace sonda::report_detail
