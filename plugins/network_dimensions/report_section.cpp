#include "report_section.hpp"

#include "map_chart.hpp"
#include "map_html.hpp"
#include "network_dimensions_instrument.hpp"
#include "registration.hpp"
#include "section_tables.hpp"
#include "sonda/chart/chart_frame.hpp"

namespace sonda::network_dimensions {

std::string NetworkReportSection::instrument() const { return kInstrumentId; }

std::string NetworkReportSection::html_style() const {
    return ".maps figure { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm; "
           "text-align: center; }\n"
           ".maps figcaption { font-weight: 600; font-size: 9.5pt; }\n"
           "table.nd-bands, table.nd-actors { width: auto; }\n";
}

std::set<std::string> NetworkReportSection::write_html(const SectionInput& input,
                                                       std::ostream& out) const {
    const MapChange change = read_map_change(input.group.instrument);
    const std::vector<MapActorInput> actors = map_inputs(change);
    if (!actors.empty()) write_maps_html(actors, change.rings, input, out);
    // The maps draw the rings; the tables give the figures behind them.
    write_tables_html(input, change, out);
    return section_keys();
}

std::set<std::string> NetworkReportSection::write_text(const SectionInput& input,
                                                       std::ostream& out) const {
    write_tables_text(input, read_map_change(input.group.instrument), out);
    return section_keys();
}

// Both waves' network maps, labels at 8 pt, and their legend.
void NetworkReportSection::write_summary(const SectionInput& input, const std::string&,
                                         summary::PageFlow& flow) const {
    const MapChange change = read_map_change(input.group.instrument);
    const std::vector<MapActorInput> actors = map_inputs(change);
    if (actors.empty() || !input.study) return;
    chart::Scene block{flow.width(), 2000, {}};
    MapPairArea area;
    area.width = flow.width();
    // One map a row at the page's width, rings kept small: the labels get
    // the room (side by side they were cut to a dozen letters).
    area.max_height = 2 * (110 + 8 * 1.8);
    area.font_size = 8;
    area.min_font = 8;
    area.side_by_side = false;
    const Study& study = *input.study;
    double height = draw_map_pair(
        block, actors, change.rings, area,
        chart::detail::short_wave_title(input.report.from_wave, study, input.language),
        chart::detail::short_wave_title(input.report.to_wave, study, input.language));
    height += draw_map_legend(block, {0, height + 4}, flow.width(), 8, input.language);
    flow.space(4);
    const double top = flow.reserve(height + 8);
    flow.page().append(block, {flow.left(), top});
}

void register_outputs(PluginContext& plugin) {
    plugin.add_report_section(std::make_unique<NetworkReportSection>());
    plugin.add_chart(std::make_unique<NetworkMapChart>());
}

}  // namespace sonda::network_dimensions
