// Blocks laid one under the other on A4 pages, a new page when the next
// block does not fit: headings, wrapped paragraphs, and boxes a caller draws
// into. Pages are scenes, so a summary prints as PDF, PNG or SVG alike. The
// instruments' report sections add their summary blocks through it
// (ReportSection::write_summary).
#pragma once

#include <string>
#include <vector>

#include "sonda/chart/scene.hpp"

namespace sonda::summary {

class PageFlow {
  public:
    static constexpr double kWidth = 595.28, kHeight = 841.89;  // A4 in points

    explicit PageFlow(double margin = 42);

    double left() const { return m_margin; }
    double right() const { return kWidth - m_margin; }
    double width() const { return kWidth - 2 * m_margin; }

    // Room for a block `height` tall: on this page if it fits, else on a new
    // one. Returns the block's top; draw it on page().
    double reserve(double height);
    chart::Scene& page() { return m_pages.back(); }
    // Where the next block would start.
    double cursor() const { return m_y; }

    void heading(const std::string& text, double size, const chart::Colour& colour);
    void paragraph(const std::string& text, double size, const chart::Colour& colour,
                   bool bold = false);
    void space(double points) { m_y += points; }
    // A new page unless `height` still fits on this one: keeps a short block
    // (a heading and its list) together.
    void keep(double height);

    // The pages, each with `footer` and "page / pages" at its foot.
    std::vector<chart::Scene> finish(const std::string& footer, const std::string& page_word);

  private:
    double m_margin;
    double m_y;
    std::vector<chart::Scene> m_pages;

    void new_page();
    double bottom() const { return kHeight - m_margin - 14; }  // above the footer
};

}  // namespace sonda::summary
