// The renderings of a report given the study directly rather than a Project:
// the public functions in sonda/report/report.hpp call these, and tests use
// them on hand-built reports without opening a database.
#pragma once

#include <ostream>
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

}  // namespace sonda::report_detail
