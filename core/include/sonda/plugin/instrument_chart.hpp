// A chart an instrument adds to `sonda chart` (and `sonda chart --list`):
// what only it can draw from its extras, such as a map or a grid of counts. The core
// builds the report of the one group asked for (a territory, or everyone)
// with the extras, and the chart draws it as a scene of shapes
// (sonda/chart/scene.hpp) that the renderers write as PNG, PDF or SVG; the
// shared canvas, palette, title and footnote are in sonda/chart/chart_frame.hpp.
// A chart is drawn only for forms of its instrument.
#pragma once

#include <string>

#include "sonda/chart/scene.hpp"
#include "sonda/model/study.hpp"
#include "sonda/report/report.hpp"

namespace sonda {

class InstrumentChart {
  public:
    virtual ~InstrumentChart() = default;

    // The instrument whose extras it draws (its Instrument::id()).
    virtual std::string instrument() const = 0;
    // What `sonda chart --chart` takes: unique among every chart, the core's
    // ("change", "territories", "trend", "star") included.
    virtual std::string name() const = 0;
    // One line for `sonda chart --list`, in `language`.
    virtual std::string description(const std::string& language) const = 0;

    // The chart of the report's one group (report.groups holds it, or is
    // empty when nobody answered): a withheld group is drawn as such, never
    // as zeros. Throws sonda::Error.
    virtual chart::Scene draw(const Report& report, const Study& study,
                              const std::string& language) const = 0;
};

}  // namespace sonda
