// How objectives-monitoring shows what it adds to a report group
// (sonda/plugin/report_section.hpp): per territory, the from x to table of
// objective statuses (new and removed objectives as its margins), both waves'
// achievement, and the objectives themselves with the stalled, new and
// removed ones marked; in a territory's summary, the objectives of the later
// wave. Reads the extras once (objectives_comparison.hpp); what it does not
// read the report shows generically.
#pragma once

#include "objectives_monitoring/objectives_comparison.hpp"
#include "sonda/plugin/report_section.hpp"

namespace sonda::objectives {

class ObjectivesReportSection final : public ReportSection {
  public:
    std::string instrument() const override;
    std::string html_style() const override;
    std::set<std::string> write_html(const SectionInput& input, std::ostream& out) const override;
    std::set<std::string> write_text(const SectionInput& input, std::ostream& out) const override;
    void write_summary(const SectionInput& input, const std::string& territory,
                       summary::PageFlow& flow) const override;
};

// The parts of the section, each in its own file.
void write_objectives_html(const ObjectivesComparison& comparison, const SectionInput& input,
                           std::ostream& out);  // section_html.cpp
void write_objectives_text(const ObjectivesComparison& comparison, const SectionInput& input,
                           std::ostream& out);  // section_text.cpp
void write_objectives_summary(const ObjectivesComparison& comparison, const SectionInput& input,
                              const std::string& territory,
                              summary::PageFlow& flow);  // section_summary.cpp

}  // namespace sonda::objectives
