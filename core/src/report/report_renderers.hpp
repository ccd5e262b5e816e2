// The renderings of a report given the study directly rather than a Project:
// the public functions in sonda/report/report.hpp call these, and tests use
// them on hand-built reports without opening a database.
#pragma once

#include <ostream>
#include <string>

#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda::report_detail {

// `study` may be null: labels then fall back to ids.
void write_report_text(const Report& report, const Study* study, const std::string& language,
                       std::ostream& out);
void write_report_html(const Report& report, const Study* study, const std::string& language,
                       std::ostream& out);

}  // namespace sonda::report_detail
