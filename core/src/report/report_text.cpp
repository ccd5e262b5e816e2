// The terminal rendering of a report: per group a table of the scores and a
// plain-language reading of each change; what the instrument adds is printed
// generically from its JSON, so a new plugin's extras show without changes
// here.
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "report_renderers.hpp"
#include "sonda/engine.hpp"
#include "sonda/report/report.hpp"
#include "sonda/report/report_wording.hpp"

namespace sonda {

namespace {

using namespace report_detail;

// Columns are padded by code points, so "Società" lines up like "Societa".
std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;
    return width;
}

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t shown = display_width(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

void write_table(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        if (row.size() < 2) continue;  // a row spanning the table sets no width
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
    }
    for (const auto& row : rows) {
        std::string line = "  ";
        for (std::size_t i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : pad(row[i], widths[i]) + "  ";
        out << line << '\n';
    }
}

std::string scalar_text(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return "null";
    if (value.type() == typeid(Poco::JSON::Object::Ptr) ||
        value.type() == typeid(Poco::JSON::Array::Ptr))
        return "";
    return value.toString();
}

// What an instrument adds, as indented "key: value" lines; arrays of objects
// become small tables so lists of moves and transitions stay readable.
void write_json_text(const Poco::Dynamic::Var& value, int indent, std::ostream& out);

void write_object_text(const Poco::JSON::Object& object, int indent, std::ostream& out,
                       const std::set<std::string>& skip = {}) {
    const std::string margin(static_cast<std::size_t>(indent), ' ');
    for (const std::string& key : object.getNames()) {
        if (skip.count(key)) continue;
        const Poco::Dynamic::Var value = object.get(key);
        const std::string scalar = scalar_text(value);
        if (!scalar.empty()) {
            out << margin << key << ": " << scalar << '\n';
        } else {
            out << margin << key << ":\n";
            write_json_text(value, indent + 2, out);
        }
    }
}

void write_json_text(const Poco::Dynamic::Var& value, int indent, std::ostream& out) {
    const std::string margin(static_cast<std::size_t>(indent), ' ');
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        auto object = value.extract<Poco::JSON::Object::Ptr>();
        if (object) write_object_text(*object, indent, out);
        return;
    }
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        out << margin << scalar_text(value) << '\n';
        return;
    }
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    if (!array || array->size() == 0) {
        out << margin << "(none)\n";
        return;
    }
    // Objects whose values are all scalars: a table with the union of keys.
    std::vector<std::string> columns;
    bool flat = true;
    for (std::size_t i = 0; i < array->size() && flat; ++i) {
        auto row = array->getObject(static_cast<unsigned>(i));
        if (!row) {
            flat = false;
            break;
        }
        for (const std::string& key : row->getNames()) {
            if (scalar_text(row->get(key)).empty()) flat = false;
            if (std::find(columns.begin(), columns.end(), key) == columns.end())
                columns.push_back(key);
        }
    }
    if (flat) {
        std::vector<std::vector<std::string>> rows{columns};
        for (std::size_t i = 0; i < array->size(); ++i) {
            auto row = array->getObject(static_cast<unsigned>(i));
            std::vector<std::string> cells;
            for (const std::string& key : columns)
                cells.push_back(row->has(key) ? scalar_text(row->get(key)) : "");
            rows.push_back(cells);
        }
        std::ostringstream table;
        write_table(rows, table);
        std::istringstream lines(table.str());
        for (std::string line; std::getline(lines, line);) out << margin << line << '\n';
        return;
    }
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var element = array->get(static_cast<unsigned>(i));
        const std::string scalar = scalar_text(element);
        if (!scalar.empty()) {
            out << margin << "- " << scalar << '\n';
        } else {
            out << margin << "-\n";
            write_json_text(element, indent + 2, out);
        }
    }
}

std::vector<std::string> score_row(const Report& report, const ScoreReport& score,
                                   const std::string& language) {
    const ScoreComparison& s = score.stats;
    std::vector<std::string> row{score_title(report, s.score, language)};
    if (s.suppressed) {
        row.push_back(suppressed_marker(report, score, language));
        return row;
    }
    row.push_back(std::to_string(s.n_from) + "/" + std::to_string(s.n_to) + "/" +
                  std::to_string(s.n_paired));
    row.push_back(tr(language, design_name(s.design)));
    row.push_back(format_number(s.mean_from, 2, language) + " -> " +
                  format_number(s.mean_to, 2, language));
    row.push_back(format_signed(s.diff_mean, 2, language));
    row.push_back("[" + format_signed(s.ci95_low, 2, language) + ", " +
                  format_signed(s.ci95_high, 2, language) + "]");
    row.push_back(format_p(s.p_t, language));
    row.push_back(format_p(s.p_rank, language));
    row.push_back(s.effect_size ? (s.effect_size_kind == "cohen_dz" ? "dz " : "g ") +
                                      format_number(s.effect_size, 2, language)
                                : "–");
    row.push_back(format_number(s.alpha_from, 2, language) + "/" +
                  format_number(s.alpha_to, 2, language));
    const ScoreDefinition* definition = definition_of(report, s.score);
    row.push_back(band_title(definition, score.band_from, language) + " -> " +
                  band_title(definition, score.band_to, language));
    return row;
}

}  // namespace

void report_detail::write_report_text(const Report& report, const Study* study,
                                      const ReportSection* section, const std::string& language,
                                      std::ostream& out) {
    const std::string rule(72, '=');
    if (!report.suppression) {
        out << rule << '\n'
            << "!! " << suppression_off_warning(report, language) << '\n'
            << rule << "\n\n";
    }
    std::string title = report.form_title.empty() ? report.form : report.form_title.get(language);
    out << tr(language, "report") << ": " << title << " (" << report.form << " v"
        << report.form_version << ")\n";
    out << tr(language, "from") << ": " << wave_title(report.from_wave, study, language) << "  "
        << tr(language, "to") << ": " << wave_title(report.to_wave, study, language) << "  "
        << tr(language, "by") << ": " << tr(language, std::string("by.") + by_name(report.by))
        << '\n';
    out << tr(language, "min_cell") << ": " << report.min_cell << ' ' << tr(language, "respondents")
        << '\n';
    out << tr(language, "pairing.heading") << ": " << pairing_text(report, language) << '\n';
    for (const ReportNote& note : report.notes)
        out << "\n" << tr(language, "note") << ": " << note_text(report, note, language) << '\n';
    if (report.groups.empty()) out << '\n' << tr(language, "no_groups") << '\n';

    for (const GroupReport& group : report.groups) {
        const std::string heading = group_title(group, study, language);
        out << '\n' << heading;
        if (heading != group.group) out << " [" << group.group << "]";
        out << '\n' << std::string(std::max<std::size_t>(display_width(heading), 8), '-') << '\n';

        std::vector<std::vector<std::string>> rows{
            {tr(language, "score"),
             tr(language, "n_from") + "/" + tr(language, "n_to") + "/" + tr(language, "n_paired"),
             tr(language, "design"), tr(language, "mean_from") + " -> " + tr(language, "mean_to"),
             tr(language, "change"), tr(language, "ci95"), tr(language, "p_t"),
             tr(language, "p_rank"), tr(language, "effect"), tr(language, "alpha"),
             tr(language, "bands")}};
        for (const ScoreReport& score : group.scores)
            rows.push_back(score_row(report, score, language));
        write_table(rows, out);

        out << '\n' << tr(language, "reading") << ":\n";
        if (group.withheld != Withheld::No)
            out << "  - " << withheld_reading(report, group.withheld, language) << '\n';
        else
            for (const ScoreReport& score : group.scores)
                out << "  - " << read_change(report, score, language).text << '\n';

        if (group.instrument && group.instrument->size() > 0) {
            out << '\n' << tr(language, "instrument") << ":\n";
            SectionOutput written;
            if (section)
                written = run_section([&](std::ostream& buffer) {
                    return section->write_text(SectionInput{report, group, study, language},
                                               buffer);
                });
            out << written.written;
            // What the section did not show, generically: nothing is lost
            // but the bookkeeping the report's header already gives (as in HTML).
            std::set<std::string> skip = written.shown;
            skip.insert({"instrument", "min_cell", "team_level"});
            write_object_text(*group.instrument, 2, out, skip);
            if (written.note)
                out << '\n'
                    << tr(language, "note") << ": " << note_text(report, *written.note, language)
                    << '\n';
        }
        for (const ReportNote& note : group.notes)
            out << '\n'
                << tr(language, "note") << ": " << note_text(report, note, language) << '\n';
    }
}

void write_report_text(const Report& report, const Project& project, const std::string& language,
                       std::ostream& out) {
    report_detail::write_report_text(report, &project.study(),
                                     project.registry().report_section(report.instrument), language,
                                     out);
}

}  // namespace sonda
