#include "sonda/chart/svg_scene.hpp"
#include "sonda/report/html_writer.hpp"
#include "sonda/summary/summary.hpp"

namespace sonda::summary {

void write_summary_html(const std::vector<chart::Scene>& pages, const std::string& title,
                        const std::string& language, std::ostream& out) {
    // Each page an A4 sheet on screen and on paper: the same drawing as the
    // PDF, so what the territory reads does not depend on the format.
    out << "<!DOCTYPE html>\n<html lang=\"" << report_detail::html_escape(language)
        << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << report_detail::html_escape(title)
        << "</title>\n<style>\n"
           "@page { size: A4 portrait; margin: 0; }\n"
           "body { margin: 0; background: #e9ecef; }\n"
           "svg.page { display: block; width: 210mm; height: 297mm; margin: 8mm auto; "
           "background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }\n"
           "@media print { body { background: none; } svg.page { margin: 0; box-shadow: none; "
           "break-after: page; } }\n"
           "</style>\n</head>\n<body>\n";
    for (const chart::Scene& page : pages) chart::write_svg(page, out, "page");
    out << "</body>\n</html>\n";
}

}  // namespace sonda::summary
