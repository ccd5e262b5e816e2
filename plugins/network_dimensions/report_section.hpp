// How network-dimensions shows what it adds to a report group
// (sonda/plugin/report_section.hpp): both waves' network maps with their
// legend, in the HTML report and in a territory's summary; below the maps,
// and alone in the terminal, the respondents in each band of each dimension
// and the map's actors with their rings and moves (section_tables.hpp).
#pragma once

#include "sonda/plugin/report_section.hpp"

namespace sonda::network_dimensions {

class NetworkReportSection final : public ReportSection {
  public:
    std::string instrument() const override;
    std::string html_style() const override;
    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override;
    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override;
    void write_summary(const SectionInput& input, const std::string& territory,
                       summary::PageFlow& flow) const override;
};

}  // namespace sonda::network_dimensions
