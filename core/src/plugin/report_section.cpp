// The defaults of ReportSection: a section shows nothing of its own until it
// says otherwise, and the core then shows every key generically.
#include "sonda/plugin/report_section.hpp"

namespace sonda {

std::string ReportSection::html_style() const { return {}; }

std::set<std::string> ReportSection::write_html(const SectionInput&, std::ostream&) const {
    return {};
}

std::set<std::string> ReportSection::write_text(const SectionInput&, std::ostream&) const {
    return {};
}

void ReportSection::write_summary(const SectionInput&, const std::string&,
                                  summary::PageFlow&) const {}

}  // namespace sonda
