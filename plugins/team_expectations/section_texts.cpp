#include "team_expectations/section_texts.hpp"

#include <cctype>
#include <map>

#include "sonda/i18n/catalogue.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda::team_expectations {

namespace {

using report_detail::html_escape;

std::string label_of(const std::vector<AxisLabel>& labels, const std::string& id) {
    for (const AxisLabel& label : labels)
        if (label.id == id) return label.label.empty() ? id : label.label;
    return id;
}

std::string wave_of(const SectionInput& input, TextWave wave) {
    const std::string& id = wave == TextWave::From ? input.report.from_wave : input.report.to_wave;
    return input.study ? input.study->short_wave_title(id, input.language) : id;
}

std::string themes_of(const ExpectationsComparison& comparison, const ReportedText& text,
                      const std::string& language) {
    if (text.themes.empty()) return i18n::tr(language, "team-expectations.section.no_theme");
    std::string out;
    for (const std::string& theme : text.themes)
        out += (out.empty() ? "" : "; ") + label_of(comparison.themes, theme);
    return out;
}

// "Texts of 11 people at Workshop 1, of 11 at Workshop 2", or a wave withheld.
std::string writers_line(const SectionInput& input, const ExpectationsComparison& comparison) {
    const std::string& language = input.language;
    const auto side = [&](TextWave wave, long long n, bool suppressed) {
        return suppressed ? i18n::format(language, "team-expectations.section.wave_withheld",
                                         wave_of(input, wave).c_str(), input.report.min_cell)
                          : i18n::format_count(language, "team-expectations.section.wave_writers",
                                               n, wave_of(input, wave).c_str());
    };
    std::string line = side(TextWave::From, comparison.n_from, comparison.suppressed_from) + "; " +
                       side(TextWave::To, comparison.n_to, comparison.suppressed_to) + ".";
    line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
    return line;
}

bool any_uncoded(const ExpectationsComparison& comparison) {
    for (const ReportedCell& cell : comparison.uncoded)
        if (cell.texts_from.value_or(0) > 0 || cell.texts_to.value_or(0) > 0) return true;
    return false;
}

std::string count(const std::optional<long long>& value) {
    return value ? std::to_string(*value) : "–";
}

}  // namespace

const std::set<std::string>& section_keys() {
    static const std::set<std::string> keys{
        "theme_counts", "themes",          "services",      "coded_texts",  "uncoded", "n_from",
        "n_to",         "suppressed_from", "suppressed_to", "texts_listed", "warnings"};
    return keys;
}

void write_texts_html(const SectionInput& input, const ExpectationsComparison& comparison,
                      std::ostream& out) {
    const std::string& language = input.language;
    const auto say = [&](const char* key) { return html_escape(i18n::tr(language, key)); };
    out << "<p class=\"muted\">" << html_escape(writers_line(input, comparison)) << "</p>\n";
    if (any_uncoded(comparison)) {
        out << "<h4>" << say("team-expectations.section.uncoded") << "</h4>\n"
            << "<table class=\"data te-uncoded\"><thead><tr><th>"
            << say("team-expectations.section.service") << "</th><th class=\"num\">"
            << html_escape(wave_of(input, TextWave::From)) << "</th><th class=\"num\">"
            << html_escape(wave_of(input, TextWave::To)) << "</th></tr></thead><tbody>\n";
        for (const ReportedCell& cell : comparison.uncoded)
            out << "<tr><td>" << html_escape(label_of(comparison.services, cell.service))
                << "</td><td class=\"num\">" << count(cell.texts_from) << "</td><td class=\"num\">"
                << count(cell.texts_to) << "</td></tr>\n";
        out << "</tbody></table>\n";
    }
    if (!comparison.coded_texts.empty()) {
        out << "<details class=\"te-texts\"><summary>"
            << html_escape(
                   i18n::format_count(language, "team-expectations.section.read_texts",
                                      static_cast<long long>(comparison.coded_texts.size())))
            << "</summary>\n<table class=\"data\"><thead><tr><th>"
            << say("team-expectations.section.wave") << "</th><th>"
            << say("team-expectations.section.service") << "</th><th>"
            << say("team-expectations.section.text") << "</th><th>"
            << say("team-expectations.section.themes") << "</th></tr></thead><tbody>\n";
        for (const ReportedText& text : comparison.coded_texts)
            out << "<tr><td>" << html_escape(wave_of(input, text.wave)) << "</td><td>"
                << html_escape(label_of(comparison.services, text.service)) << "</td><td>"
                << html_escape(text.text) << "</td><td>"
                << html_escape(themes_of(comparison, text, language)) << "</td></tr>\n";
        out << "</tbody></table>\n</details>\n";
    }
    if (!comparison.warnings.empty()) {
        out << "<h4>" << say("team-expectations.section.warnings") << "</h4>\n<ul>\n";
        for (const std::string& warning : comparison.warnings)
            out << "<li>" << html_escape(warning) << "</li>\n";
        out << "</ul>\n";
    }
}

void write_texts_text(const SectionInput& input, const ExpectationsComparison& comparison,
                      std::ostream& out) {
    const std::string& language = input.language;
    out << "  " << writers_line(input, comparison) << '\n';
    // Theme by theme, all services together: the heatmap's totals.
    // A withheld cell makes its theme's total unknown, never smaller.
    std::map<std::string, std::pair<std::optional<long long>, std::optional<long long>>> totals;
    for (const ReportedCell& cell : comparison.theme_counts) {
        auto [found, fresh] = totals.try_emplace(cell.theme, 0LL, 0LL);
        auto& total = found->second;
        total.first = total.first && cell.texts_from ? *total.first + *cell.texts_from
                                                     : std::optional<long long>();
        total.second = total.second && cell.texts_to ? *total.second + *cell.texts_to
                                                     : std::optional<long long>();
    }
    if (!totals.empty()) {
        out << "  " << i18n::tr(language, "team-expectations.section.theme_totals") << ":\n";
        for (const AxisLabel& theme : comparison.themes)
            if (const auto found = totals.find(theme.id); found != totals.end())
                out << "    " << label_of(comparison.themes, theme.id) << ": "
                    << count(found->second.first) << " -> " << count(found->second.second) << '\n';
        // The heatmap's cells, service by service: texts, and the people who wrote them.
        out << "  " << i18n::tr(language, "team-expectations.section.by_service") << ":\n";
        for (const AxisLabel& service : comparison.services) {
            std::string cells;
            for (const ReportedCell& cell : comparison.theme_counts) {
                if (cell.service != service.id) continue;
                if (cell.texts_from.value_or(0) == 0 && cell.texts_to.value_or(0) == 0 &&
                    cell.texts_from && cell.texts_to)
                    continue;  // nothing either side: the totals say it
                cells += (cells.empty() ? "" : "; ") + label_of(comparison.themes, cell.theme) +
                         " " + count(cell.texts_from) + " -> " + count(cell.texts_to) + " (" +
                         i18n::format(language, "team-expectations.section.people",
                                      count(cell.respondents_from).c_str(),
                                      count(cell.respondents_to).c_str()) +
                         ")";
            }
            out << "    " << label_of(comparison.services, service.id) << ": "
                << (cells.empty() ? i18n::tr(language, "team-expectations.section.no_theme")
                                  : cells)
                << '\n';
        }
    }
    if (any_uncoded(comparison)) {
        out << "  " << i18n::tr(language, "team-expectations.section.uncoded") << ":\n";
        for (const ReportedCell& cell : comparison.uncoded)
            out << "    " << label_of(comparison.services, cell.service) << ": "
                << count(cell.texts_from) << " -> " << count(cell.texts_to) << '\n';
    }
    if (!comparison.coded_texts.empty()) {
        out << "  " << i18n::tr(language, "team-expectations.section.texts") << ":\n";
        for (const ReportedText& text : comparison.coded_texts)
            out << "    [" << wave_of(input, text.wave) << "] "
                << label_of(comparison.services, text.service) << ": " << text.text << " ("
                << themes_of(comparison, text, language) << ")\n";
    }
    for (const std::string& warning : comparison.warnings)
        out << "  " << i18n::tr(language, "team-expectations.section.warnings") << ": " << warning
            << '\n';
}

}  // namespace sonda::team_expectations
