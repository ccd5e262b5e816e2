// A scene as SVG text, for pages that embed charts (the HTML report and
// summary) without a drawing library. Every text is escaped.
#pragma once

#include <ostream>

#include "sonda/chart/scene.hpp"

namespace sonda::chart {

// An <svg> element sized by its viewBox; `css_class` is set on the element.
void write_svg(const Scene& scene, std::ostream& out, const char* css_class = "chart");

}  // namespace sonda::chart
