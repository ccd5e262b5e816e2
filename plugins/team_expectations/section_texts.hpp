// The parts of team-expectations' report section besides the heatmap: who
// wrote the texts, the texts no codebook theme caught, the coded texts
// themselves and the coding warnings, in HTML and for the terminal. The
// coded texts are folded away in HTML (<details>): the heatmap is what a
// printed report carries; the texts are there for the reader who opens them.
#pragma once

#include <ostream>
#include <set>
#include <string>

#include "sonda/plugin/report_section.hpp"
#include "team_expectations/expectations_comparison.hpp"

namespace sonda::team_expectations {

// Every key of the extras these and the heatmap show: the core shows none
// of them again.
const std::set<std::string>& section_keys();

void write_texts_html(const SectionInput& input, const ExpectationsComparison& comparison,
                      std::ostream& out);
void write_texts_text(const SectionInput& input, const ExpectationsComparison& comparison,
                      std::ostream& out);

}  // namespace sonda::team_expectations
