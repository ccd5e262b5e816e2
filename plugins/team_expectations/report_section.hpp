// How team-expectations shows what it adds to a report group
// (sonda/plugin/report_section.hpp): in the HTML report its heatmap, the
// drawing of `sonda chart --chart heatmap`, in place of the table of theme
// counts, then who wrote, the texts no theme caught and the coded texts
// (folded away: section_texts.hpp); in the terminal the same in lines; in a
// territory's summary the themes most texts of the later wave carry.
#pragma once

#include "sonda/plugin/report_section.hpp"

namespace sonda::team_expectations {

class ExpectationsReportSection final : public ReportSection {
  public:
    std::string instrument() const override;
    std::string html_style() const override;
    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override;
    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override;
    void write_summary(const SectionInput& input, const std::string& territory,
                       summary::PageFlow& flow) const override;
};

}  // namespace sonda::team_expectations
