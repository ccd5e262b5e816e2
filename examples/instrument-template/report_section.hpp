// How the factor means (factor_means.hpp) read in `sonda report`: a small
// table of each factor before and after, the weakest factor marked, in the
// report's language. sonda writes the scores, their statistics and the
// heading; it shows generically whatever key this section does not claim.
#pragma once

#include "sonda/plugin/report_section.hpp"

namespace collaboration_factors {

class FactorSection : public sonda::ReportSection {
  public:
    std::string instrument() const override;
    std::string html_style() const override;
    std::set<std::string> write_html(const sonda::SectionInput& input,
                                     std::ostream& out) const override;
    std::set<std::string> write_text(const sonda::SectionInput& input,
                                     std::ostream& out) const override;
};

// Its words in each language, added to sonda's catalogue at registration.
void add_messages();

}  // namespace collaboration_factors
