// A report section is a plugin's code (guarded by the registry): its failure
// costs the group its rich rendering, never the report.
#include <sstream>

#include "report_renderers.hpp"
#include "sonda/plugin/plugin_failure.hpp"

namespace sonda::report_detail {

SectionOutput run_section(const std::function<std::set<std::string>(std::ostream&)>& write) {
    SectionOutput output;
    std::ostringstream buffer;
    try {
        output.shown = write(buffer);
        output.written = buffer.str();
    } catch (const PluginFailure& failure) {
        ReportNote note;
        note.kind = ReportNote::Kind::SectionFailed;
        note.plugin = failure.fault().plugin;
        note.version = failure.fault().version;
        note.call = failure.fault().call;
        output.note = std::move(note);
    }
    return output;
}

}  // namespace sonda::report_detail
