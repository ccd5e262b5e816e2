// A territory's summary: one or two A4 pages for its own team, across every
// instrument with data: what improved, held or worsened (with the honest
// reading), each instrument's own block (its report section's,
// sonda/plugin/report_section.hpp), and what is not shown to protect small
// groups. Figures come from build_report, so the summary
// withholds what the report withholds.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"

namespace sonda {
class Project;
}

namespace sonda::summary {

struct SummaryRequest {
    std::string territory;  // a territory id of the study
    std::string from_wave;  // empty: each form's first wave with data
    std::string to_wave;    // empty: each form's last wave with data
    std::string language = "en";
    std::string date;  // printed as the day it was made (YYYY-MM-DD); empty: none
    // Called with each warning of the reports the summary reads
    // (report_warnings); may be left empty.
    std::function<void(const std::string&)> warn;
};

// The pages, A4 portrait, in points.
std::vector<chart::Scene> build_summary(Project& project, const SummaryRequest& request);

// The pages as one HTML file that prints on A4, each page an inline SVG.
void write_summary_html(const std::vector<chart::Scene>& pages, const std::string& title,
                        const std::string& language, std::ostream& out);

}  // namespace sonda::summary
