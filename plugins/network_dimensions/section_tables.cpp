#include "section_tables.hpp"

#include <cmath>
#include <cstdio>

#include "dimension_bands.hpp"
#include "map_change.hpp"
#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::network_dimensions {

namespace {

using report_detail::html_escape;

std::string wave_of(const SectionInput& input, bool later) {
    const std::string& id = later ? input.report.to_wave : input.report.from_wave;
    return input.study ? input.study->short_wave_title(id, input.language) : id;
}

std::string count(const std::optional<int>& value) { return value ? std::to_string(*value) : "–"; }

// A ring is a median: 2.5 sits between rings 2 and 3.
std::string ring(const std::optional<double>& value, const std::string& language) {
    if (!value) return "–";
    if (std::floor(*value) == *value) return std::to_string(static_cast<int>(*value));
    return report_detail::format_number(*value, 1, language);
}

std::string move_words(const std::string& move, const std::string& language) {
    if (move == "moved_inward") return i18n::tr(language, "network-dimensions.map.inward");
    if (move == "moved_outward") return i18n::tr(language, "network-dimensions.map.outward");
    if (move == "appeared") return i18n::tr(language, "network-dimensions.map.appeared");
    if (move == "disappeared") return i18n::tr(language, "network-dimensions.map.disappeared");
    if (move == "unclassified") return i18n::tr(language, "network-dimensions.map.move_hidden");
    return i18n::tr(language, "network-dimensions.map.unchanged");
}

// "Condivisione: Criticità 1 → 0, Da consolidare 7 → 2, Punto di forza 3 → 9"
std::string bands_line(const DimensionBands& dimension) {
    std::string line;
    for (std::size_t b = 0; b < dimension.from.size(); ++b) {
        const BandCount& from = dimension.from[b];
        const std::optional<int> to =
            b < dimension.to.size() ? dimension.to[b].count : std::optional<int>();
        line +=
            (line.empty() ? "" : ", ") + from.label + " " + count(from.count) + " → " + count(to);
    }
    return line;
}

// "11 → 11", with the missing when any: "10 → 11 (1 → 0 without a score)".
std::string respondents_cell(const DimensionBands& dimension, const std::string& language) {
    std::string cell = count(dimension.n_from) + " → " + count(dimension.n_to);
    if (dimension.missing_from.value_or(0) > 0 || dimension.missing_to.value_or(0) > 0)
        cell += " " + i18n::format(language, "network-dimensions.section.missing",
                                   count(dimension.missing_from).c_str(),
                                   count(dimension.missing_to).c_str());
    return cell;
}

// Who drew the map, and how those who drew it twice moved their own actors.
std::vector<std::string> map_lines(const MapChange& change, const std::string& language) {
    std::vector<std::string> lines{i18n::format(language, "network-dimensions.section.drew",
                                                change.respondents_from, change.respondents_to)};
    if (change.paired) {
        const PairedMoves& moves = *change.paired;
        lines.push_back(i18n::format(language, "network-dimensions.section.paired", moves.pairs,
                                     moves.respondents_with_moves, moves.moved_inward,
                                     moves.moved_outward, moves.appeared, moves.disappeared,
                                     moves.unchanged));
    }
    return lines;
}

}  // namespace

const std::set<std::string>& section_keys() {
    static const std::set<std::string> keys{"n_from",     "n_to",       "min_cell",
                                            "suppressed", "dimensions", "network_map"};
    return keys;
}

void write_tables_html(const SectionInput& input, const MapChange& change, std::ostream& out) {
    const std::string& language = input.language;
    const std::vector<DimensionBands> dimensions = read_dimension_bands(input.group.instrument);
    if (!dimensions.empty() && !dimensions.front().from.empty()) {
        out << "<h4>" << html_escape(i18n::tr(language, "network-dimensions.section.bands"))
            << "</h4>\n<table class=\"data nd-bands\"><thead><tr><th></th><th class=\"num\">"
            << html_escape(i18n::tr(language, "network-dimensions.section.respondents")) << "</th>";
        for (const BandCount& band : dimensions.front().from)
            out << "<th class=\"num\">" << html_escape(band.label) << "</th>";
        out << "</tr></thead><tbody>\n";
        for (const DimensionBands& dimension : dimensions) {
            out << "<tr><td>" << html_escape(dimension.label) << "</td><td class=\"num\">"
                << html_escape(respondents_cell(dimension, language)) << "</td>";
            for (std::size_t b = 0; b < dimension.from.size(); ++b)
                out << "<td class=\"num\">" << count(dimension.from[b].count) << " → "
                    << count(b < dimension.to.size() ? dimension.to[b].count : std::optional<int>())
                    << "</td>";
            out << "</tr>\n";
        }
        out << "</tbody></table>\n<p class=\"legend\">"
            << html_escape(i18n::format(language, "network-dimensions.section.bands_note",
                                        wave_of(input, false).c_str(),
                                        wave_of(input, true).c_str()))
            << "</p>\n";
    }
    if (!change.present || change.suppressed) return;
    const auto say = [&](const char* key) { return html_escape(i18n::tr(language, key)); };
    out << "<h4>" << say("network-dimensions.section.actors") << "</h4>\n";
    for (const std::string& line : map_lines(change, language))
        out << "<p class=\"legend\">" << html_escape(line) << "</p>\n";
    if (change.actors.empty()) return;
    out << "<table class=\"data nd-actors\"><thead><tr><th>"
        << say("network-dimensions.section.actor") << "</th><th class=\"num\">"
        << say("network-dimensions.section.ring_heading") << "</th><th class=\"num\">"
        << say("network-dimensions.section.placed_by_heading") << "</th><th>"
        << say("network-dimensions.section.move") << "</th></tr></thead><tbody>\n";
    for (const ListedActor& actor : change.actors)
        out << "<tr><td>" << html_escape(actor.label) << "</td><td class=\"num\">"
            << ring(actor.ring_from, language) << " → " << ring(actor.ring_to, language)
            << "</td><td class=\"num\">" << count(actor.placed_by_from) << " → "
            << count(actor.placed_by_to) << "</td><td>"
            << html_escape(move_words(actor.move, language)) << "</td></tr>\n";
    out << "</tbody></table>\n";
    if (change.actors_withheld > 0)
        out << "<p class=\"legend\">"
            << html_escape(i18n::format_count(language, "network-dimensions.map.withheld_actors",
                                              change.actors_withheld, input.report.min_cell))
            << "</p>\n";
}

void write_tables_text(const SectionInput& input, const MapChange& change, std::ostream& out) {
    const std::string& language = input.language;
    const std::vector<DimensionBands> dimensions = read_dimension_bands(input.group.instrument);
    if (!dimensions.empty()) {
        out << "  " << i18n::tr(language, "network-dimensions.section.bands") << ":\n";
        for (const DimensionBands& dimension : dimensions)
            out << "    " << dimension.label << " (" << respondents_cell(dimension, language)
                << "): " << bands_line(dimension) << '\n';
    }
    if (!change.present || change.suppressed) return;
    for (const std::string& line : map_lines(change, language)) out << "  " << line << '\n';
    if (change.actors.empty()) return;
    out << "  " << i18n::tr(language, "network-dimensions.section.actors") << " ("
        << i18n::tr(language, "network-dimensions.section.ring") << ", "
        << i18n::tr(language, "network-dimensions.section.placed_by") << "):\n";
    for (const ListedActor& actor : change.actors)
        out << "    " << actor.label << ": " << ring(actor.ring_from, language) << " → "
            << ring(actor.ring_to, language) << ", " << count(actor.placed_by_from) << " → "
            << count(actor.placed_by_to) << ", " << move_words(actor.move, language) << '\n';
    if (change.actors_withheld > 0)
        out << "    "
            << i18n::format_count(language, "network-dimensions.map.withheld_actors",
                                  change.actors_withheld, input.report.min_cell)
            << '\n';
}

}  // namespace sonda::network_dimensions
