#include "sonda/summary/page_flow.hpp"

#include "sonda/chart/chart_frame.hpp"

namespace sonda::summary {

using chart::Anchor;
using chart::Text;
using chart::detail::wrap_text;

PageFlow::PageFlow(double margin) : m_margin(margin), m_y(margin) { new_page(); }

void PageFlow::new_page() {
    m_pages.push_back(chart::Scene{kWidth, kHeight, {}});
    m_y = m_margin;
}

double PageFlow::reserve(double height) {
    if (m_y + height > bottom() && m_y > m_margin) new_page();
    const double top = m_y;
    m_y += height;
    return top;
}

void PageFlow::keep(double height) {
    if (m_y + height > bottom() && m_y > m_margin) new_page();
}

void PageFlow::heading(const std::string& text, double size, const chart::Colour& colour) {
    const auto lines = wrap_text(text, size, width(), true);
    // A heading never ends a page: keep room for three lines under it.
    const double height = static_cast<double>(lines.size()) * size * 1.2 + 4;
    double y = reserve(height + 36) + size;
    m_y -= 36;
    for (const std::string& line : lines) {
        page().add(Text{{m_margin, y}, line, size, colour, Anchor::Start, true});
        y += size * 1.2;
    }
}

void PageFlow::paragraph(const std::string& text, double size, const chart::Colour& colour,
                         bool bold) {
    for (const std::string& line : wrap_text(text, size, width(), bold)) {
        const double top = reserve(size * 1.35);
        page().add(Text{{m_margin, top + size}, line, size, colour, Anchor::Start, bold});
    }
}

std::vector<chart::Scene> PageFlow::finish(const std::string& footer,
                                           const std::string& page_word) {
    const std::size_t count = m_pages.size();
    for (std::size_t i = 0; i < count; ++i) {
        chart::Scene& scene = m_pages[i];
        const double y = kHeight - m_margin + 6;
        scene.add(chart::Line{{m_margin, y - 12},
                              {right(), y - 12},
                              chart::Stroke{chart::detail::palette::grid, 0.6}});
        const std::string number =
            page_word + " " + std::to_string(i + 1) + " / " + std::to_string(count);
        scene.add(Text{{m_margin, y},
                       chart::detail::fit_text(footer, 8, width() - 80),
                       8,
                       chart::detail::palette::muted});
        scene.add(Text{{right(), y}, number, 8, chart::detail::palette::muted, Anchor::End});
    }
    return std::move(m_pages);
}

}  // namespace sonda::summary
