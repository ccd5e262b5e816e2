// The CSV rendering of a report: one row per group x score with the columns
// of the JSON contract, for spreadsheets. RFC 4180 quoting, UTF-8, dot as
// the decimal separator and empty cells for missing or withheld figures (a
// withheld figure is never written as 0). Text cells (group names, score and
// band labels from the form and study files) get the spreadsheet safety of
// every sonda CSV (io/csv_writer.hpp): none can run as a formula.
#include <cmath>
#include <cstdio>

#include "../io/csv_writer.hpp"
#include "sonda/report/report.hpp"
#include "sonda/report/report_wording.hpp"
#include "sonda/report/verdict.hpp"

namespace sonda {

namespace {

std::string csv_field(const std::string& text) {
    return io::csv_quote(io::neutralise_formula(text), ',');
}

std::string csv_number(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) return "";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", *value);
    return buffer;
}

}  // namespace

void write_report_csv(const Report& report, std::ostream& out) {
    out << "form,from,to,by,min_cell,suppression,group,score,n_from,n_to,n_paired,design,"
           "mean_from,mean_to,sd_from,sd_to,median_from,median_to,delta,diff_mean,ci95_low,"
           "ci95_high,p_t,p_rank,effect_size,effect_size_kind,alpha_from,alpha_to,band_from,"
           "band_to,rci_improved_share,rci_worsened_share,improvement,verdict,outcome,suppressed,"
           "withheld\r\n";
    const std::string prefix = csv_field(report.form) + "," + csv_field(report.from_wave) + "," +
                               csv_field(report.to_wave) + "," + report_detail::by_name(report.by) +
                               "," + std::to_string(report.min_cell) + "," +
                               (report.suppression ? "true" : "false") + ",";
    for (const GroupReport& group : report.groups) {
        for (const ScoreReport& score : group.scores) {
            const ScoreComparison& s = score.stats;
            const ScoreDefinition* definition = report_detail::definition_of(report, s.score);
            const char* improvement =
                improvement_id(definition ? definition->improvement : Improvement::Neither);
            out << prefix << csv_field(group.group) << ',' << csv_field(s.score) << ',';
            if (s.suppressed) {
                out << std::string(24, ',') << improvement << ",,,true,"
                    << (score.withheld == Withheld::Protects ? "protects" : "small") << "\r\n";
                continue;
            }
            out << s.n_from << ',' << s.n_to << ',' << s.n_paired << ','
                << report_detail::design_name(s.design) << ',';
            for (std::optional<double> value :
                 {s.mean_from, s.mean_to, s.sd_from, s.sd_to, s.median_from, s.median_to, s.delta,
                  s.diff_mean, s.ci95_low, s.ci95_high, s.p_t, s.p_rank, s.effect_size})
                out << csv_number(value) << ',';
            out << csv_field(s.effect_size_kind) << ',' << csv_number(s.alpha_from) << ','
                << csv_number(s.alpha_to) << ',' << csv_field(score.band_from.value_or("")) << ','
                << csv_field(score.band_to.value_or("")) << ',' << csv_number(s.rci_improved_share)
                << ',' << csv_number(s.rci_worsened_share) << ',' << improvement << ',';
            const ChangeVerdict verdict = judge_change(report, score);
            out << verdict_id(verdict.verdict) << ',' << outcome_id(verdict.outcome)
                << ",false,\r\n";
        }
    }
}

}  // namespace sonda
