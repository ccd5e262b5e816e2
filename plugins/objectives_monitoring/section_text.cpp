// The objectives of a report group in the terminal report: per territory the
// counts, both waves' achievement, the transitions and the objectives that
// stalled, are new or were removed.
#include "objectives_monitoring/report_section.hpp"
#include "objectives_monitoring/report_words.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"

namespace sonda::objectives {

namespace {

void write_transitions(const ObjectivesComparison& comparison, const TerritoryObjectives& territory,
                       const std::string& language, std::ostream& out) {
    out << "  " << i18n::tr(language, "objectives-monitoring.report.transitions") << ":\n";
    bool any = false;
    for (const std::string& from : comparison.statuses)
        for (const std::string& to : comparison.statuses)
            if (long long n = transitions(territory, from, to); n > 0) {
                out << "    " << status_title(from, language) << " -> "
                    << status_title(to, language) << ": " << n << '\n';
                any = true;
            }
    if (!any) out << "    " << i18n::tr(language, "objectives-monitoring.report.none") << '\n';
}

void write_marked(const TerritoryObjectives& territory, const std::string& language,
                  std::ostream& out) {
    const std::vector<const ObjectiveChange*> ordered = in_report_order(territory);
    for (const ObjectiveMark mark :
         {ObjectiveMark::Stalled, ObjectiveMark::New, ObjectiveMark::Removed}) {
        std::vector<const ObjectiveChange*> lines;
        for (const ObjectiveChange* line : ordered)
            if (line->mark == mark) lines.push_back(line);
        if (lines.empty()) continue;
        out << "  " << report_detail::key_title(mark_word(mark, language)) << ":\n";
        for (const ObjectiveChange* line : lines)
            // The title is what a reader knows it by; its id is bookkeeping.
            out << "    - " << line->title << ": "
                << (line->status_from ? status_title(*line->status_from, language) : "–") << " -> "
                << (line->status_to ? status_title(*line->status_to, language) : "–") << ", "
                << progress_text(line->progress_from, language) << " -> "
                << progress_text(line->progress_to, language) << '\n';
    }
}

}  // namespace

void write_objectives_text(const ObjectivesComparison& comparison, const SectionInput& input,
                           std::ostream& out) {
    const std::string& language = input.language;
    for (const TerritoryObjectives& territory : comparison.territories) {
        if (territory.territory != input.group.group)
            out << "  " << territory_title(territory.territory, input.study, language) << ":\n";
        out << "  " << i18n::tr(language, "objectives-monitoring.report.objectives") << ": "
            << counts_text(territory, language) << '\n';
        out << "  " << i18n::tr(language, "objectives-monitoring.report.achievement") << ": "
            << tally_text(territory.from, language) << " -> " << tally_text(territory.to, language)
            << '\n';
        write_transitions(comparison, territory, language, out);
        write_marked(territory, language, out);
    }
    for (const std::string& warning : comparison.warnings) out << "  ! " << warning << '\n';
}

}  // namespace sonda::objectives
