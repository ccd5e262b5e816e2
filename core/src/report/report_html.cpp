// The shareable rendering of a report: one self-contained HTML file (inline
// CSS and SVG, no script, no fetch: a Content-Security-Policy forbids both),
// one section per group that starts a new A4 page when printed. Every text
// that comes from data goes through html_escape.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "../chart/chart_kinds.hpp"
#include "report_renderers.hpp"
#include "sonda/chart/svg_scene.hpp"
#include "sonda/engine.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/report/report_wording.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda {

namespace {

using namespace report_detail;

const char* kStyle = R"CSS(
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       color: #1d232a; margin: 0 auto; max-width: 190mm; padding: 8mm 0; line-height: 1.35; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid #2f5d8a; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; color: #2f5d8a; }
.meta { color: #4a5561; margin: 0 0 4mm; }
.meta span { margin-right: 5mm; display: inline-block; }
.note { border-left: 3px solid #b26b00; background: #fff6e5; padding: 1.5mm 3mm; margin: 2mm 0; }
.banner { border: 3px solid #b3261e; background: #fdecea; color: #7a1610; font-weight: bold;
          padding: 3mm 4mm; margin: 0 0 5mm; }
section.group { break-before: page; page-break-before: always; }
section.group:first-of-type { break-before: auto; page-break-before: auto; }
section.group.withheld { break-before: auto; page-break-before: auto; }
.chart, table { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; }
th, td { border-bottom: 1px solid #d5dbe1; padding: 1mm 0.8mm; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num.pair { white-space: normal; }
/* A long score table may continue on the next page (its header repeats), never mid-row. */
table.scores { break-inside: auto; page-break-inside: auto; }
table.scores tr { break-inside: avoid; page-break-inside: avoid; }
.nowrap { white-space: nowrap; }
td.bands { white-space: nowrap; }
td.suppressed { color: #6b4e00; background: #fff7e0; font-style: italic; }
p.withheld { color: #6b4e00; background: #fff7e0; font-style: italic; padding: 2mm 3mm; }
table.kv th { width: 30%; background: #f6f8fa; font-weight: 600; }
table.kv table { margin: 0; }
.band { display: inline-block; padding: 0 1mm; border-radius: 2mm; font-size: 8.5pt;
        white-space: nowrap; background: #e4e8ec; }
.band.b-bad { background: #f8d7d3; } .band.b-mid { background: #fbeec1; } .band.b-good { background: #d3ecd6; }
ul.reading li { margin-bottom: 1.5mm; }
ul.reading li.not-clear { color: #4a5561; }
.tag { font-size: 8pt; text-transform: uppercase; letter-spacing: .04em; padding: 0 1.5mm;
       border-radius: 1mm; margin-right: 1.5mm; }
.tag.held, .tag.uncertain, .tag.not_computable { background: #e4e8ec; color: #4a5561; }
.tag.improved { background: #1f7a3a; color: white; } .tag.worsened { background: #b3261e; color: white; }
.tag.changed { background: #2f5d8a; color: white; }
.muted { color: #7b8691; }
.legend { font-size: 8.5pt; color: #4a5561; }
svg text { font-family: inherit; }
footer { margin-top: 8mm; font-size: 8pt; color: #7b8691; }
@media print { .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)CSS";

// A score's name in the chart's label column: cut so it never runs into the
// plot (long labels such as "Achievement rate (achieved / not dropped)"); the
// table below the chart carries the full name.
std::string chart_label(const std::string& title) {
    constexpr std::size_t kMaxCodePoints = 30;
    std::size_t points = 0;
    for (std::size_t i = 0; i < title.size(); ++i)
        if ((static_cast<unsigned char>(title[i]) & 0xC0) != 0x80 && points++ == kMaxCodePoints)
            return title.substr(0, i) + "…";
    return title;
}

bool usable(std::optional<double> value) { return value && std::isfinite(*value); }

// Colour follows improvement, not sign: a clear fall of a score where lower is
// better is green. Only clear changes are coloured.
const char* outcome_colour(Outcome outcome) {
    switch (outcome) {
        case Outcome::Improved:
            return "#1f7a3a";
        case Outcome::Worsened:
            return "#b3261e";
        case Outcome::Changed:
            return "#2f5d8a";
        default:
            return "#7b8691";
    }
}

// One scale for every group, so a whisker in one territory can be compared
// by eye with the same score in another.
double chart_half_range(const Report& report) {
    double largest = 0.25;
    for (const GroupReport& group : report.groups)
        for (const ScoreReport& score : group.scores) {
            const ScoreComparison& s = score.stats;
            if (s.suppressed) continue;
            for (std::optional<double> value : {s.diff_mean, s.ci95_low, s.ci95_high})
                if (usable(value)) largest = std::max(largest, std::fabs(*value));
        }
    // A round limit: 0.5, 1, 2, 5 ... keeps the axis labels readable.
    for (double limit : {0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0})
        if (largest <= limit) return limit;
    return std::ceil(largest);
}

void write_change_chart(const Report& report, const GroupReport& group, double half_range,
                        const std::string& language, std::ostream& out) {
    const int label_width = 190, plot_width = 400, value_width = 110, row_height = 26, top = 22;
    const int width = label_width + plot_width + value_width;
    const int height = top + row_height * static_cast<int>(group.scores.size()) + 24;
    auto x_of = [&](double value) {
        return label_width + (value + half_range) / (2 * half_range) * plot_width;
    };
    out << "<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
           "width=\"100%\" "
        << "viewBox=\"0 0 " << width << ' ' << height << "\" aria-label=\""
        << html_escape(tr(language, "change") + " " + tr(language, "ci95")) << "\">\n";
    // Axis: zero line and ticks at the ends and halves.
    for (double tick : {-half_range, -half_range / 2, 0.0, half_range / 2, half_range}) {
        const double x = x_of(tick);
        out << "<line x1=\"" << x << "\" y1=\"" << top - 6 << "\" x2=\"" << x << "\" y2=\""
            << height - 20 << "\" stroke=\"" << (tick == 0.0 ? "#1d232a" : "#d5dbe1")
            << "\" stroke-width=\"" << (tick == 0.0 ? 1.2 : 0.8) << "\"/>\n";
        out << "<text x=\"" << x << "\" y=\"" << height - 6
            << "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#4a5561\">"
            << html_escape(format_signed(tick, 2, language)) << "</text>\n";
    }
    out << "<text x=\"" << label_width + plot_width / 2 << "\" y=\"11\" font-size=\"10\" "
        << "text-anchor=\"middle\" fill=\"#4a5561\">" << html_escape(tr(language, "change")) << " ("
        << html_escape(tr(language, "ci95")) << ")</text>\n";

    int row = 0;
    for (const ScoreReport& score : group.scores) {
        const ScoreComparison& s = score.stats;
        const double y = top + row_height * row + row_height / 2.0;
        ++row;
        out << "<text x=\"0\" y=\"" << y + 4 << "\" font-size=\"11\">"
            << html_escape(chart_label(score_title(report, s.score, language))) << "<title>"
            << html_escape(score_title(report, s.score, language)) << "</title></text>\n";
        if (s.suppressed) {
            out << "<text x=\"" << label_width + 8 << "\" y=\"" << y + 4
                << "\" font-size=\"10.5\" font-style=\"italic\" fill=\"#6b4e00\">"
                << html_escape(suppressed_marker(report, score, language)) << "</text>\n";
            continue;
        }
        if (!usable(s.diff_mean)) {
            out << "<text x=\"" << label_width + 8 << "\" y=\"" << y + 4
                << "\" font-size=\"10.5\" fill=\"#7b8691\">–</text>\n";
            continue;
        }
        const char* colour = outcome_colour(judge_change(report, score).outcome);
        auto clamp = [&](double value) { return std::clamp(value, -half_range, half_range); };
        if (usable(s.ci95_low) && usable(s.ci95_high)) {
            const double x1 = x_of(clamp(*s.ci95_low)), x2 = x_of(clamp(*s.ci95_high));
            out << "<line x1=\"" << x1 << "\" y1=\"" << y << "\" x2=\"" << x2 << "\" y2=\"" << y
                << "\" stroke=\"" << colour << "\" stroke-width=\"2.2\"/>\n";
            for (double x : {x1, x2})
                out << "<line x1=\"" << x << "\" y1=\"" << y - 5 << "\" x2=\"" << x << "\" y2=\""
                    << y + 5 << "\" stroke=\"" << colour << "\" stroke-width=\"2.2\"/>\n";
        }
        out << "<circle class=\"estimate\" cx=\"" << x_of(clamp(*s.diff_mean)) << "\" cy=\"" << y
            << "\" r=\"5\" fill=\"" << colour << "\"/>\n";
        out << "<text x=\"" << label_width + plot_width + 8 << "\" y=\"" << y + 4
            << "\" font-size=\"10.5\">" << html_escape(format_signed(s.diff_mean, 2, language))
            << " <tspan fill=\"#7b8691\">n=" << (s.design == Design::Paired ? s.n_paired : s.n_to)
            << "</tspan></text>\n";
    }
    out << "</svg></div>\n";
}

std::string band_chip(const ScoreDefinition* definition, const std::optional<std::string>& band,
                      const std::string& language) {
    if (!band) return "<span class=\"muted\">–</span>";
    // Colour follows improvement, as the changes do: the band at the better
    // end is green, at the worse end red (the lowest band of a score where
    // less is better is its best); no better direction, no colour.
    std::string kind;
    if (definition && definition->bands.size() >= 2 &&
        definition->improvement != Improvement::Neither) {
        const bool higher = definition->improvement == Improvement::Higher;
        for (std::size_t i = 0; i < definition->bands.size(); ++i) {
            if (definition->bands[i].id != *band) continue;
            const bool lowest = i == 0, highest = i + 1 == definition->bands.size();
            kind = (higher ? highest : lowest)   ? "b-good"
                   : (higher ? lowest : highest) ? "b-bad"
                                                 : "b-mid";
        }
    }
    return "<span class=\"band " + kind + "\">" +
           html_escape(band_title(definition, band, language)) + "</span>";
}

void write_score_table(const Report& report, const GroupReport& group, const std::string& language,
                       std::ostream& out) {
    out << "<table class=\"data scores\"><thead><tr><th>" << html_escape(tr(language, "score"))
        << "</th><th>n<br><span class=\"muted\">" << html_escape(tr(language, "n_from")) << " / "
        << html_escape(tr(language, "n_to")) << " / " << html_escape(tr(language, "n_paired"))
        << "</span></th>";
    for (const char* key : {"mean", "change", "ci95", "p_t", "p_rank", "effect", "alpha", "bands"})
        out << "<th>" << html_escape(tr(language, key)) << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const ScoreReport& score : group.scores) {
        const ScoreComparison& s = score.stats;
        out << "<tr><td>" << html_escape(score_title(report, s.score, language)) << "</td>";
        if (s.suppressed) {
            out << "<td class=\"suppressed\" colspan=\"9\">"
                << html_escape(suppressed_marker(report, score, language)) << "</td></tr>\n";
            continue;
        }
        auto num = [&](const std::string& text) {
            out << "<td class=\"num\">" << html_escape(text) << "</td>";
        };
        num(std::to_string(s.n_from) + "/" + std::to_string(s.n_to) + "/" +
            std::to_string(s.n_paired));
        // Two figures a cell may break between them, never inside one.
        auto pair = [&](const std::string& first, const std::string& second) {
            out << "<td class=\"num pair\"><span class=\"nowrap\">" << html_escape(first)
                << "</span> <span class=\"nowrap\">" << html_escape(second) << "</span></td>";
        };
        num(format_number(s.mean_from, 2, language) + " → " +
            format_number(s.mean_to, 2, language));
        num(format_signed(s.diff_mean, 2, language));
        pair("[" + format_signed(s.ci95_low, 2, language) + ",",
             format_signed(s.ci95_high, 2, language) + "]");
        num(format_p(s.p_t, language));
        num(format_p(s.p_rank, language));
        num(s.effect_size ? (s.effect_size_kind == "cohen_dz" ? "dz " : "g ") +
                                format_number(s.effect_size, 2, language)
                          : "–");
        num(format_number(s.alpha_from, 2, language) + " / " +
            format_number(s.alpha_to, 2, language));
        const ScoreDefinition* definition = definition_of(report, s.score);
        // One band a line: side by side, two long band names ("Da consolidare
        // → Punto di forza") pushed the table past the right edge of A4.
        out << "<td class=\"bands\">" << band_chip(definition, score.band_from, language)
            << " →<br>" << band_chip(definition, score.band_to, language) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

// The chart, the table and the reading of a published group.
void write_group_figures(const Report& report, const GroupReport& group, double half_range,
                         const std::string& language, std::ostream& out) {
    write_change_chart(report, group, half_range, language, out);
    write_score_table(report, group, language, out);
    out << "<h3>" << html_escape(tr(language, "reading")) << "</h3>\n<ul class=\"reading\">\n";
    for (const ScoreReport& score : group.scores) {
        const Reading reading = read_change(report, score, language);
        if (score.stats.suppressed) {
            // A withheld cell has no verdict to tag, only its reason.
            out << "<li class=\"not-clear withheld\">" << html_escape(reading.text) << "</li>\n";
            continue;
        }
        const Outcome outcome = reading.verdict.outcome;
        out << "<li" << (reading.verdict.verdict != Verdict::Clear ? " class=\"not-clear\"" : "")
            << " data-verdict=\"" << verdict_id(reading.verdict.verdict) << "\"><span class=\"tag "
            << outcome_id(outcome) << "\">" << html_escape(outcome_words(outcome, language))
            << "</span>" << html_escape(reading.text) << "</li>\n";
    }
    out << "</ul>\n";
}

void write_notes(const Report& report, const std::vector<ReportNote>& notes,
                 const std::string& language, std::ostream& out) {
    for (const ReportNote& note : notes)
        out << "<p class=\"note\"><strong>" << html_escape(tr(language, "note")) << ":</strong> "
            << html_escape(note_text(report, note, language)) << "</p>\n";
}

void write_group(const Report& report, const GroupReport& group, const Study* study,
                 const ReportSection* section, double half_range, const std::string& language,
                 std::ostream& out) {
    const std::string title = group_title(group, study, language);
    // A withheld group is one line: it shares the page of the group before.
    out << "<section class=\"group" << (group.withheld != Withheld::No ? " withheld" : "")
        << "\" data-group=\"" << html_escape(group.group) << "\">\n<h2>" << html_escape(title);
    if (title != group.group)
        out << " <span class=\"muted\">" << html_escape(group.group) << "</span>";
    out << "</h2>\n";
    if (group.withheld != Withheld::No) {
        // No chart, no table of blanks and no verdict: there is nothing to
        // judge, only the reason, once.
        out << "<p class=\"withheld\">"
            << html_escape(withheld_reading(report, group.withheld, language)) << "</p>\n";
    } else {
        write_group_figures(report, group, half_range, language, out);
    }

    if (group.instrument && group.instrument->size() > 0) {
        out << "<h3>" << html_escape(tr(language, "instrument")) << "</h3>\n";
        SectionOutput written;
        if (section)
            written = run_section([&](std::ostream& buffer) {
                return section->write_html(SectionInput{report, group, study, language}, buffer);
            });
        out << written.written;
        write_extras_html(*group.instrument, written.shown, out);
        if (written.note) write_notes(report, {*written.note}, language, out);
    }
    write_notes(report, group.notes, language, out);
    out << "</section>\n";
}

}  // namespace

void report_detail::write_extras_html(const Poco::JSON::Object& extras,
                                      const std::set<std::string>& shown, std::ostream& out) {
    for (const std::string& key : extras.getNames()) {
        // Bookkeeping the report already shows in its own header.
        if (shown.count(key) || key == "instrument" || key == "min_cell" || key == "team_level")
            continue;
        out << "<h4>" << html_escape(key_title(key)) << "</h4>\n";
        write_json_html(extras.get(key), out);
    }
}

void report_detail::write_report_html(const Report& report, const Study* study,
                                      const ReportSection* section, const std::string& language,
                                      std::ostream& out) {
    // The section's style is its code too: failing, it costs the style and says so.
    std::string section_style;
    std::optional<ReportNote> style_failed;
    if (section) {
        const SectionOutput style = run_section([&](std::ostream& style_out) {
            style_out << section->html_style();
            return std::set<std::string>{};
        });
        section_style = style.written;
        style_failed = style.note;
    }
    const std::string form_title =
        report.form_title.empty() ? report.form : report.form_title.get(language);
    out << "<!DOCTYPE html>\n<html lang=\"" << html_escape(language == "it" ? "it" : "en")
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        // Nothing may be fetched or run: the file is shared by e-mail and
        // opened offline, and free texts in it come from respondents.
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>" << html_escape(tr(language, "report") + ": " + form_title) << "</title>\n"
        << "<style>" << kStyle << section_style << "</style>\n</head>\n<body>\n";
    out << "<main id=\"sonda-report\" data-form=\"" << html_escape(report.form)
        << "\" data-groups=\"" << report.groups.size() << "\">\n";
    if (!report.suppression)
        out << "<div class=\"banner\" id=\"suppression-off\">"
            << html_escape(suppression_off_warning(report, language)) << "</div>\n";
    out << "<h1>" << html_escape(tr(language, "report") + ": " + form_title) << "</h1>\n";
    out << "<p class=\"meta\"><span>" << html_escape(tr(language, "form")) << ": "
        << html_escape(report.form) << " v" << report.form_version << "</span><span>"
        << html_escape(tr(language, "from")) << ": "
        << html_escape(wave_title(report.from_wave, study, language)) << "</span><span>"
        << html_escape(tr(language, "to")) << ": "
        << html_escape(wave_title(report.to_wave, study, language)) << "</span><span>"
        << html_escape(tr(language, "by")) << ": "
        << html_escape(tr(language, std::string("by.") + by_name(report.by))) << "</span><span>"
        << html_escape(tr(language, "min_cell")) << ": " << report.min_cell << "</span></p>\n";
    out << "<p class=\"pairing\" id=\"pairing\"><strong>"
        << html_escape(tr(language, "pairing.heading")) << ":</strong> "
        << html_escape(pairing_text(report, language)) << "</p>\n";
    write_notes(report, report.notes, language, out);
    if (style_failed) write_notes(report, {*style_failed}, language, out);
    if (report.groups.empty()) out << "<p>" << html_escape(tr(language, "no_groups")) << "</p>\n";
    const double half_range = chart_half_range(report);
    for (const GroupReport& group : report.groups)
        write_group(report, group, study, section, half_range, language, out);
    out << "<footer>sonda " << html_escape(version_string())
        << "</footer>\n</main>\n</body>\n</html>\n";
}

void write_report_html(const Report& report, const Project& project, const std::string& language,
                       std::ostream& out) {
    report_detail::write_report_html(report, &project.study(),
                                     project.registry().report_section(report.instrument), language,
                                     out);
}

}  // namespace sonda
