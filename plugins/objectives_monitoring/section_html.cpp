// The objectives of a report group in the HTML report: per territory the
// transition table beside both waves' achievement, then every objective.
#include <algorithm>

#include "objectives_monitoring/report_section.hpp"
#include "objectives_monitoring/report_words.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"

namespace sonda::objectives {

namespace {

using report_detail::html_escape;

const char* cell_kind(const std::string& from, const std::string& to) {
    return from == to         ? "same"
           : to == "achieved" ? "to-achieved"
           : to == "dropped"  ? "to-dropped"
                              : "moved";
}

// Rows wave A's status, columns wave B's; new and removed objectives as margins.
void write_transitions(const ObjectivesComparison& comparison, const TerritoryObjectives& territory,
                       const std::string& language, std::ostream& out) {
    out << "<table class=\"data transitions\"><caption>"
        << i18n::tr(language, "objectives-monitoring.report.transitions_title")
        << "</caption><thead><tr><th>"
        << i18n::tr(language, "objectives-monitoring.report.transitions_corner") << "</th>";
    for (const std::string& status : comparison.statuses)
        out << "<th>" << html_escape(status_title(status, language)) << "</th>";
    out << "<th class=\"margin\">" << i18n::tr(language, "objectives-monitoring.margin.removed")
        << "</th></tr></thead><tbody>\n";
    auto cell = [&](long long n, const char* kind) {
        out << "<td class=\"num " << kind << (n == 0 ? " zero" : "") << "\">" << n << "</td>";
    };
    for (const std::string& from : comparison.statuses) {
        out << "<tr><th>" << html_escape(status_title(from, language)) << "</th>";
        for (const std::string& to : comparison.statuses)
            cell(transitions(territory, from, to), cell_kind(from, to));
        cell(margin(territory, ObjectiveMark::Removed, from), "margin");
        out << "</tr>\n";
    }
    out << "<tr><th>" << i18n::tr(language, "objectives-monitoring.margin.new") << "</th>";
    for (const std::string& to : comparison.statuses)
        cell(margin(territory, ObjectiveMark::New, to), "margin");
    out << "<td></td></tr>\n</tbody></table>\n";
}

// Achievement of both waves, with a bar a printer renders too.
void write_achievement(const TerritoryObjectives& territory, const SectionInput& input,
                       std::ostream& out) {
    const std::string& language = input.language;
    out << "<table class=\"data achievement\"><caption>"
        << i18n::tr(language, "objectives-monitoring.report.achievement_title")
        << "</caption><thead><tr><th></th><th>"
        << i18n::tr(language, "objectives-monitoring.report.objectives_column") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.report.rate") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.report.mean_progress")
        << "</th></tr></thead><tbody>\n";
    for (bool second : {false, true}) {
        const std::optional<ObjectivesTally>& tally = second ? territory.to : territory.from;
        // The waves' full titles head the report; here the letter and date.
        const std::string& wave_id = second ? input.report.to_wave : input.report.from_wave;
        const Wave* wave = input.study ? input.study->wave(wave_id) : nullptr;
        out << "<tr><th>" << (second ? "B " : "A ")
            << html_escape(wave && !wave->date.empty() ? wave->date : wave_id) << "</th>";
        if (!tally) {
            out << "<td colspan=\"3\" class=\"muted\">"
                << i18n::tr(language, "objectives-monitoring.no_answer_at_wave") << "</td></tr>\n";
            continue;
        }
        out << "<td class=\"num\">" << tally->objectives << "</td><td class=\"num\">"
            << html_escape(tally_text(tally, language))
            << "<span class=\"rate-bar\"><span style=\"width:"
            << (tally->rate ? std::clamp(*tally->rate, 0.0, 1.0) * 100 : 0.0)
            << "%\"></span></span></td>"
            << "<td class=\"num\">" << html_escape(progress_text(tally->mean_progress, language))
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

// Every objective of either wave; stalled ones first and highlighted.
void write_objective_list(const TerritoryObjectives& territory, const std::string& language,
                          std::ostream& out) {
    if (territory.objectives.empty()) return;
    out << "<table class=\"data objective-list\"><thead><tr><th>"
        << i18n::tr(language, "objectives-monitoring.report.objective") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.column.dimension") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.column.owner") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.report.status_change") << "</th><th>"
        << i18n::tr(language, "objectives-monitoring.report.progress_change")
        << "</th><th></th></tr></thead><tbody>\n";
    for (const ObjectiveChange* line : in_report_order(territory)) {
        const std::string mark = mark_id(line->mark);
        out << "<tr" << (mark.empty() ? "" : " class=\"" + mark + "\"") << "><td>"
            << html_escape(line->title) << " <span class=\"muted\">" << html_escape(line->id)
            << "</span></td><td>" << html_escape(dimension_title(line->dimension, language))
            << "</td><td>" << html_escape(line->owner) << "</td><td>"
            << html_escape(line->status_from ? status_title(*line->status_from, language) : "–")
            << " → "
            << html_escape(line->status_to ? status_title(*line->status_to, language) : "–")
            << "</td><td class=\"num\">"
            << html_escape(progress_text(line->progress_from, language)) << " → "
            << html_escape(progress_text(line->progress_to, language)) << "</td><td>";
        if (!mark.empty())
            out << "<span class=\"tag obj-" << mark << "\">"
                << html_escape(mark_word(line->mark, language)) << "</span>";
        out << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

void write_legend(const ObjectivesComparison& comparison, const std::string& language,
                  std::ostream& out) {
    out << "<p class=\"legend\">" << i18n::tr(language, "objectives-monitoring.report.stalled_note")
        << "</p>\n";
    if (!comparison.warnings.empty()) {
        out << "<ul class=\"warnings\">";
        for (const std::string& warning : comparison.warnings)
            out << "<li>" << html_escape(warning) << "</li>";
        out << "</ul>\n";
    }
}

}  // namespace

void write_objectives_html(const ObjectivesComparison& comparison, const SectionInput& input,
                           std::ostream& out) {
    const std::string& language = input.language;
    out << "<div class=\"objectives\">\n";
    if (comparison.territories.empty())
        out << "<p class=\"muted\">"
            << i18n::tr(language, "objectives-monitoring.report.no_objectives") << "</p>\n";
    for (const TerritoryObjectives& territory : comparison.territories) {
        out << "<div class=\"objectives-territory\" data-territory=\""
            << html_escape(territory.territory) << "\">\n";
        // A by-territory group already carries the name as its heading.
        if (territory.territory != input.group.group)
            out << "<h4>"
                << html_escape(territory_title(territory.territory, input.study, language))
                << "</h4>\n";
        out << "<p class=\"obj-counts\">" << html_escape(counts_text(territory, language))
            << "</p>\n<div class=\"obj-pair\">\n";
        write_transitions(comparison, territory, language, out);
        write_achievement(territory, input, out);
        out << "</div>\n";
        write_objective_list(territory, language, out);
        out << "</div>\n";
    }
    write_legend(comparison, language, out);
    out << "</div>\n";
}

}  // namespace sonda::objectives
