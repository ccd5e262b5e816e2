#include "objectives_monitoring/report_section.hpp"

#include "objectives_monitoring/objectives_instrument.hpp"
#include "objectives_monitoring/register_parts.hpp"

namespace sonda::objectives {

namespace {

// The section's classes: a territory's block kept on one page, the
// transition table beside the achievement, colours a printer keeps.
constexpr const char* kStyle =
    R"CSS(.objectives-territory { break-inside: avoid; page-break-inside: avoid; margin-bottom: 4mm; }
.obj-pair { display: grid; grid-template-columns: 11fr 8fr; gap: 4mm; align-items: start; }
.obj-pair table { width: 100%; font-size: 8pt; }
.obj-pair th, .obj-pair td { padding: 0.8mm 0.9mm; }
table.achievement tbody th { white-space: nowrap; }
table caption { text-align: left; font-weight: 600; font-size: 9pt; padding-bottom: 1mm; }
table.transitions td.zero { color: #b4bcc4; }
table.transitions td.same:not(.zero) { background: #e4e8ec; }
table.transitions td.moved:not(.zero) { background: #dbe8f5; }
table.transitions td.to-achieved:not(.zero) { background: #d3ecd6; }
table.transitions td.to-dropped:not(.zero) { background: #f1dbe8; }
table.transitions td.margin:not(.zero) { background: #eef2f6; }
.rate-bar { display: block; width: 100%; height: 2.2mm; margin-top: 0.6mm; background: #e4e8ec;
            vertical-align: middle; }
.rate-bar span { display: block; height: 100%; background: #2f5d8a; }
table.objective-list tr.stalled td { background: #fdf0d5; }
table.objective-list tr.removed td { color: #7b8691; }
.tag.obj-stalled { background: #e69f00; color: #1d232a; } .tag.obj-new { background: #2f5d8a; color: white; }
.tag.obj-removed { background: #e4e8ec; color: #4a5561; }
@media print { .rate-bar, .rate-bar span, table.transitions td, table.objective-list tr.stalled td {
  -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)CSS";

}  // namespace

std::string ObjectivesReportSection::instrument() const { return kInstrumentId; }

std::string ObjectivesReportSection::html_style() const { return kStyle; }

std::set<std::string> ObjectivesReportSection::write_html(const SectionInput& input,
                                                          std::ostream& out) const {
    const ObjectivesComparison comparison =
        read_objectives_comparison(input.group.instrument, input.group.group);
    if (!comparison.present) return {};
    write_objectives_html(comparison, input, out);
    return objectives_comparison_keys();
}

std::set<std::string> ObjectivesReportSection::write_text(const SectionInput& input,
                                                          std::ostream& out) const {
    const ObjectivesComparison comparison =
        read_objectives_comparison(input.group.instrument, input.group.group);
    if (!comparison.present) return {};
    write_objectives_text(comparison, input, out);
    return objectives_comparison_keys();
}

void ObjectivesReportSection::write_summary(const SectionInput& input, const std::string& territory,
                                            summary::PageFlow& flow) const {
    const ObjectivesComparison comparison =
        read_objectives_comparison(input.group.instrument, input.group.group);
    if (comparison.present) write_objectives_summary(comparison, input, territory, flow);
}

void register_report_section(PluginContext& plugin) {
    plugin.add_report_section(std::make_unique<ObjectivesReportSection>());
}

}  // namespace sonda::objectives
